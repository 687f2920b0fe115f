package io.vcgate.vijson.model;

import io.vcgate.vijson.model.Any;
import io.vcgate.vijson.model.LocalizableMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("MethodFault")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class MethodFault extends Any  {
  private MethodFault faultCause;
  private List<LocalizableMessage> faultMessage = new ArrayList<>();

  public MethodFault() {
  }

  @JsonCreator
  public MethodFault(
    @JsonProperty(required = true, value = "_typeName") String typeName
  ) {
    super(
      typeName
    );
  }

  /**
   * Fault which is the cause of this fault. 
   **/
  public MethodFault faultCause(MethodFault faultCause) {
    this.faultCause = faultCause;
    return this;
  }

  
  @JsonProperty("faultCause")
  public MethodFault getFaultCause() {
    return faultCause;
  }

  @JsonProperty("faultCause")
  public void setFaultCause(MethodFault faultCause) {
    this.faultCause = faultCause;
  }

  /**
   * Message which has details about the error Message can also contain a key to message catalog which can be used to generate better localized messages. 
   **/
  public MethodFault faultMessage(List<LocalizableMessage> faultMessage) {
    this.faultMessage = faultMessage;
    return this;
  }

  
  @JsonProperty("faultMessage")
  public List<LocalizableMessage> getFaultMessage() {
    return faultMessage;
  }

  @JsonProperty("faultMessage")
  public void setFaultMessage(List<LocalizableMessage> faultMessage) {
    this.faultMessage = faultMessage;
  }

  public MethodFault addFaultMessageItem(LocalizableMessage faultMessageItem) {
    if (this.faultMessage == null) {
      this.faultMessage = new ArrayList<>();
    }

    this.faultMessage.add(faultMessageItem);
    return this;
  }

  public MethodFault removeFaultMessageItem(LocalizableMessage faultMessageItem) {
    if (faultMessageItem != null && this.faultMessage != null) {
      this.faultMessage.remove(faultMessageItem);
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
    MethodFault methodFault = (MethodFault) o;
    return Objects.equals(this.faultCause, methodFault.faultCause) &&
        Objects.equals(this.faultMessage, methodFault.faultMessage) &&
        super.equals(o);
  }

  @Override
  public int hashCode() {
    return Objects.hash(faultCause, faultMessage, super.hashCode());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class MethodFault {\n");
    sb.append("    ").append(toIndentedString(super.toString())).append("\n");
    sb.append("    faultCause: ").append(toIndentedString(faultCause)).append("\n");
    sb.append("    faultMessage: ").append(toIndentedString(faultMessage)).append("\n");
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
