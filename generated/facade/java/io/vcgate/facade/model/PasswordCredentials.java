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
 * vim25 NamePasswordAuthentication.
 **/

@JsonTypeName("password")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class PasswordCredentials extends GuestCredentials  {
  private String username;
  private String password;

  public PasswordCredentials() {
  }

  @JsonCreator
  public PasswordCredentials(
    @JsonProperty(required = true, value = "username") String username,
    @JsonProperty(required = true, value = "password") String password,
    @JsonProperty(required = true, value = "type") String type
  ) {
    super(
      type
    );
    this.username = username;
    this.password = password;
  }

  /**
   **/
  public PasswordCredentials username(String username) {
    this.username = username;
    return this;
  }

  
  @JsonProperty(required = true, value = "username")
  @NotNull  @Size(min=1,max=256)public String getUsername() {
    return username;
  }

  @JsonProperty(required = true, value = "username")
  public void setUsername(String username) {
    this.username = username;
  }

  /**
   **/
  public PasswordCredentials password(String password) {
    this.password = password;
    return this;
  }

  
  @JsonProperty(required = true, value = "password")
  @NotNull  @Size(max=1024)public String getPassword() {
    return password;
  }

  @JsonProperty(required = true, value = "password")
  public void setPassword(String password) {
    this.password = password;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    PasswordCredentials passwordCredentials = (PasswordCredentials) o;
    return Objects.equals(this.username, passwordCredentials.username) &&
        Objects.equals(this.password, passwordCredentials.password) &&
        super.equals(o);
  }

  @Override
  public int hashCode() {
    return Objects.hash(username, password, super.hashCode());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class PasswordCredentials {\n");
    sb.append("    ").append(toIndentedString(super.toString())).append("\n");
    sb.append("    username: ").append(toIndentedString(username)).append("\n");
    sb.append("    password: ").append("*").append("\n");
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
