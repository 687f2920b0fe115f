package io.vcgate.facade.model;

import io.vcgate.facade.model.VcenterSummary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jakarta.validation.constraints.*;
import jakarta.validation.Valid;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("VcenterList")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class VcenterList   {
  private List<@Valid VcenterSummary> vcenters = new ArrayList<>();

  public VcenterList() {
  }

  @JsonCreator
  public VcenterList(
    @JsonProperty(required = true, value = "vcenters") List<VcenterSummary> vcenters
  ) {
    this.vcenters = vcenters;
  }

  /**
   **/
  public VcenterList vcenters(List<@Valid VcenterSummary> vcenters) {
    this.vcenters = vcenters;
    return this;
  }

  
  @JsonProperty(required = true, value = "vcenters")
  @NotNull public List<VcenterSummary> getVcenters() {
    return vcenters;
  }

  @JsonProperty(required = true, value = "vcenters")
  public void setVcenters(List<@Valid VcenterSummary> vcenters) {
    this.vcenters = vcenters;
  }

  public VcenterList addVcentersItem(VcenterSummary vcentersItem) {
    if (this.vcenters == null) {
      this.vcenters = new ArrayList<>();
    }

    this.vcenters.add(vcentersItem);
    return this;
  }

  public VcenterList removeVcentersItem(VcenterSummary vcentersItem) {
    if (vcentersItem != null && this.vcenters != null) {
      this.vcenters.remove(vcentersItem);
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
    VcenterList vcenterList = (VcenterList) o;
    return Objects.equals(this.vcenters, vcenterList.vcenters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(vcenters);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class VcenterList {\n");
    
    sb.append("    vcenters: ").append(toIndentedString(vcenters)).append("\n");
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
