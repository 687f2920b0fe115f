package io.vcgate.vijson.model;

import io.vcgate.vijson.model.Any;
import io.vcgate.vijson.model.DataObject;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("KeyAnyValue")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class KeyAnyValue extends DataObject  {
  private String key;
  private Any value;

  public KeyAnyValue() {
  }

  @JsonCreator
  public KeyAnyValue(
    @JsonProperty(required = true, value = "key") String key,
    @JsonProperty(required = true, value = "value") Any value,
    @JsonProperty(required = true, value = "_typeName") String typeName
  ) {
    super(
      typeName
    );
    this.key = key;
    this.value = value;
  }

  /**
   * the key 
   **/
  public KeyAnyValue key(String key) {
    this.key = key;
    return this;
  }

  
  @JsonProperty(required = true, value = "key")
  public String getKey() {
    return key;
  }

  @JsonProperty(required = true, value = "key")
  public void setKey(String key) {
    this.key = key;
  }

  /**
   * the value 
   **/
  public KeyAnyValue value(Any value) {
    this.value = value;
    return this;
  }

  
  @JsonProperty(required = true, value = "value")
  public Any getValue() {
    return value;
  }

  @JsonProperty(required = true, value = "value")
  public void setValue(Any value) {
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
    KeyAnyValue keyAnyValue = (KeyAnyValue) o;
    return Objects.equals(this.key, keyAnyValue.key) &&
        Objects.equals(this.value, keyAnyValue.value) &&
        super.equals(o);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, value, super.hashCode());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class KeyAnyValue {\n");
    sb.append("    ").append(toIndentedString(super.toString())).append("\n");
    sb.append("    key: ").append(toIndentedString(key)).append("\n");
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
