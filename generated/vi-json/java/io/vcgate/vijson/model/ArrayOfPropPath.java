package io.vcgate.vijson.model;

import io.vcgate.vijson.model.Any;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("ArrayOfPropertyPath")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class ArrayOfPropPath extends Any  {
  private List<String> value = new ArrayList<>();

  public ArrayOfPropPath() {
  }

  @JsonCreator
  public ArrayOfPropPath(
    @JsonProperty(required = true, value = "_value") List<String> value,
    @JsonProperty(required = true, value = "_typeName") String typeName
  ) {
    super(
      typeName
    );
    this.value = value;
  }

  /**
   **/
  public ArrayOfPropPath value(List<String> value) {
    this.value = value;
    return this;
  }

  
  @JsonProperty(required = true, value = "_value")
  public List<String> getValue() {
    return value;
  }

  @JsonProperty(required = true, value = "_value")
  public void setValue(List<String> value) {
    this.value = value;
  }

  public ArrayOfPropPath addValueItem(String valueItem) {
    if (this.value == null) {
      this.value = new ArrayList<>();
    }

    this.value.add(valueItem);
    return this;
  }

  public ArrayOfPropPath removeValueItem(String valueItem) {
    if (valueItem != null && this.value != null) {
      this.value.remove(valueItem);
    }

    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    ArrayOfPropPath arrayOfPropPath = (ArrayOfPropPath) o;
    return Objects.equals(this.value, arrayOfPropPath.value) &&
        super.equals(o);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, super.hashCode());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class ArrayOfPropPath {\n");
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
