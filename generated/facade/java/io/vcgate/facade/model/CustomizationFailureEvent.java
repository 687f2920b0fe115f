package io.vcgate.facade.model;

import java.time.OffsetDateTime;
import jakarta.validation.constraints.*;
import jakarta.validation.Valid;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * The VM&#39;s most recent customization failure event in vCenter (EventManager): &#x60;CustomizationFailed&#x60; or one of its kinds, with what Tools reported from the guest. 
 **/

@JsonTypeName("CustomizationFailureEvent")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class CustomizationFailureEvent   {
  private String type;
  private String reason;
  private String message;
  private OffsetDateTime createdTime;
  private String logLocation;

  public CustomizationFailureEvent() {
  }

  @JsonCreator
  public CustomizationFailureEvent(
    @JsonProperty(required = true, value = "type") String type
  ) {
    this.type = type;
  }

  /**
   * The event&#39;s type: CustomizationFailed, CustomizationLinuxIdentityFailed, CustomizationNetworkSetupFailed, CustomizationSysprepFailed, CustomizationUnknownFailure (or a newer kind). 
   **/
  public CustomizationFailureEvent type(String type) {
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
   * The failure reason code, where vCenter sends one (e.g. &#x60;customizationDisabled&#x60;).
   **/
  public CustomizationFailureEvent reason(String reason) {
    this.reason = reason;
    return this;
  }

  
  @JsonProperty("reason")
  public String getReason() {
    return reason;
  }

  @JsonProperty("reason")
  public void setReason(String reason) {
    this.reason = reason;
  }

  /**
   * The event&#39;s full message, as vCenter formats it.
   **/
  public CustomizationFailureEvent message(String message) {
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

  /**
   **/
  public CustomizationFailureEvent createdTime(OffsetDateTime createdTime) {
    this.createdTime = createdTime;
    return this;
  }

  
  @JsonProperty("createdTime")
  public OffsetDateTime getCreatedTime() {
    return createdTime;
  }

  @JsonProperty("createdTime")
  public void setCreatedTime(OffsetDateTime createdTime) {
    this.createdTime = createdTime;
  }

  /**
   * Where the customization log is in the guest.
   **/
  public CustomizationFailureEvent logLocation(String logLocation) {
    this.logLocation = logLocation;
    return this;
  }

  
  @JsonProperty("logLocation")
  public String getLogLocation() {
    return logLocation;
  }

  @JsonProperty("logLocation")
  public void setLogLocation(String logLocation) {
    this.logLocation = logLocation;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    CustomizationFailureEvent customizationFailureEvent = (CustomizationFailureEvent) o;
    return Objects.equals(this.type, customizationFailureEvent.type) &&
        Objects.equals(this.reason, customizationFailureEvent.reason) &&
        Objects.equals(this.message, customizationFailureEvent.message) &&
        Objects.equals(this.createdTime, customizationFailureEvent.createdTime) &&
        Objects.equals(this.logLocation, customizationFailureEvent.logLocation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, reason, message, createdTime, logLocation);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class CustomizationFailureEvent {\n");
    
    sb.append("    type: ").append(toIndentedString(type)).append("\n");
    sb.append("    reason: ").append(toIndentedString(reason)).append("\n");
    sb.append("    message: ").append(toIndentedString(message)).append("\n");
    sb.append("    createdTime: ").append(toIndentedString(createdTime)).append("\n");
    sb.append("    logLocation: ").append(toIndentedString(logLocation)).append("\n");
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
