package io.vcgate.vijson.model;

import io.vcgate.vijson.model.Any;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("double")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class PrimitiveDouble extends Any  {
  private Double value;

  public PrimitiveDouble() {
  }

  @JsonCreator
  public PrimitiveDouble(
    @JsonProperty(required = true, value = "_value") Double value,
    @JsonProperty(required = true, value = "_typeName") String typeName
  ) {
    super(
      typeName
    );
    this.value = value;
  }

  /**
   **/
  public PrimitiveDouble value(Double value) {
    this.value = value;
    return this;
  }

  
  @JsonProperty(required = true, value = "_value")
  public Double getValue() {
    return value;
  }

  @JsonProperty(required = true, value = "_value")
  public void setValue(Double value) {
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
    PrimitiveDouble primitiveDouble = (PrimitiveDouble) o;
    return Objects.equals(this.value, primitiveDouble.value) &&
        super.equals(o);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, super.hashCode());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class PrimitiveDouble {\n");
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
