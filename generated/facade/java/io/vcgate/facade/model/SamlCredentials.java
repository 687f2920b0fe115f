package io.vcgate.facade.model;

import io.vcgate.facade.model.GuestCredentials;
import jakarta.validation.constraints.*;
import jakarta.validation.Valid;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * vim25 SAMLTokenAuthentication.
 **/

@JsonTypeName("saml")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class SamlCredentials extends GuestCredentials  {
  private String token;
  private String username;

  public SamlCredentials() {
  }

  @JsonCreator
  public SamlCredentials(
    @JsonProperty(required = true, value = "token") String token,
    @JsonProperty(required = true, value = "type") String type
  ) {
    super(
      type
    );
    this.token = token;
  }

  /**
   **/
  public SamlCredentials token(String token) {
    this.token = token;
    return this;
  }

  
  @JsonProperty(required = true, value = "token")
  @NotNull  @Size(min=1,max=65536)public String getToken() {
    return token;
  }

  @JsonProperty(required = true, value = "token")
  public void setToken(String token) {
    this.token = token;
  }

  /**
   **/
  public SamlCredentials username(String username) {
    this.username = username;
    return this;
  }

  
  @JsonProperty("username")
   @Size(max=256)public String getUsername() {
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
    SamlCredentials samlCredentials = (SamlCredentials) o;
    return Objects.equals(this.token, samlCredentials.token) &&
        Objects.equals(this.username, samlCredentials.username) &&
        super.equals(o);
  }

  @Override
  public int hashCode() {
    return Objects.hash(token, username, super.hashCode());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class SamlCredentials {\n");
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
