package io.vcgate.vcrest.model;

import io.vcgate.vcrest.model.VapiStdLocalizableMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("VapiStdErrorsError")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class VapiStdErrorsError   {
  private String errorType;
  private List<VapiStdLocalizableMessage> messages = new ArrayList<>();
  private Object data;

  public VapiStdErrorsError() {
  }

  @JsonCreator
  public VapiStdErrorsError(
    @JsonProperty(required = true, value = "error_type") String errorType,
    @JsonProperty(required = true, value = "messages") List<VapiStdLocalizableMessage> messages
  ) {
    this.errorType = errorType;
    this.messages = messages;
  }

  /**
   * The vapi standard error type: ERROR, ALREADY_EXISTS, ALREADY_IN_DESIRED_STATE, CANCELED, CONCURRENT_CHANGE, FEATURE_IN_USE, INTERNAL_SERVER_ERROR, INVALID_ARGUMENT, INVALID_ELEMENT_CONFIGURATION, INVALID_ELEMENT_TYPE, INVALID_REQUEST, NOT_ALLOWED_IN_CURRENT_STATE, NOT_FOUND, OPERATION_NOT_FOUND, RESOURCE_BUSY, RESOURCE_IN_USE, RESOURCE_INACCESSIBLE, SERVICE_UNAVAILABLE, TIMED_OUT, UNABLE_TO_ALLOCATE_RESOURCE, UNAUTHENTICATED, UNAUTHORIZED, UNEXPECTED_INPUT, UNSUPPORTED, UNVERIFIED_PEER. A string, not an enum, because newer vCenters add types: vcgate maps UNAUTHENTICATED, UNAUTHORIZED, NOT_FOUND and SERVICE_UNAVAILABLE and passes any other type on as a bad gateway. 
   **/
  public VapiStdErrorsError errorType(String errorType) {
    this.errorType = errorType;
    return this;
  }

  
  @JsonProperty(required = true, value = "error_type")
  public String getErrorType() {
    return errorType;
  }

  @JsonProperty(required = true, value = "error_type")
  public void setErrorType(String errorType) {
    this.errorType = errorType;
  }

  /**
   **/
  public VapiStdErrorsError messages(List<VapiStdLocalizableMessage> messages) {
    this.messages = messages;
    return this;
  }

  
  @JsonProperty(required = true, value = "messages")
  public List<VapiStdLocalizableMessage> getMessages() {
    return messages;
  }

  @JsonProperty(required = true, value = "messages")
  public void setMessages(List<VapiStdLocalizableMessage> messages) {
    this.messages = messages;
  }

  public VapiStdErrorsError addMessagesItem(VapiStdLocalizableMessage messagesItem) {
    if (this.messages == null) {
      this.messages = new ArrayList<>();
    }

    this.messages.add(messagesItem);
    return this;
  }

  public VapiStdErrorsError removeMessagesItem(VapiStdLocalizableMessage messagesItem) {
    if (messagesItem != null && this.messages != null) {
      this.messages.remove(messagesItem);
    }

    return this;
  }
  /**
   * Additional data, shaped by the error.
   **/
  public VapiStdErrorsError data(Object data) {
    this.data = data;
    return this;
  }

  
  @JsonProperty("data")
  public Object getData() {
    return data;
  }

  @JsonProperty("data")
  public void setData(Object data) {
    this.data = data;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    VapiStdErrorsError vapiStdErrorsError = (VapiStdErrorsError) o;
    return Objects.equals(this.errorType, vapiStdErrorsError.errorType) &&
        Objects.equals(this.messages, vapiStdErrorsError.messages) &&
        Objects.equals(this.data, vapiStdErrorsError.data);
  }

  @Override
  public int hashCode() {
    return Objects.hash(errorType, messages, data);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class VapiStdErrorsError {\n");
    
    sb.append("    errorType: ").append(toIndentedString(errorType)).append("\n");
    sb.append("    messages: ").append(toIndentedString(messages)).append("\n");
    sb.append("    data: ").append(toIndentedString(data)).append("\n");
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
