package io.vcgate.vijson.model;

import io.vcgate.vijson.model.GuestAuthentication;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("SAMLTokenAuthentication")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class SAMLTokenAuthentication extends GuestAuthentication  {
  private String token;
  private String username;

  public SAMLTokenAuthentication() {
  }

  @JsonCreator
  public SAMLTokenAuthentication(
    @JsonProperty(required = true, value = "token") String token,
    @JsonProperty(required = true, value = "_typeName") String typeName,
    @JsonProperty(required = true, value = "interactiveSession") Boolean interactiveSession
  ) {
    super(
      interactiveSession,
      typeName
    );
    this.token = token;
  }

  /**
   * The SAML bearer token. 
   **/
  public SAMLTokenAuthentication token(String token) {
    this.token = token;
    return this;
  }

  
  @JsonProperty(required = true, value = "token")
  public String getToken() {
    return token;
  }

  @JsonProperty(required = true, value = "token")
  public void setToken(String token) {
    this.token = token;
  }

  /**
   * This is the guest user to be associated with the authentication.  If none is specified, a guest dependent mapping will decide what user account is applied. 
   **/
  public SAMLTokenAuthentication username(String username) {
    this.username = username;
    return this;
  }

  
  @JsonProperty("username")
  public String getUsername() {
    return username;
  }

  @JsonProperty("username")
  public void setUsername(String username) {
    this.username = username;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    SAMLTokenAuthentication saMLTokenAuthentication = (SAMLTokenAuthentication) o;
    return Objects.equals(this.token, saMLTokenAuthentication.token) &&
        Objects.equals(this.username, saMLTokenAuthentication.username) &&
        super.equals(o);
  }

  @Override
  public int hashCode() {
    return Objects.hash(token, username, super.hashCode());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class SAMLTokenAuthentication {\n");
    sb.append("    ").append(toIndentedString(super.toString())).append("\n");
    sb.append("    token: ").append("*").append("\n");
    sb.append("    username: ").append(toIndentedString(username)).append("\n");
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
