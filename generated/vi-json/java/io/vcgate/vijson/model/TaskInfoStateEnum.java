package io.vcgate.vijson.model;


import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * List of possible states of a task.  Possible values: - &#x60;queued&#x60;: When there are too many tasks for threads to handle. - &#x60;running&#x60;: When the busy thread is freed from its current task by   finishing the task, it picks a queued task to run.      Then the queued tasks are marked as running. - &#x60;success&#x60;: When a running task has completed. - &#x60;error&#x60;: When a running task has encountered an error. 
 */
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public enum TaskInfoStateEnum {
  
  QUEUED("queued"),
  
  RUNNING("running"),
  
  SUCCESS("success"),
  
  ERROR("error");

  private String value;

  TaskInfoStateEnum(String value) {
    this.value = value;
  }

    /**
     * Convert a String into String, as specified in the
     * <a href="https://download.oracle.com/otndocs/jcp/jaxrs-2_0-fr-eval-spec/index.html">See JAX RS 2.0 Specification, section 3.2, p. 12</a>
     */
    public static TaskInfoStateEnum fromString(String s) {
      for (TaskInfoStateEnum b : TaskInfoStateEnum.values()) {
        // using Objects.toString() to be safe if value type non-object type
        // because types like 'int' etc. will be auto-boxed
        if (java.util.Objects.toString(b.value).equals(s)) {
          return b;
        }
      }
      throw new IllegalArgumentException("Unexpected string value '" + s + "'");
    }

  @Override
  @JsonValue
  public String toString() {
    return String.valueOf(value);
  }

  @JsonCreator
  public static TaskInfoStateEnum fromValue(String value) {
    for (TaskInfoStateEnum b : TaskInfoStateEnum.values()) {
      if (b.value.equals(value)) {
        return b;
      }
    }
    throw new IllegalArgumentException("Unexpected value '" + value + "'");
  }
}


