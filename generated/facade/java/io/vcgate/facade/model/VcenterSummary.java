package io.vcgate.facade.model;

import io.vcgate.facade.model.Circuits;
import jakarta.validation.constraints.*;
import jakarta.validation.Valid;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("VcenterSummary")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class VcenterSummary   {
  private String name;
  private String apiVersion;
  private Boolean unifiedSessions;
  private Integer sessions;
  private Circuits circuits;

  public VcenterSummary() {
  }

  @JsonCreator
  public VcenterSummary(
    @JsonProperty(required = true, value = "name") String name,
    @JsonProperty(required = true, value = "unifiedSessions") Boolean unifiedSessions,
    @JsonProperty(required = true, value = "sessions") Integer sessions,
    @JsonProperty(required = true, value = "circuits") Circuits circuits
  ) {
    this.name = name;
    this.unifiedSessions = unifiedSessions;
    this.sessions = sessions;
    this.circuits = circuits;
  }

  /**
   **/
  public VcenterSummary name(String name) {
    this.name = name;
    return this;
  }

  
  @JsonProperty(required = true, value = "name")
  @NotNull public String getName() {
    return name;
  }

  @JsonProperty(required = true, value = "name")
  public void setName(String name) {
    this.name = name;
  }

  /**
   * The vCenter&#39;s &#x60;about.apiVersion&#x60;; absent while its ServiceContent cannot be read.
   **/
  public VcenterSummary apiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
    return this;
  }

  
  @JsonProperty("apiVersion")
  public String getApiVersion() {
    return apiVersion;
  }

  @JsonProperty("apiVersion")
  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  /**
   * Whether one session serves both APIs (vSphere 8.0U3 and later), as last learned.
   **/
  public VcenterSummary unifiedSessions(Boolean unifiedSessions) {
    this.unifiedSessions = unifiedSessions;
    return this;
  }

  
  @JsonProperty(required = true, value = "unifiedSessions")
  @NotNull public Boolean getUnifiedSessions() {
    return unifiedSessions;
  }

  @JsonProperty(required = true, value = "unifiedSessions")
  public void setUnifiedSessions(Boolean unifiedSessions) {
    this.unifiedSessions = unifiedSessions;
  }

  /**
   * Sessions this replica holds on the vCenter (both APIs).
   **/
  public VcenterSummary sessions(Integer sessions) {
    this.sessions = sessions;
    return this;
  }

  
  @JsonProperty(required = true, value = "sessions")
  @NotNull public Integer getSessions() {
    return sessions;
  }

  @JsonProperty(required = true, value = "sessions")
  public void setSessions(Integer sessions) {
    this.sessions = sessions;
  }

  /**
   **/
  public VcenterSummary circuits(Circuits circuits) {
    this.circuits = circuits;
    return this;
  }

  
  @JsonProperty(required = true, value = "circuits")
  @NotNull @Valid public Circuits getCircuits() {
    return circuits;
  }

  @JsonProperty(required = true, value = "circuits")
  public void setCircuits(Circuits circuits) {
    this.circuits = circuits;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    VcenterSummary vcenterSummary = (VcenterSummary) o;
    return Objects.equals(this.name, vcenterSummary.name) &&
        Objects.equals(this.apiVersion, vcenterSummary.apiVersion) &&
        Objects.equals(this.unifiedSessions, vcenterSummary.unifiedSessions) &&
        Objects.equals(this.sessions, vcenterSummary.sessions) &&
        Objects.equals(this.circuits, vcenterSummary.circuits);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, apiVersion, unifiedSessions, sessions, circuits);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class VcenterSummary {\n");
    
    sb.append("    name: ").append(toIndentedString(name)).append("\n");
    sb.append("    apiVersion: ").append(toIndentedString(apiVersion)).append("\n");
    sb.append("    unifiedSessions: ").append(toIndentedString(unifiedSessions)).append("\n");
    sb.append("    sessions: ").append(toIndentedString(sessions)).append("\n");
    sb.append("    circuits: ").append(toIndentedString(circuits)).append("\n");
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
