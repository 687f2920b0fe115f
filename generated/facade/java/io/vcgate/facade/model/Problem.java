package io.vcgate.facade.model;

import io.vcgate.facade.model.FieldError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jakarta.validation.constraints.*;
import jakarta.validation.Valid;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * RFC 9457 problem details, with vSphere extensions.
 **/

@JsonTypeName("Problem")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class Problem   {
  private String type;
  private String title;
  private Integer status;
  private String detail;
  private String instance;
  private String fault;
  private Boolean retryable;
  private String requestId;
  private List<@Valid FieldError> errors = new ArrayList<>();

  public Problem() {
  }

  @JsonCreator
  public Problem(
    @JsonProperty(required = true, value = "type") String type,
    @JsonProperty(required = true, value = "title") String title,
    @JsonProperty(required = true, value = "status") Integer status,
    @JsonProperty(required = true, value = "detail") String detail,
    @JsonProperty(required = true, value = "instance") String instance,
    @JsonProperty(required = true, value = "retryable") Boolean retryable,
    @JsonProperty(required = true, value = "requestId") String requestId
  ) {
    this.type = type;
    this.title = title;
    this.status = status;
    this.detail = detail;
    this.instance = instance;
    this.retryable = retryable;
    this.requestId = requestId;
  }

  /**
   **/
  public Problem type(String type) {
    this.type = type;
    return this;
  }

  
  @JsonProperty(required = true, value = "type")
  @NotNull public String getType() {
    return type;
  }

  @JsonProperty(required = true, value = "type")
  public void setType(String type) {
    this.type = type;
  }

  /**
   **/
  public Problem title(String title) {
    this.title = title;
    return this;
  }

  
  @JsonProperty(required = true, value = "title")
  @NotNull public String getTitle() {
    return title;
  }

  @JsonProperty(required = true, value = "title")
  public void setTitle(String title) {
    this.title = title;
  }

  /**
   **/
  public Problem status(Integer status) {
    this.status = status;
    return this;
  }

  
  @JsonProperty(required = true, value = "status")
  @NotNull public Integer getStatus() {
    return status;
  }

  @JsonProperty(required = true, value = "status")
  public void setStatus(Integer status) {
    this.status = status;
  }

  /**
   **/
  public Problem detail(String detail) {
    this.detail = detail;
    return this;
  }

  
  @JsonProperty(required = true, value = "detail")
  @NotNull public String getDetail() {
    return detail;
  }

  @JsonProperty(required = true, value = "detail")
  public void setDetail(String detail) {
    this.detail = detail;
  }

  /**
   **/
  public Problem instance(String instance) {
    this.instance = instance;
    return this;
  }

  
  @JsonProperty(required = true, value = "instance")
  @NotNull public String getInstance() {
    return instance;
  }

  @JsonProperty(required = true, value = "instance")
  public void setInstance(String instance) {
    this.instance = instance;
  }

  /**
   * The vSphere fault name (vim25 fault type or vapi error type), where there is one.
   **/
  public Problem fault(String fault) {
    this.fault = fault;
    return this;
  }

  
  @JsonProperty("fault")
  public String getFault() {
    return fault;
  }

  @JsonProperty("fault")
  public void setFault(String fault) {
    this.fault = fault;
  }

  /**
   * Whether the same request may succeed if sent again later.
   **/
  public Problem retryable(Boolean retryable) {
    this.retryable = retryable;
    return this;
  }

  
  @JsonProperty(required = true, value = "retryable")
  @NotNull public Boolean getRetryable() {
    return retryable;
  }

  @JsonProperty(required = true, value = "retryable")
  public void setRetryable(Boolean retryable) {
    this.retryable = retryable;
  }

  /**
   * The id of this request in vcgate&#39;s logs.
   **/
  public Problem requestId(String requestId) {
    this.requestId = requestId;
    return this;
  }

  
  @JsonProperty(required = true, value = "requestId")
  @NotNull public String getRequestId() {
    return requestId;
  }

  @JsonProperty(required = true, value = "requestId")
  public void setRequestId(String requestId) {
    this.requestId = requestId;
  }

  /**
   * For validation problems, each offending field.
   **/
  public Problem errors(List<@Valid FieldError> errors) {
    this.errors = errors;
    return this;
  }

  
  @JsonProperty("errors")
  public List<FieldError> getErrors() {
    return errors;
  }

  @JsonProperty("errors")
  public void setErrors(List<@Valid FieldError> errors) {
    this.errors = errors;
  }

  public Problem addErrorsItem(FieldError errorsItem) {
    if (this.errors == null) {
      this.errors = new ArrayList<>();
    }

    this.errors.add(errorsItem);
    return this;
  }

  public Problem removeErrorsItem(FieldError errorsItem) {
    if (errorsItem != null && this.errors != null) {
      this.errors.remove(errorsItem);
    }

    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    Problem problem = (Problem) o;
    return Objects.equals(this.type, problem.type) &&
        Objects.equals(this.title, problem.title) &&
        Objects.equals(this.status, problem.status) &&
        Objects.equals(this.detail, problem.detail) &&
        Objects.equals(this.instance, problem.instance) &&
        Objects.equals(this.fault, problem.fault) &&
        Objects.equals(this.retryable, problem.retryable) &&
        Objects.equals(this.requestId, problem.requestId) &&
        Objects.equals(this.errors, problem.errors);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, title, status, detail, instance, fault, retryable, requestId, errors);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class Problem {\n");
    
    sb.append("    type: ").append(toIndentedString(type)).append("\n");
    sb.append("    title: ").append(toIndentedString(title)).append("\n");
    sb.append("    status: ").append(toIndentedString(status)).append("\n");
    sb.append("    detail: ").append(toIndentedString(detail)).append("\n");
    sb.append("    instance: ").append(toIndentedString(instance)).append("\n");
    sb.append("    fault: ").append(toIndentedString(fault)).append("\n");
    sb.append("    retryable: ").append(toIndentedString(retryable)).append("\n");
    sb.append("    requestId: ").append(toIndentedString(requestId)).append("\n");
    sb.append("    errors: ").append(toIndentedString(errors)).append("\n");
    sb.append("}");
    return sb.toString();
  }

  /**
   * Convert the given object to string with each line indented by 4 spaces
   * (except the first line).
   */
  private String toIndentedString(Object o) {
    return o == null ? "null" : o.toString().replace("\n", "\n    ");
  }


}
