package io.vcgate.vijson.model;

import io.vcgate.vijson.model.LocalizableMessage;
import io.vcgate.vijson.model.ManagedObjectReference;
import io.vcgate.vijson.model.MethodFault;
import io.vcgate.vijson.model.NoPermissionEntityPrivileges;
import io.vcgate.vijson.model.SecurityError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("NoPermission")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class NoPermission extends SecurityError  {
  @Deprecated
  private ManagedObjectReference _object;
  @Deprecated
  private String privilegeId;
  private List<NoPermissionEntityPrivileges> missingPrivileges = new ArrayList<>();

  public NoPermission() {
  }

  @JsonCreator
  public NoPermission(
    @JsonProperty(required = true, value = "_typeName") String typeName
  ) {
    super(
      typeName
    );
  }

  /**
   * Deprecated as of vSphere 8.0, use the *NoPermission.missingPrivileges* field.  The managed object on which a permission is required. 
   * @deprecated
   **/
  @Deprecated
  public NoPermission _object(ManagedObjectReference _object) {
    this._object = _object;
    return this;
  }

  /**
   * @deprecated
   */
  @Deprecated
  
  @JsonProperty("object")
  public ManagedObjectReference getObject() {
    return _object;
  }

  /**
   * @deprecated
   */
  @Deprecated
  @JsonProperty("object")
  public void setObject(ManagedObjectReference _object) {
    this._object = _object;
  }

  /**
   * Deprecated as of vSphere 8.0, use the *NoPermission.missingPrivileges* field.  The privilege identifier required 
   * @deprecated
   **/
  @Deprecated
  public NoPermission privilegeId(String privilegeId) {
    this.privilegeId = privilegeId;
    return this;
  }

  /**
   * @deprecated
   */
  @Deprecated
  
  @JsonProperty("privilegeId")
  public String getPrivilegeId() {
    return privilegeId;
  }

  /**
   * @deprecated
   */
  @Deprecated
  @JsonProperty("privilegeId")
  public void setPrivilegeId(String privilegeId) {
    this.privilegeId = privilegeId;
  }

  /**
   * List of entities and missing privileges for each entity  ***Since:*** vSphere API Release 7.0.3.2 
   **/
  public NoPermission missingPrivileges(List<NoPermissionEntityPrivileges> missingPrivileges) {
    this.missingPrivileges = missingPrivileges;
    return this;
  }

  
  @JsonProperty("missingPrivileges")
  public List<NoPermissionEntityPrivileges> getMissingPrivileges() {
    return missingPrivileges;
  }

  @JsonProperty("missingPrivileges")
  public void setMissingPrivileges(List<NoPermissionEntityPrivileges> missingPrivileges) {
    this.missingPrivileges = missingPrivileges;
  }

  public NoPermission addMissingPrivilegesItem(NoPermissionEntityPrivileges missingPrivilegesItem) {
    if (this.missingPrivileges == null) {
      this.missingPrivileges = new ArrayList<>();
    }

    this.missingPrivileges.add(missingPrivilegesItem);
    return this;
  }

  public NoPermission removeMissingPrivilegesItem(NoPermissionEntityPrivileges missingPrivilegesItem) {
    if (missingPrivilegesItem != null && this.missingPrivileges != null) {
      this.missingPrivileges.remove(missingPrivilegesItem);
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
    NoPermission noPermission = (NoPermission) o;
    return Objects.equals(this._object, noPermission._object) &&
        Objects.equals(this.privilegeId, noPermission.privilegeId) &&
        Objects.equals(this.missingPrivileges, noPermission.missingPrivileges) &&
        super.equals(o);
  }

  @Override
  public int hashCode() {
    return Objects.hash(_object, privilegeId, missingPrivileges, super.hashCode());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class NoPermission {\n");
    sb.append("    ").append(toIndentedString(super.toString())).append("\n");
    sb.append("    _object: ").append(toIndentedString(_object)).append("\n");
    sb.append("    privilegeId: ").append(toIndentedString(privilegeId)).append("\n");
    sb.append("    missingPrivileges: ").append(toIndentedString(missingPrivileges)).append("\n");
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
