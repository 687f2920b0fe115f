package io.vcgate.facade.model;

import jakarta.validation.constraints.*;
import jakarta.validation.Valid;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("TaskError")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class TaskError   {
  private String fault;
  private String message;

  public TaskError() {
  }

  @JsonCreator
  public TaskError(
    @JsonProperty(required = true, value = "fault") String fault
  ) {
    this.fault = fault;
  }

  /**
   * The vSphere fault type, e.g. InvalidPowerState.
   **/
  public TaskError fault(String fault) {
    this.fault = fault;
    return this;
  }

  
  @JsonProperty(required = true, value = "fault")
  @NotNull public String getFault() {
    return fault;
  }

  @JsonProperty(required = true, value = "fault")
  public void setFault(String fault) {
    this.fault = fault;
  }

  /**
   **/
  public TaskError message(String message) {
    this.message = message;
    return this;
  }

  
  @JsonProperty("message")
  public String getMessage() {
    return message;
  }

  @JsonProperty("message")
  public void setMessage(String message) {
    this.message = message;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    TaskError taskError = (TaskError) o;
    return Objects.equals(this.fault, taskError.fault) &&
        Objects.equals(this.message, taskError.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fault, message);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class TaskError {\n");
    
    sb.append("    fault: ").append(toIndentedString(fault)).append("\n");
    sb.append("    message: ").append(toIndentedString(message)).append("\n");
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
