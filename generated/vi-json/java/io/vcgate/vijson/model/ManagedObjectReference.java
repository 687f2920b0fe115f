package io.vcgate.vijson.model;

import io.vcgate.vijson.model.Any;
import io.vcgate.vijson.model.MoTypesEnum;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("ManagedObjectReference")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class ManagedObjectReference extends Any  {
  private MoTypesEnum type;
  private String value;

  public ManagedObjectReference() {
  }

  @JsonCreator
  public ManagedObjectReference(
    @JsonProperty(required = true, value = "type") MoTypesEnum type,
    @JsonProperty(required = true, value = "value") String value,
    @JsonProperty(required = true, value = "_typeName") String typeName
  ) {
    super(
      typeName
    );
    this.type = type;
    this.value = value;
  }

  /**
   * The name of the Managed Object type this ManagedObjectReference refers to. 
   **/
  public ManagedObjectReference type(MoTypesEnum type) {
    this.type = type;
    return this;
  }

  
  @JsonProperty(required = true, value = "type")
  public MoTypesEnum getType() {
    return type;
  }

  @JsonProperty(required = true, value = "type")
  public void setType(MoTypesEnum type) {
    this.type = type;
  }

  /**
   * A unique identifier (within this vCenter Server instance) for a specific managed object such as &#x60;group-d1&#x60; or &#x60;vm-015&#x60; or &#x60;ServiceInstance&#x60;. 
   **/
  public ManagedObjectReference value(String value) {
    this.value = value;
    return this;
  }

  
  @JsonProperty(required = true, value = "value")
  public String getValue() {
    return value;
  }

  @JsonProperty(required = true, value = "value")
  public void setValue(String value) {
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
    ManagedObjectReference managedObjectReference = (ManagedObjectReference) o;
    return Objects.equals(this.type, managedObjectReference.type) &&
        Objects.equals(this.value, managedObjectReference.value) &&
        super.equals(o);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, value, super.hashCode());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class ManagedObjectReference {\n");
    sb.append("    ").append(toIndentedString(super.toString())).append("\n");
    sb.append("    type: ").append(toIndentedString(type)).append("\n");
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
