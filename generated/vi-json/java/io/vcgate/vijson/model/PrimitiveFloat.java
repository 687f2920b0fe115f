package io.vcgate.vijson.model;

import io.vcgate.vijson.model.Any;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("float")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class PrimitiveFloat extends Any  {
  private Float value;

  public PrimitiveFloat() {
  }

  @JsonCreator
  public PrimitiveFloat(
    @JsonProperty(required = true, value = "_value") Float value,
    @JsonProperty(required = true, value = "_typeName") String typeName
  ) {
    super(
      typeName
    );
    this.value = value;
  }

  /**
   **/
  public PrimitiveFloat value(Float value) {
    this.value = value;
    return this;
  }

  
  @JsonProperty(required = true, value = "_value")
  public Float getValue() {
    return value;
  }

  @JsonProperty(required = true, value = "_value")
  public void setValue(Float value) {
    this.value = value;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    PrimitiveFloat primitiveFloat = (PrimitiveFloat) o;
    return Objects.equals(this.value, primitiveFloat.value) &&
        super.equals(o);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, super.hashCode());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class PrimitiveFloat {\n");
    sb.append("    ").append(toIndentedString(super.toString())).append("\n");
    sb.append("    value: ").append(toIndentedString(value)).append("\n");
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
