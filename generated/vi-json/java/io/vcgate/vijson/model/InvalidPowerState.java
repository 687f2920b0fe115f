package io.vcgate.vijson.model;

import io.vcgate.vijson.model.InvalidState;
import io.vcgate.vijson.model.LocalizableMessage;
import io.vcgate.vijson.model.MethodFault;
import io.vcgate.vijson.model.VirtualMachinePowerStateEnum;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("InvalidPowerState")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class InvalidPowerState extends InvalidState  {
  private VirtualMachinePowerStateEnum requestedState;
  private VirtualMachinePowerStateEnum existingState;

  public InvalidPowerState() {
  }

  @JsonCreator
  public InvalidPowerState(
    @JsonProperty(required = true, value = "existingState") VirtualMachinePowerStateEnum existingState,
    @JsonProperty(required = true, value = "_typeName") String typeName
  ) {
    super(
      typeName
    );
    this.existingState = existingState;
  }

  /**
   * Power state of the virtual machine required to allow the operation to succeed. 
   **/
  public InvalidPowerState requestedState(VirtualMachinePowerStateEnum requestedState) {
    this.requestedState = requestedState;
    return this;
  }

  
  @JsonProperty("requestedState")
  public VirtualMachinePowerStateEnum getRequestedState() {
    return requestedState;
  }

  @JsonProperty("requestedState")
  public void setRequestedState(VirtualMachinePowerStateEnum requestedState) {
    this.requestedState = requestedState;
  }

  /**
   * Power state of the virtual machine that prevented the operation from succeeding. 
   **/
  public InvalidPowerState existingState(VirtualMachinePowerStateEnum existingState) {
    this.existingState = existingState;
    return this;
  }

  
  @JsonProperty(required = true, value = "existingState")
  public VirtualMachinePowerStateEnum getExistingState() {
    return existingState;
  }

  @JsonProperty(required = true, value = "existingState")
  public void setExistingState(VirtualMachinePowerStateEnum existingState) {
    this.existingState = existingState;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    InvalidPowerState invalidPowerState = (InvalidPowerState) o;
    return Objects.equals(this.requestedState, invalidPowerState.requestedState) &&
        Objects.equals(this.existingState, invalidPowerState.existingState) &&
        super.equals(o);
  }

  @Override
  public int hashCode() {
    return Objects.hash(requestedState, existingState, super.hashCode());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class InvalidPowerState {\n");
    sb.append("    ").append(toIndentedString(super.toString())).append("\n");
    sb.append("    requestedState: ").append(toIndentedString(requestedState)).append("\n");
    sb.append("    existingState: ").append(toIndentedString(existingState)).append("\n");
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
