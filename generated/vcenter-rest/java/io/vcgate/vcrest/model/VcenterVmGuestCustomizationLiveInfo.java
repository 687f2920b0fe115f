package io.vcgate.vcrest.model;

import io.vcgate.vcrest.model.VapiStdLocalizableMessage;
import io.vcgate.vcrest.model.VcenterVmGuestCustomizationLiveInfoStatus;
import java.time.OffsetDateTime;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("VcenterVmGuestCustomizationLiveInfo")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class VcenterVmGuestCustomizationLiveInfo   {
  private VcenterVmGuestCustomizationLiveInfoStatus status;
  private VapiStdLocalizableMessage error;
  private OffsetDateTime startTime;
  private OffsetDateTime endTime;

  public VcenterVmGuestCustomizationLiveInfo() {
  }

  @JsonCreator
  public VcenterVmGuestCustomizationLiveInfo(
    @JsonProperty(required = true, value = "status") VcenterVmGuestCustomizationLiveInfoStatus status
  ) {
    this.status = status;
  }

  /**
   **/
  public VcenterVmGuestCustomizationLiveInfo status(VcenterVmGuestCustomizationLiveInfoStatus status) {
    this.status = status;
    return this;
  }

  
  @JsonProperty(required = true, value = "status")
  public VcenterVmGuestCustomizationLiveInfoStatus getStatus() {
    return status;
  }

  @JsonProperty(required = true, value = "status")
  public void setStatus(VcenterVmGuestCustomizationLiveInfoStatus status) {
    this.status = status;
  }

  /**
   **/
  public VcenterVmGuestCustomizationLiveInfo error(VapiStdLocalizableMessage error) {
    this.error = error;
    return this;
  }

  
  @JsonProperty("error")
  public VapiStdLocalizableMessage getError() {
    return error;
  }

  @JsonProperty("error")
  public void setError(VapiStdLocalizableMessage error) {
    this.error = error;
  }

  /**
   **/
  public VcenterVmGuestCustomizationLiveInfo startTime(OffsetDateTime startTime) {
    this.startTime = startTime;
    return this;
  }

  
  @JsonProperty("start_time")
  public OffsetDateTime getStartTime() {
    return startTime;
  }

  @JsonProperty("start_time")
  public void setStartTime(OffsetDateTime startTime) {
    this.startTime = startTime;
  }

  /**
   **/
  public VcenterVmGuestCustomizationLiveInfo endTime(OffsetDateTime endTime) {
    this.endTime = endTime;
    return this;
  }

  
  @JsonProperty("end_time")
  public OffsetDateTime getEndTime() {
    return endTime;
  }

  @JsonProperty("end_time")
  public void setEndTime(OffsetDateTime endTime) {
    this.endTime = endTime;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    VcenterVmGuestCustomizationLiveInfo vcenterVmGuestCustomizationLiveInfo = (VcenterVmGuestCustomizationLiveInfo) o;
    return Objects.equals(this.status, vcenterVmGuestCustomizationLiveInfo.status) &&
        Objects.equals(this.error, vcenterVmGuestCustomizationLiveInfo.error) &&
        Objects.equals(this.startTime, vcenterVmGuestCustomizationLiveInfo.startTime) &&
        Objects.equals(this.endTime, vcenterVmGuestCustomizationLiveInfo.endTime);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, error, startTime, endTime);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class VcenterVmGuestCustomizationLiveInfo {\n");
    
    sb.append("    status: ").append(toIndentedString(status)).append("\n");
    sb.append("    error: ").append(toIndentedString(error)).append("\n");
    sb.append("    startTime: ").append(toIndentedString(startTime)).append("\n");
    sb.append("    endTime: ").append(toIndentedString(endTime)).append("\n");
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
