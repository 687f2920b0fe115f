package io.vcgate.facade.model;

import io.vcgate.facade.model.CircuitState;
import jakarta.validation.constraints.*;
import jakarta.validation.Valid;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("Circuits")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class Circuits   {
  private CircuitState rest;
  private CircuitState soap;

  public Circuits() {
  }

  @JsonCreator
  public Circuits(
    @JsonProperty(required = true, value = "rest") CircuitState rest,
    @JsonProperty(required = true, value = "soap") CircuitState soap
  ) {
    this.rest = rest;
    this.soap = soap;
  }

  /**
   **/
  public Circuits rest(CircuitState rest) {
    this.rest = rest;
    return this;
  }

  
  @JsonProperty(required = true, value = "rest")
  @NotNull public CircuitState getRest() {
    return rest;
  }

  @JsonProperty(required = true, value = "rest")
  public void setRest(CircuitState rest) {
    this.rest = rest;
  }

  /**
   **/
  public Circuits soap(CircuitState soap) {
    this.soap = soap;
    return this;
  }

  
  @JsonProperty(required = true, value = "soap")
  @NotNull public CircuitState getSoap() {
    return soap;
  }

  @JsonProperty(required = true, value = "soap")
  public void setSoap(CircuitState soap) {
    this.soap = soap;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    Circuits circuits = (Circuits) o;
    return Objects.equals(this.rest, circuits.rest) &&
        Objects.equals(this.soap, circuits.soap);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rest, soap);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class Circuits {\n");
    
    sb.append("    rest: ").append(toIndentedString(rest)).append("\n");
    sb.append("    soap: ").append(toIndentedString(soap)).append("\n");
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
