package io.vcgate.vijson.model;

import io.vcgate.vijson.model.DataObject;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("GuestAuthentication")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class GuestAuthentication extends DataObject  {
  private Boolean interactiveSession;

  public GuestAuthentication() {
  }

  @JsonCreator
  public GuestAuthentication(
    @JsonProperty(required = true, value = "interactiveSession") Boolean interactiveSession,
    @JsonProperty(required = true, value = "_typeName") String typeName
  ) {
    super(
      typeName
    );
    this.interactiveSession = interactiveSession;
  }

  /**
   * This is set to true if the client wants an interactive session in the guest.  Setting this is supported only for *NamePasswordAuthentication*. 
   **/
  public GuestAuthentication interactiveSession(Boolean interactiveSession) {
    this.interactiveSession = interactiveSession;
    return this;
  }

  
  @JsonProperty(required = true, value = "interactiveSession")
  public Boolean getInteractiveSession() {
    return interactiveSession;
  }

  @JsonProperty(required = true, value = "interactiveSession")
  public void setInteractiveSession(Boolean interactiveSession) {
    this.interactiveSession = interactiveSession;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    GuestAuthentication guestAuthentication = (GuestAuthentication) o;
    return Objects.equals(this.interactiveSession, guestAuthentication.interactiveSession) &&
        super.equals(o);
  }

  @Override
  public int hashCode() {
    return Objects.hash(interactiveSession, super.hashCode());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class GuestAuthentication {\n");
    sb.append("    ").append(toIndentedString(super.toString())).append("\n");
    sb.append("    interactiveSession: ").append(toIndentedString(interactiveSession)).append("\n");
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
