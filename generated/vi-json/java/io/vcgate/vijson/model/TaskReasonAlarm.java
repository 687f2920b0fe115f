package io.vcgate.vijson.model;

import io.vcgate.vijson.model.ManagedObjectReference;
import io.vcgate.vijson.model.TaskReason;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("TaskReasonAlarm")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class TaskReasonAlarm extends TaskReason  {
  private String alarmName;
  private ManagedObjectReference alarm;
  private String entityName;
  private ManagedObjectReference entity;

  public TaskReasonAlarm() {
  }

  @JsonCreator
  public TaskReasonAlarm(
    @JsonProperty(required = true, value = "alarmName") String alarmName,
    @JsonProperty(required = true, value = "alarm") ManagedObjectReference alarm,
    @JsonProperty(required = true, value = "entityName") String entityName,
    @JsonProperty(required = true, value = "entity") ManagedObjectReference entity,
    @JsonProperty(required = true, value = "_typeName") String typeName
  ) {
    super(
      typeName
    );
    this.alarmName = alarmName;
    this.alarm = alarm;
    this.entityName = entityName;
    this.entity = entity;
  }

  /**
   * The name of the alarm that queued the task, retained in the history collector database. 
   **/
  public TaskReasonAlarm alarmName(String alarmName) {
    this.alarmName = alarmName;
    return this;
  }

  
  @JsonProperty(required = true, value = "alarmName")
  public String getAlarmName() {
    return alarmName;
  }

  @JsonProperty(required = true, value = "alarmName")
  public void setAlarmName(String alarmName) {
    this.alarmName = alarmName;
  }

  /**
   * The alarm object that queued the task.  Refers instance of *Alarm*. 
   **/
  public TaskReasonAlarm alarm(ManagedObjectReference alarm) {
    this.alarm = alarm;
    return this;
  }

  
  @JsonProperty(required = true, value = "alarm")
  public ManagedObjectReference getAlarm() {
    return alarm;
  }

  @JsonProperty(required = true, value = "alarm")
  public void setAlarm(ManagedObjectReference alarm) {
    this.alarm = alarm;
  }

  /**
   * The name of the managed entity on which the alarm is triggered, retained in the history collector database. 
   **/
  public TaskReasonAlarm entityName(String entityName) {
    this.entityName = entityName;
    return this;
  }

  
  @JsonProperty(required = true, value = "entityName")
  public String getEntityName() {
    return entityName;
  }

  @JsonProperty(required = true, value = "entityName")
  public void setEntityName(String entityName) {
    this.entityName = entityName;
  }

  /**
   * The managed entity object on which the alarm is triggered.  Refers instance of *ManagedEntity*. 
   **/
  public TaskReasonAlarm entity(ManagedObjectReference entity) {
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


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    TaskReasonAlarm taskReasonAlarm = (TaskReasonAlarm) o;
    return Objects.equals(this.alarmName, taskReasonAlarm.alarmName) &&
        Objects.equals(this.alarm, taskReasonAlarm.alarm) &&
        Objects.equals(this.entityName, taskReasonAlarm.entityName) &&
        Objects.equals(this.entity, taskReasonAlarm.entity) &&
        super.equals(o);
  }

  @Override
  public int hashCode() {
    return Objects.hash(alarmName, alarm, entityName, entity, super.hashCode());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class TaskReasonAlarm {\n");
    sb.append("    ").append(toIndentedString(super.toString())).append("\n");
    sb.append("    alarmName: ").append(toIndentedString(alarmName)).append("\n");
    sb.append("    alarm: ").append(toIndentedString(alarm)).append("\n");
    sb.append("    entityName: ").append(toIndentedString(entityName)).append("\n");
    sb.append("    entity: ").append(toIndentedString(entity)).append("\n");
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
