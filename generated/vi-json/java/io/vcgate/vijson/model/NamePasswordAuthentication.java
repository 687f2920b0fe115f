package io.vcgate.vijson.model;

import io.vcgate.vijson.model.GuestAuthentication;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("NamePasswordAuthentication")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class NamePasswordAuthentication extends GuestAuthentication  {
  private String username;
  private String password;

  public NamePasswordAuthentication() {
  }

  @JsonCreator
  public NamePasswordAuthentication(
    @JsonProperty(required = true, value = "username") String username,
    @JsonProperty(required = true, value = "password") String password,
    @JsonProperty(required = true, value = "_typeName") String typeName,
    @JsonProperty(required = true, value = "interactiveSession") Boolean interactiveSession
  ) {
    super(
      interactiveSession,
      typeName
    );
    this.username = username;
    this.password = password;
  }

  /**
   * The user name for Name-Password authentication. 
   **/
  public NamePasswordAuthentication username(String username) {
    this.username = username;
    return this;
  }

  
  @JsonProperty(required = true, value = "username")
  public String getUsername() {
    return username;
  }

  @JsonProperty(required = true, value = "username")
  public void setUsername(String username) {
    this.username = username;
  }

  /**
   * The password for Name-Password authentication. 
   **/
  public NamePasswordAuthentication password(String password) {
    this.password = password;
    return this;
  }

  
  @JsonProperty(required = true, value = "password")
  public String getPassword() {
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
    NamePasswordAuthentication namePasswordAuthentication = (NamePasswordAuthentication) o;
    return Objects.equals(this.username, namePasswordAuthentication.username) &&
        Objects.equals(this.password, namePasswordAuthentication.password) &&
        super.equals(o);
  }

  @Override
  public int hashCode() {
    return Objects.hash(username, password, super.hashCode());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class NamePasswordAuthentication {\n");
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
