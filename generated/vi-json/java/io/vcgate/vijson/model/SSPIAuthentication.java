package io.vcgate.vijson.model;

import io.vcgate.vijson.model.GuestAuthentication;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("SSPIAuthentication")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class SSPIAuthentication extends GuestAuthentication  {
  private String sspiToken;

  public SSPIAuthentication() {
  }

  @JsonCreator
  public SSPIAuthentication(
    @JsonProperty(required = true, value = "sspiToken") String sspiToken,
    @JsonProperty(required = true, value = "_typeName") String typeName,
    @JsonProperty(required = true, value = "interactiveSession") Boolean interactiveSession
  ) {
    super(
      interactiveSession,
      typeName
    );
    this.sspiToken = sspiToken;
  }

  /**
   * This contains a base64 encoded SSPI Token. 
   **/
  public SSPIAuthentication sspiToken(String sspiToken) {
    this.sspiToken = sspiToken;
    return this;
  }

  
  @JsonProperty(required = true, value = "sspiToken")
  public String getSspiToken() {
    return sspiToken;
  }

  @JsonProperty(required = true, value = "sspiToken")
  public void setSspiToken(String sspiToken) {
    this.sspiToken = sspiToken;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    SSPIAuthentication ssPIAuthentication = (SSPIAuthentication) o;
    return Objects.equals(this.sspiToken, ssPIAuthentication.sspiToken) &&
        super.equals(o);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sspiToken, super.hashCode());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class SSPIAuthentication {\n");
    sb.append("    ").append(toIndentedString(super.toString())).append("\n");
    sb.append("    sspiToken: ").append(toIndentedString(sspiToken)).append("\n");
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
