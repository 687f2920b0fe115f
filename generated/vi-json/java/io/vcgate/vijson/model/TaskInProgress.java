package io.vcgate.vijson.model;

import io.vcgate.vijson.model.LocalizableMessage;
import io.vcgate.vijson.model.ManagedObjectReference;
import io.vcgate.vijson.model.MethodFault;
import io.vcgate.vijson.model.VimFault;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("TaskInProgress")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class TaskInProgress extends VimFault  {
  private ManagedObjectReference task;

  public TaskInProgress() {
  }

  @JsonCreator
  public TaskInProgress(
    @JsonProperty(required = true, value = "task") ManagedObjectReference task,
    @JsonProperty(required = true, value = "_typeName") String typeName
  ) {
    super(
      typeName
    );
    this.task = task;
  }

  /**
   * The task already in progress when the operation was attempted.  Refers instance of *Task*. 
   **/
  public TaskInProgress task(ManagedObjectReference task) {
    this.task = task;
    return this;
  }

  
  @JsonProperty(required = true, value = "task")
  public ManagedObjectReference getTask() {
    return task;
  }

  @JsonProperty(required = true, value = "task")
  public void setTask(ManagedObjectReference task) {
    this.task = task;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    TaskInProgress taskInProgress = (TaskInProgress) o;
    return Objects.equals(this.task, taskInProgress.task) &&
        super.equals(o);
  }

  @Override
  public int hashCode() {
    return Objects.hash(task, super.hashCode());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class TaskInProgress {\n");
    sb.append("    ").append(toIndentedString(super.toString())).append("\n");
    sb.append("    task: ").append(toIndentedString(task)).append("\n");
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
