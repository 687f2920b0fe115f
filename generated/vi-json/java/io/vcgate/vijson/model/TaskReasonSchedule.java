package io.vcgate.vijson.model;

import io.vcgate.vijson.model.ManagedObjectReference;
import io.vcgate.vijson.model.TaskReason;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("TaskReasonSchedule")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class TaskReasonSchedule extends TaskReason  {
  private String name;
  private ManagedObjectReference scheduledTask;

  public TaskReasonSchedule() {
  }

  @JsonCreator
  public TaskReasonSchedule(
    @JsonProperty(required = true, value = "name") String name,
    @JsonProperty(required = true, value = "scheduledTask") ManagedObjectReference scheduledTask,
    @JsonProperty(required = true, value = "_typeName") String typeName
  ) {
    super(
      typeName
    );
    this.name = name;
    this.scheduledTask = scheduledTask;
  }

  /**
   * The name of the scheduled task that queued this task. 
   **/
  public TaskReasonSchedule name(String name) {
    this.name = name;
    return this;
  }

  
  @JsonProperty(required = true, value = "name")
  public String getName() {
    return name;
  }

  @JsonProperty(required = true, value = "name")
  public void setName(String name) {
    this.name = name;
  }

  /**
   * The scheduledTask object that queued this task.  Refers instance of *ScheduledTask*. 
   **/
  public TaskReasonSchedule scheduledTask(ManagedObjectReference scheduledTask) {
    this.scheduledTask = scheduledTask;
    return this;
  }

  
  @JsonProperty(required = true, value = "scheduledTask")
  public ManagedObjectReference getScheduledTask() {
    return scheduledTask;
  }

  @JsonProperty(required = true, value = "scheduledTask")
  public void setScheduledTask(ManagedObjectReference scheduledTask) {
    this.scheduledTask = scheduledTask;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    TaskReasonSchedule taskReasonSchedule = (TaskReasonSchedule) o;
    return Objects.equals(this.name, taskReasonSchedule.name) &&
        Objects.equals(this.scheduledTask, taskReasonSchedule.scheduledTask) &&
        super.equals(o);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, scheduledTask, super.hashCode());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class TaskReasonSchedule {\n");
    sb.append("    ").append(toIndentedString(super.toString())).append("\n");
    sb.append("    name: ").append(toIndentedString(name)).append("\n");
    sb.append("    scheduledTask: ").append(toIndentedString(scheduledTask)).append("\n");
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
