package io.vcgate.facade.model;

import io.vcgate.facade.model.GuestCredentials;
import jakarta.validation.constraints.*;
import jakarta.validation.Valid;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("AbortRequest")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class AbortRequest   {
  private GuestCredentials credentials;

  public AbortRequest() {
  }

  @JsonCreator
  public AbortRequest(
    @JsonProperty(required = true, value = "credentials") GuestCredentials credentials
  ) {
    this.credentials = credentials;
  }

  /**
   **/
  public AbortRequest credentials(GuestCredentials credentials) {
    this.credentials = credentials;
    return this;
  }

  
  @JsonProperty(required = true, value = "credentials")
  @NotNull @Valid public GuestCredentials getCredentials() {
    return credentials;
  }

  @JsonProperty(required = true, value = "credentials")
  public void setCredentials(GuestCredentials credentials) {
    this.credentials = credentials;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    AbortRequest abortRequest = (AbortRequest) o;
    return Objects.equals(this.credentials, abortRequest.credentials);
  }

  @Override
  public int hashCode() {
    return Objects.hash(credentials);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class AbortRequest {\n");
    
    sb.append("    credentials: ").append(toIndentedString(credentials)).append("\n");
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
