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
 * vim25 SSPIAuthentication.
 **/

@JsonTypeName("sspi")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class SspiCredentials extends GuestCredentials  {
  private String sspiToken;

  public SspiCredentials() {
  }

  @JsonCreator
  public SspiCredentials(
    @JsonProperty(required = true, value = "sspiToken") String sspiToken,
    @JsonProperty(required = true, value = "type") String type
  ) {
    super(
      type
    );
    this.sspiToken = sspiToken;
  }

  /**
   **/
  public SspiCredentials sspiToken(String sspiToken) {
    this.sspiToken = sspiToken;
    return this;
  }

  
  @JsonProperty(required = true, value = "sspiToken")
  @NotNull  @Size(min=1,max=65536)public String getSspiToken() {
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
    SspiCredentials sspiCredentials = (SspiCredentials) o;
    return Objects.equals(this.sspiToken, sspiCredentials.sspiToken) &&
        super.equals(o);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sspiToken, super.hashCode());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class SspiCredentials {\n");
    sb.append("    ").append(toIndentedString(super.toString())).append("\n");
    sb.append("    sspiToken: ").append("*").append("\n");
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
