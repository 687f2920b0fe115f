package io.vcgate.facade.model;

import io.vcgate.facade.model.CustomizationError;
import java.time.OffsetDateTime;
import jakarta.validation.constraints.*;
import jakarta.validation.Valid;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("CustomizationStatus")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class CustomizationStatus   {
  private String vm;
  public enum StatusEnum {

    NOT_AVAILABLE(String.valueOf("NOT_AVAILABLE")), PENDING(String.valueOf("PENDING")), RUNNING(String.valueOf("RUNNING")), SUCCEEDED(String.valueOf("SUCCEEDED")), FAILED(String.valueOf("FAILED"));


    private String value;

    StatusEnum (String v) {
        value = v;
    }

    public String value() {
        return value;
    }

    @Override
    @JsonValue
    public String toString() {
        return String.valueOf(value);
    }

    /**
     * Convert a String into String, as specified in the
     * <a href="https://download.oracle.com/otndocs/jcp/jaxrs-2_0-fr-eval-spec/index.html">See JAX RS 2.0 Specification, section 3.2, p. 12</a>
     */
    public static StatusEnum fromString(String s) {
        for (StatusEnum b : StatusEnum.values()) {
            // using Objects.toString() to be safe if value type non-object type
            // because types like 'int' etc. will be auto-boxed
            if (java.util.Objects.toString(b.value).equals(s)) {
                return b;
            }
        }
        throw new IllegalArgumentException("Unexpected string value '" + s + "'");
    }

    @JsonCreator
    public static StatusEnum fromValue(String value) {
        for (StatusEnum b : StatusEnum.values()) {
            if (b.value.equals(value)) {
                return b;
            }
        }
        throw new IllegalArgumentException("Unexpected value '" + value + "'");
    }
}

  private StatusEnum status;
  private CustomizationError error;
  private OffsetDateTime startTime;
  private OffsetDateTime endTime;
  public enum SourceEnum {

    CUSTOMIZATION_LIVE(String.valueOf("CUSTOMIZATION_LIVE")), GUEST_CUSTOMIZATION_INFO(String.valueOf("GUEST_CUSTOMIZATION_INFO"));


    private String value;

    SourceEnum (String v) {
        value = v;
    }

    public String value() {
        return value;
    }

    @Override
    @JsonValue
    public String toString() {
        return String.valueOf(value);
    }

    /**
     * Convert a String into String, as specified in the
     * <a href="https://download.oracle.com/otndocs/jcp/jaxrs-2_0-fr-eval-spec/index.html">See JAX RS 2.0 Specification, section 3.2, p. 12</a>
     */
    public static SourceEnum fromString(String s) {
        for (SourceEnum b : SourceEnum.values()) {
            // using Objects.toString() to be safe if value type non-object type
            // because types like 'int' etc. will be auto-boxed
            if (java.util.Objects.toString(b.value).equals(s)) {
                return b;
            }
        }
        throw new IllegalArgumentException("Unexpected string value '" + s + "'");
    }

    @JsonCreator
    public static SourceEnum fromValue(String value) {
        for (SourceEnum b : SourceEnum.values()) {
            if (b.value.equals(value)) {
                return b;
            }
        }
        throw new IllegalArgumentException("Unexpected value '" + value + "'");
    }
}

  private SourceEnum source;
  private Boolean ended;

  public CustomizationStatus() {
  }

  @JsonCreator
  public CustomizationStatus(
    @JsonProperty(required = true, value = "vm") String vm,
    @JsonProperty(required = true, value = "status") StatusEnum status,
    @JsonProperty(required = true, value = "source") SourceEnum source
  ) {
    this.vm = vm;
    this.status = status;
    this.source = source;
  }

  /**
   **/
  public CustomizationStatus vm(String vm) {
    this.vm = vm;
    return this;
  }

  
  @JsonProperty(required = true, value = "vm")
  @NotNull public String getVm() {
    return vm;
  }

  @JsonProperty(required = true, value = "vm")
  public void setVm(String vm) {
    this.vm = vm;
  }

  /**
   * NOT_AVAILABLE: no customization was ever applied (or the guest is idle); PENDING: applied, not yet started in the guest (vim25 only); RUNNING; SUCCEEDED; FAILED. 
   **/
  public CustomizationStatus status(StatusEnum status) {
    this.status = status;
    return this;
  }

  
  @JsonProperty(required = true, value = "status")
  @NotNull public StatusEnum getStatus() {
    return status;
  }

  @JsonProperty(required = true, value = "status")
  public void setStatus(StatusEnum status) {
    this.status = status;
  }

  /**
   **/
  public CustomizationStatus error(CustomizationError error) {
    this.error = error;
    return this;
  }

  
  @JsonProperty("error")
  @Valid public CustomizationError getError() {
    return error;
  }

  @JsonProperty("error")
  public void setError(CustomizationError error) {
    this.error = error;
  }

  /**
   **/
  public CustomizationStatus startTime(OffsetDateTime startTime) {
    this.startTime = startTime;
    return this;
  }

  
  @JsonProperty("startTime")
  public OffsetDateTime getStartTime() {
    return startTime;
  }

  @JsonProperty("startTime")
  public void setStartTime(OffsetDateTime startTime) {
    this.startTime = startTime;
  }

  /**
   **/
  public CustomizationStatus endTime(OffsetDateTime endTime) {
    this.endTime = endTime;
    return this;
  }

  
  @JsonProperty("endTime")
  public OffsetDateTime getEndTime() {
    return endTime;
  }

  @JsonProperty("endTime")
  public void setEndTime(OffsetDateTime endTime) {
    this.endTime = endTime;
  }

  /**
   * Which vCenter API answered: CUSTOMIZATION_LIVE is the REST &#x60;customization-live&#x60; operation (vSphere 9.0+), GUEST_CUSTOMIZATION_INFO the vim25 &#x60;guest.customizationInfo&#x60; property. 
   **/
  public CustomizationStatus source(SourceEnum source) {
    this.source = source;
    return this;
  }

  
  @JsonProperty(required = true, value = "source")
  @NotNull public SourceEnum getSource() {
    return source;
  }

  @JsonProperty(required = true, value = "source")
  public void setSource(SourceEnum source) {
    this.source = source;
  }

  /**
   * In answers to a watch (&#x60;wait&#x60;, &#x60;since&#x60;, the event stream) only: whether this customization has ended (SUCCEEDED or FAILED, and started at or after &#x60;since&#x60; when given). 
   **/
  public CustomizationStatus ended(Boolean ended) {
    this.ended = ended;
    return this;
  }

  
  @JsonProperty("ended")
  public Boolean getEnded() {
    return ended;
  }

  @JsonProperty("ended")
  public void setEnded(Boolean ended) {
    this.ended = ended;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    CustomizationStatus customizationStatus = (CustomizationStatus) o;
    return Objects.equals(this.vm, customizationStatus.vm) &&
        Objects.equals(this.status, customizationStatus.status) &&
        Objects.equals(this.error, customizationStatus.error) &&
        Objects.equals(this.startTime, customizationStatus.startTime) &&
        Objects.equals(this.endTime, customizationStatus.endTime) &&
        Objects.equals(this.source, customizationStatus.source) &&
        Objects.equals(this.ended, customizationStatus.ended);
  }

  @Override
  public int hashCode() {
    return Objects.hash(vm, status, error, startTime, endTime, source, ended);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class CustomizationStatus {\n");
    
    sb.append("    vm: ").append(toIndentedString(vm)).append("\n");
    sb.append("    status: ").append(toIndentedString(status)).append("\n");
    sb.append("    error: ").append(toIndentedString(error)).append("\n");
    sb.append("    startTime: ").append(toIndentedString(startTime)).append("\n");
    sb.append("    endTime: ").append(toIndentedString(endTime)).append("\n");
    sb.append("    source: ").append(toIndentedString(source)).append("\n");
    sb.append("    ended: ").append(toIndentedString(ended)).append("\n");
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
