package io.vcgate.vijson.model;

import io.vcgate.vijson.model.DataObject;
import io.vcgate.vijson.model.ManagedObjectReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("NoPermissionEntityPrivileges")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class NoPermissionEntityPrivileges extends DataObject  {
  private ManagedObjectReference entity;
  private List<String> privilegeIds = new ArrayList<>();

  public NoPermissionEntityPrivileges() {
  }

  @JsonCreator
  public NoPermissionEntityPrivileges(
    @JsonProperty(required = true, value = "entity") ManagedObjectReference entity,
    @JsonProperty(required = true, value = "_typeName") String typeName
  ) {
    super(
      typeName
    );
    this.entity = entity;
  }

  /**
   **/
  public NoPermissionEntityPrivileges entity(ManagedObjectReference entity) {
    this.entity = entity;
    return this;
  }

  
  @JsonProperty(required = true, value = "entity")
  public ManagedObjectReference getEntity() {
    return entity;
  }

  @JsonProperty(required = true, value = "entity")
  public void setEntity(ManagedObjectReference entity) {
    this.entity = entity;
  }

  /**
   **/
  public NoPermissionEntityPrivileges privilegeIds(List<String> privilegeIds) {
    this.privilegeIds = privilegeIds;
    return this;
  }

  
  @JsonProperty("privilegeIds")
  public List<String> getPrivilegeIds() {
    return privilegeIds;
  }

  @JsonProperty("privilegeIds")
  public void setPrivilegeIds(List<String> privilegeIds) {
    this.privilegeIds = privilegeIds;
  }

  public NoPermissionEntityPrivileges addPrivilegeIdsItem(String privilegeIdsItem) {
    if (this.privilegeIds == null) {
      this.privilegeIds = new ArrayList<>();
    }

    this.privilegeIds.add(privilegeIdsItem);
    return this;
  }

  public NoPermissionEntityPrivileges removePrivilegeIdsItem(String privilegeIdsItem) {
    if (privilegeIdsItem != null && this.privilegeIds != null) {
      this.privilegeIds.remove(privilegeIdsItem);
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
    NoPermissionEntityPrivileges noPermissionEntityPrivileges = (NoPermissionEntityPrivileges) o;
    return Objects.equals(this.entity, noPermissionEntityPrivileges.entity) &&
        Objects.equals(this.privilegeIds, noPermissionEntityPrivileges.privilegeIds) &&
        super.equals(o);
  }

  @Override
  public int hashCode() {
    return Objects.hash(entity, privilegeIds, super.hashCode());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class NoPermissionEntityPrivileges {\n");
    sb.append("    ").append(toIndentedString(super.toString())).append("\n");
    sb.append("    entity: ").append(toIndentedString(entity)).append("\n");
    sb.append("    privilegeIds: ").append(toIndentedString(privilegeIds)).append("\n");
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
