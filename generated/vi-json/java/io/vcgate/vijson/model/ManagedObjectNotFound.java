package io.vcgate.vijson.model;

import io.vcgate.vijson.model.LocalizableMessage;
import io.vcgate.vijson.model.ManagedObjectReference;
import io.vcgate.vijson.model.MethodFault;
import io.vcgate.vijson.model.RuntimeFault;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("ManagedObjectNotFound")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class ManagedObjectNotFound extends RuntimeFault  {
  private ManagedObjectReference obj;

  public ManagedObjectNotFound() {
  }

  @JsonCreator
  public ManagedObjectNotFound(
    @JsonProperty(required = true, value = "obj") ManagedObjectReference obj,
    @JsonProperty(required = true, value = "_typeName") String typeName
  ) {
    super(
      typeName
    );
    this.obj = obj;
  }

  /**
   * The managed object reference that generated the error. 
   **/
  public ManagedObjectNotFound obj(ManagedObjectReference obj) {
    this.obj = obj;
    return this;
  }

  
  @JsonProperty(required = true, value = "obj")
  public ManagedObjectReference getObj() {
    return obj;
  }

  @JsonProperty(required = true, value = "obj")
  public void setObj(ManagedObjectReference obj) {
    this.obj = obj;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    ManagedObjectNotFound managedObjectNotFound = (ManagedObjectNotFound) o;
    return Objects.equals(this.obj, managedObjectNotFound.obj) &&
        super.equals(o);
  }

  @Override
  public int hashCode() {
    return Objects.hash(obj, super.hashCode());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class ManagedObjectNotFound {\n");
    sb.append("    ").append(toIndentedString(super.toString())).append("\n");
    sb.append("    obj: ").append(toIndentedString(obj)).append("\n");
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
