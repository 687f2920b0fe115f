package io.vcgate.vijson.model;

import io.vcgate.vijson.model.Any;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("long")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class PrimitiveLong extends Any  {
  private Long value;

  public PrimitiveLong() {
  }

  @JsonCreator
  public PrimitiveLong(
    @JsonProperty(required = true, value = "_value") Long value,
    @JsonProperty(required = true, value = "_typeName") String typeName
  ) {
    super(
      typeName
    );
    this.value = value;
  }

  /**
   **/
  public PrimitiveLong value(Long value) {
    this.value = value;
    return this;
  }

  
  @JsonProperty(required = true, value = "_value")
  public Long getValue() {
    return value;
  }

  @JsonProperty(required = true, value = "_value")
  public void setValue(Long value) {
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
    PrimitiveLong primitiveLong = (PrimitiveLong) o;
    return Objects.equals(this.value, primitiveLong.value) &&
        super.equals(o);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, super.hashCode());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class PrimitiveLong {\n");
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
