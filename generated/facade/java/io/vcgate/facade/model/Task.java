package io.vcgate.facade.model;

import io.vcgate.facade.model.TaskError;
import java.time.OffsetDateTime;
import jakarta.validation.constraints.*;
import jakarta.validation.Valid;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("Task")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class Task   {
  private String id;
  private String vm;
  public enum StateEnum {

    QUEUED(String.valueOf("QUEUED")), RUNNING(String.valueOf("RUNNING")), SUCCESS(String.valueOf("SUCCESS")), ERROR(String.valueOf("ERROR"));


    private String value;

    StateEnum (String v) {
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
    public static StateEnum fromString(String s) {
        for (StateEnum b : StateEnum.values()) {
            // using Objects.toString() to be safe if value type non-object type
            // because types like 'int' etc. will be auto-boxed
            if (java.util.Objects.toString(b.value).equals(s)) {
                return b;
            }
        }
        throw new IllegalArgumentException("Unexpected string value '" + s + "'");
    }

    @JsonCreator
    public static StateEnum fromValue(String value) {
        for (StateEnum b : StateEnum.values()) {
            if (b.value.equals(value)) {
                return b;
            }
        }
        throw new IllegalArgumentException("Unexpected value '" + value + "'");
    }
}

  private StateEnum state;
  private Integer progress;
  private TaskError error;
  private OffsetDateTime queuedAt;
  private OffsetDateTime startedAt;
  private OffsetDateTime completedAt;

  public Task() {
  }

  @JsonCreator
  public Task(
    @JsonProperty(required = true, value = "id") String id,
    @JsonProperty(required = true, value = "state") StateEnum state
  ) {
    this.id = id;
    this.state = state;
  }

  /**
   **/
  public Task id(String id) {
    this.id = id;
    return this;
  }

  
  @JsonProperty(required = true, value = "id")
  @NotNull public String getId() {
    return id;
  }

  @JsonProperty(required = true, value = "id")
  public void setId(String id) {
    this.id = id;
  }

  /**
   * The VM the Task acts on (the Task&#39;s entity).
   **/
  public Task vm(String vm) {
    this.vm = vm;
    return this;
  }

  
  @JsonProperty("vm")
  public String getVm() {
    return vm;
  }

  @JsonProperty("vm")
  public void setVm(String vm) {
    this.vm = vm;
  }

  /**
   **/
  public Task state(StateEnum state) {
    this.state = state;
    return this;
  }

  
  @JsonProperty(required = true, value = "state")
  @NotNull public StateEnum getState() {
    return state;
  }

  @JsonProperty(required = true, value = "state")
  public void setState(StateEnum state) {
    this.state = state;
  }

  /**
   * minimum: 0
   * maximum: 100
   **/
  public Task progress(Integer progress) {
    this.progress = progress;
    return this;
  }

  
  @JsonProperty("progress")
   @Min(0) @Max(100)public Integer getProgress() {
    return progress;
  }

  @JsonProperty("progress")
  public void setProgress(Integer progress) {
    this.progress = progress;
  }

  /**
   **/
  public Task error(TaskError error) {
    this.error = error;
    return this;
  }

  
  @JsonProperty("error")
  @Valid public TaskError getError() {
    return error;
  }

  @JsonProperty("error")
  public void setError(TaskError error) {
    this.error = error;
  }

  /**
   **/
  public Task queuedAt(OffsetDateTime queuedAt) {
    this.queuedAt = queuedAt;
    return this;
  }

  
  @JsonProperty("queuedAt")
  public OffsetDateTime getQueuedAt() {
    return queuedAt;
  }

  @JsonProperty("queuedAt")
  public void setQueuedAt(OffsetDateTime queuedAt) {
    this.queuedAt = queuedAt;
  }

  /**
   **/
  public Task startedAt(OffsetDateTime startedAt) {
    this.startedAt = startedAt;
    return this;
  }

  
  @JsonProperty("startedAt")
  public OffsetDateTime getStartedAt() {
    return startedAt;
  }

  @JsonProperty("startedAt")
  public void setStartedAt(OffsetDateTime startedAt) {
    this.startedAt = startedAt;
  }

  /**
   **/
  public Task completedAt(OffsetDateTime completedAt) {
    this.completedAt = completedAt;
    return this;
  }

  
  @JsonProperty("completedAt")
  public OffsetDateTime getCompletedAt() {
    return completedAt;
  }

  @JsonProperty("completedAt")
  public void setCompletedAt(OffsetDateTime completedAt) {
    this.completedAt = completedAt;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    Task task = (Task) o;
    return Objects.equals(this.id, task.id) &&
        Objects.equals(this.vm, task.vm) &&
        Objects.equals(this.state, task.state) &&
        Objects.equals(this.progress, task.progress) &&
        Objects.equals(this.error, task.error) &&
        Objects.equals(this.queuedAt, task.queuedAt) &&
        Objects.equals(this.startedAt, task.startedAt) &&
        Objects.equals(this.completedAt, task.completedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, vm, state, progress, error, queuedAt, startedAt, completedAt);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class Task {\n");
    
    sb.append("    id: ").append(toIndentedString(id)).append("\n");
    sb.append("    vm: ").append(toIndentedString(vm)).append("\n");
    sb.append("    state: ").append(toIndentedString(state)).append("\n");
    sb.append("    progress: ").append(toIndentedString(progress)).append("\n");
    sb.append("    error: ").append(toIndentedString(error)).append("\n");
    sb.append("    queuedAt: ").append(toIndentedString(queuedAt)).append("\n");
    sb.append("    startedAt: ").append(toIndentedString(startedAt)).append("\n");
    sb.append("    completedAt: ").append(toIndentedString(completedAt)).append("\n");
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
