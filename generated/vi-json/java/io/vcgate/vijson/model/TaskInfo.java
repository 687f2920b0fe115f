package io.vcgate.vijson.model;

import io.vcgate.vijson.model.Any;
import io.vcgate.vijson.model.DataObject;
import io.vcgate.vijson.model.KeyAnyValue;
import io.vcgate.vijson.model.LocalizableMessage;
import io.vcgate.vijson.model.ManagedObjectReference;
import io.vcgate.vijson.model.MethodFault;
import io.vcgate.vijson.model.TaskInfoStateEnum;
import io.vcgate.vijson.model.TaskReason;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("TaskInfo")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class TaskInfo extends DataObject  {
  private String key;
  private ManagedObjectReference task;
  private LocalizableMessage description;
  private String name;
  private String descriptionId;
  private ManagedObjectReference entity;
  private String entityName;
  private List<ManagedObjectReference> locked = new ArrayList<>();
  private TaskInfoStateEnum state;
  private Boolean cancelled;
  private Boolean cancelable;
  private MethodFault error;
  private Any result;
  private Integer progress;
  private List<KeyAnyValue> progressDetails = new ArrayList<>();
  private TaskReason reason;
  private OffsetDateTime queueTime;
  private OffsetDateTime startTime;
  private OffsetDateTime completeTime;
  private Integer eventChainId;
  private String changeTag;
  private String parentTaskKey;
  private String rootTaskKey;
  private String activationId;

  public TaskInfo() {
  }

  @JsonCreator
  public TaskInfo(
    @JsonProperty(required = true, value = "key") String key,
    @JsonProperty(required = true, value = "task") ManagedObjectReference task,
    @JsonProperty(required = true, value = "descriptionId") String descriptionId,
    @JsonProperty(required = true, value = "state") TaskInfoStateEnum state,
    @JsonProperty(required = true, value = "cancelled") Boolean cancelled,
    @JsonProperty(required = true, value = "cancelable") Boolean cancelable,
    @JsonProperty(required = true, value = "reason") TaskReason reason,
    @JsonProperty(required = true, value = "queueTime") OffsetDateTime queueTime,
    @JsonProperty(required = true, value = "eventChainId") Integer eventChainId,
    @JsonProperty(required = true, value = "_typeName") String typeName
  ) {
    super(
      typeName
    );
    this.key = key;
    this.task = task;
    this.descriptionId = descriptionId;
    this.state = state;
    this.cancelled = cancelled;
    this.cancelable = cancelable;
    this.reason = reason;
    this.queueTime = queueTime;
    this.eventChainId = eventChainId;
  }

  /**
   * The unique key for the task. 
   **/
  public TaskInfo key(String key) {
    this.key = key;
    return this;
  }

  
  @JsonProperty(required = true, value = "key")
  public String getKey() {
    return key;
  }

  @JsonProperty(required = true, value = "key")
  public void setKey(String key) {
    this.key = key;
  }

  /**
   * The managed object that represents this task.  Refers instance of *Task*. 
   **/
  public TaskInfo task(ManagedObjectReference task) {
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

  /**
   * The description field of the task describes the current phase of operation of the task.  For a task that does a single monolithic activity, this will be fixed and unchanging. For tasks that have various substeps, this field will change as the task progresses from one phase to another. 
   **/
  public TaskInfo description(LocalizableMessage description) {
    this.description = description;
    return this;
  }

  
  @JsonProperty("description")
  public LocalizableMessage getDescription() {
    return description;
  }

  @JsonProperty("description")
  public void setDescription(LocalizableMessage description) {
    this.description = description;
  }

  /**
   * The name of the operation that created the task.  This is not set for internal tasks. 
   **/
  public TaskInfo name(String name) {
    this.name = name;
    return this;
  }

  
  @JsonProperty("name")
  public String getName() {
    return name;
  }

  @JsonProperty("name")
  public void setName(String name) {
    this.name = name;
  }

  /**
   * An identifier for this operation.  This includes publicly visible internal tasks and is a lookup in the TaskDescription methodInfo data object. 
   **/
  public TaskInfo descriptionId(String descriptionId) {
    this.descriptionId = descriptionId;
    return this;
  }

  
  @JsonProperty(required = true, value = "descriptionId")
  public String getDescriptionId() {
    return descriptionId;
  }

  @JsonProperty(required = true, value = "descriptionId")
  public void setDescriptionId(String descriptionId) {
    this.descriptionId = descriptionId;
  }

  /**
   * Managed entity to which the operation applies.  Refers instance of *ManagedEntity*. 
   **/
  public TaskInfo entity(ManagedObjectReference entity) {
    this.entity = entity;
    return this;
  }

  
  @JsonProperty("entity")
  public ManagedObjectReference getEntity() {
    return entity;
  }

  @JsonProperty("entity")
  public void setEntity(ManagedObjectReference entity) {
    this.entity = entity;
  }

  /**
   * The name of the managed entity, locale-specific, retained for the history collector database. 
   **/
  public TaskInfo entityName(String entityName) {
    this.entityName = entityName;
    return this;
  }

  
  @JsonProperty("entityName")
  public String getEntityName() {
    return entityName;
  }

  @JsonProperty("entityName")
  public void setEntityName(String entityName) {
    this.entityName = entityName;
  }

  /**
   * If the state of the task is \&quot;running\&quot;, then this property is a list of managed entities that the operation has locked, with a shared lock.  Refers instances of *ManagedEntity*. 
   **/
  public TaskInfo locked(List<ManagedObjectReference> locked) {
    this.locked = locked;
    return this;
  }

  
  @JsonProperty("locked")
  public List<ManagedObjectReference> getLocked() {
    return locked;
  }

  @JsonProperty("locked")
  public void setLocked(List<ManagedObjectReference> locked) {
    this.locked = locked;
  }

  public TaskInfo addLockedItem(ManagedObjectReference lockedItem) {
    if (this.locked == null) {
      this.locked = new ArrayList<>();
    }

    this.locked.add(lockedItem);
    return this;
  }

  public TaskInfo removeLockedItem(ManagedObjectReference lockedItem) {
    if (lockedItem != null && this.locked != null) {
      this.locked.remove(lockedItem);
    }

    return this;
  }
  /**
   * Runtime status of the task. 
   **/
  public TaskInfo state(TaskInfoStateEnum state) {
    this.state = state;
    return this;
  }

  
  @JsonProperty(required = true, value = "state")
  public TaskInfoStateEnum getState() {
    return state;
  }

  @JsonProperty(required = true, value = "state")
  public void setState(TaskInfoStateEnum state) {
    this.state = state;
  }

  /**
   * Flag to indicate whether or not the client requested cancellation of the task. 
   **/
  public TaskInfo cancelled(Boolean cancelled) {
    this.cancelled = cancelled;
    return this;
  }

  
  @JsonProperty(required = true, value = "cancelled")
  public Boolean getCancelled() {
    return cancelled;
  }

  @JsonProperty(required = true, value = "cancelled")
  public void setCancelled(Boolean cancelled) {
    this.cancelled = cancelled;
  }

  /**
   * Flag to indicate whether or not the cancel task operation is supported. 
   **/
  public TaskInfo cancelable(Boolean cancelable) {
    this.cancelable = cancelable;
    return this;
  }

  
  @JsonProperty(required = true, value = "cancelable")
  public Boolean getCancelable() {
    return cancelable;
  }

  @JsonProperty(required = true, value = "cancelable")
  public void setCancelable(Boolean cancelable) {
    this.cancelable = cancelable;
  }

  /**
   * If the task state is \&quot;error\&quot;, then this property contains the fault code. 
   **/
  public TaskInfo error(MethodFault error) {
    this.error = error;
    return this;
  }

  
  @JsonProperty("error")
  public MethodFault getError() {
    return error;
  }

  @JsonProperty("error")
  public void setError(MethodFault error) {
    this.error = error;
  }

  /**
   * If the task state is \&quot;success\&quot;, then this property may be used to hold a return value. 
   **/
  public TaskInfo result(Any result) {
    this.result = result;
    return this;
  }

  
  @JsonProperty("result")
  public Any getResult() {
    return result;
  }

  @JsonProperty("result")
  public void setResult(Any result) {
    this.result = result;
  }

  /**
   * If the task state is \&quot;running\&quot;, then this property contains a progress measurement, expressed as percentage completed, from 0 to 100.  If this property is not set, then the command does not report progress. 
   **/
  public TaskInfo progress(Integer progress) {
    this.progress = progress;
    return this;
  }

  
  @JsonProperty("progress")
  public Integer getProgress() {
    return progress;
  }

  @JsonProperty("progress")
  public void setProgress(Integer progress) {
    this.progress = progress;
  }

  /**
   * ***Since:*** vSphere API Release 8.0.1.0 
   **/
  public TaskInfo progressDetails(List<KeyAnyValue> progressDetails) {
    this.progressDetails = progressDetails;
    return this;
  }

  
  @JsonProperty("progressDetails")
  public List<KeyAnyValue> getProgressDetails() {
    return progressDetails;
  }

  @JsonProperty("progressDetails")
  public void setProgressDetails(List<KeyAnyValue> progressDetails) {
    this.progressDetails = progressDetails;
  }

  public TaskInfo addProgressDetailsItem(KeyAnyValue progressDetailsItem) {
    if (this.progressDetails == null) {
      this.progressDetails = new ArrayList<>();
    }

    this.progressDetails.add(progressDetailsItem);
    return this;
  }

  public TaskInfo removeProgressDetailsItem(KeyAnyValue progressDetailsItem) {
    if (progressDetailsItem != null && this.progressDetails != null) {
      this.progressDetails.remove(progressDetailsItem);
    }

    return this;
  }
  /**
   * Kind of entity responsible for creating this task. 
   **/
  public TaskInfo reason(TaskReason reason) {
    this.reason = reason;
    return this;
  }

  
  @JsonProperty(required = true, value = "reason")
  public TaskReason getReason() {
    return reason;
  }

  @JsonProperty(required = true, value = "reason")
  public void setReason(TaskReason reason) {
    this.reason = reason;
  }

  /**
   * Time stamp when the task was created. 
   **/
  public TaskInfo queueTime(OffsetDateTime queueTime) {
    this.queueTime = queueTime;
    return this;
  }

  
  @JsonProperty(required = true, value = "queueTime")
  public OffsetDateTime getQueueTime() {
    return queueTime;
  }

  @JsonProperty(required = true, value = "queueTime")
  public void setQueueTime(OffsetDateTime queueTime) {
    this.queueTime = queueTime;
  }

  /**
   * Time stamp when the task started running. 
   **/
  public TaskInfo startTime(OffsetDateTime startTime) {
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
   * Time stamp when the task was completed (whether success or failure). 
   **/
  public TaskInfo completeTime(OffsetDateTime completeTime) {
    this.completeTime = completeTime;
    return this;
  }

  
  @JsonProperty("completeTime")
  public OffsetDateTime getCompleteTime() {
    return completeTime;
  }

  @JsonProperty("completeTime")
  public void setCompleteTime(OffsetDateTime completeTime) {
    this.completeTime = completeTime;
  }

  /**
   * Event chain ID that leads to the corresponding events. 
   **/
  public TaskInfo eventChainId(Integer eventChainId) {
    this.eventChainId = eventChainId;
    return this;
  }

  
  @JsonProperty(required = true, value = "eventChainId")
  public Integer getEventChainId() {
    return eventChainId;
  }

  @JsonProperty(required = true, value = "eventChainId")
  public void setEventChainId(Integer eventChainId) {
    this.eventChainId = eventChainId;
  }

  /**
   * The user entered tag to identify the operations and their side effects 
   **/
  public TaskInfo changeTag(String changeTag) {
    this.changeTag = changeTag;
    return this;
  }

  
  @JsonProperty("changeTag")
  public String getChangeTag() {
    return changeTag;
  }

  @JsonProperty("changeTag")
  public void setChangeTag(String changeTag) {
    this.changeTag = changeTag;
  }

  /**
   * Tasks can be created by another task.  This shows *TaskInfo.key* of the task spun off this task. This is to track causality between tasks. 
   **/
  public TaskInfo parentTaskKey(String parentTaskKey) {
    this.parentTaskKey = parentTaskKey;
    return this;
  }

  
  @JsonProperty("parentTaskKey")
  public String getParentTaskKey() {
    return parentTaskKey;
  }

  @JsonProperty("parentTaskKey")
  public void setParentTaskKey(String parentTaskKey) {
    this.parentTaskKey = parentTaskKey;
  }

  /**
   * Tasks can be created by another task and such creation can go on for multiple levels.  This is the *TaskInfo.key* of the task that started the chain of tasks. 
   **/
  public TaskInfo rootTaskKey(String rootTaskKey) {
    this.rootTaskKey = rootTaskKey;
    return this;
  }

  
  @JsonProperty("rootTaskKey")
  public String getRootTaskKey() {
    return rootTaskKey;
  }

  @JsonProperty("rootTaskKey")
  public void setRootTaskKey(String rootTaskKey) {
    this.rootTaskKey = rootTaskKey;
  }

  /**
   * The activation Id is a client-provided token to link an API call with a task. 
   **/
  public TaskInfo activationId(String activationId) {
    this.activationId = activationId;
    return this;
  }

  
  @JsonProperty("activationId")
  public String getActivationId() {
    return activationId;
  }

  @JsonProperty("activationId")
  public void setActivationId(String activationId) {
    this.activationId = activationId;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    TaskInfo taskInfo = (TaskInfo) o;
    return Objects.equals(this.key, taskInfo.key) &&
        Objects.equals(this.task, taskInfo.task) &&
        Objects.equals(this.description, taskInfo.description) &&
        Objects.equals(this.name, taskInfo.name) &&
        Objects.equals(this.descriptionId, taskInfo.descriptionId) &&
        Objects.equals(this.entity, taskInfo.entity) &&
        Objects.equals(this.entityName, taskInfo.entityName) &&
        Objects.equals(this.locked, taskInfo.locked) &&
        Objects.equals(this.state, taskInfo.state) &&
        Objects.equals(this.cancelled, taskInfo.cancelled) &&
        Objects.equals(this.cancelable, taskInfo.cancelable) &&
        Objects.equals(this.error, taskInfo.error) &&
        Objects.equals(this.result, taskInfo.result) &&
        Objects.equals(this.progress, taskInfo.progress) &&
        Objects.equals(this.progressDetails, taskInfo.progressDetails) &&
        Objects.equals(this.reason, taskInfo.reason) &&
        Objects.equals(this.queueTime, taskInfo.queueTime) &&
        Objects.equals(this.startTime, taskInfo.startTime) &&
        Objects.equals(this.completeTime, taskInfo.completeTime) &&
        Objects.equals(this.eventChainId, taskInfo.eventChainId) &&
        Objects.equals(this.changeTag, taskInfo.changeTag) &&
        Objects.equals(this.parentTaskKey, taskInfo.parentTaskKey) &&
        Objects.equals(this.rootTaskKey, taskInfo.rootTaskKey) &&
        Objects.equals(this.activationId, taskInfo.activationId) &&
        super.equals(o);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, task, description, name, descriptionId, entity, entityName, locked, state, cancelled, cancelable, error, result, progress, progressDetails, reason, queueTime, startTime, completeTime, eventChainId, changeTag, parentTaskKey, rootTaskKey, activationId, super.hashCode());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class TaskInfo {\n");
    sb.append("    ").append(toIndentedString(super.toString())).append("\n");
    sb.append("    key: ").append(toIndentedString(key)).append("\n");
    sb.append("    task: ").append(toIndentedString(task)).append("\n");
    sb.append("    description: ").append(toIndentedString(description)).append("\n");
    sb.append("    name: ").append(toIndentedString(name)).append("\n");
    sb.append("    descriptionId: ").append(toIndentedString(descriptionId)).append("\n");
    sb.append("    entity: ").append(toIndentedString(entity)).append("\n");
    sb.append("    entityName: ").append(toIndentedString(entityName)).append("\n");
    sb.append("    locked: ").append(toIndentedString(locked)).append("\n");
    sb.append("    state: ").append(toIndentedString(state)).append("\n");
    sb.append("    cancelled: ").append(toIndentedString(cancelled)).append("\n");
    sb.append("    cancelable: ").append(toIndentedString(cancelable)).append("\n");
    sb.append("    error: ").append(toIndentedString(error)).append("\n");
    sb.append("    result: ").append(toIndentedString(result)).append("\n");
    sb.append("    progress: ").append(toIndentedString(progress)).append("\n");
    sb.append("    progressDetails: ").append(toIndentedString(progressDetails)).append("\n");
    sb.append("    reason: ").append(toIndentedString(reason)).append("\n");
    sb.append("    queueTime: ").append(toIndentedString(queueTime)).append("\n");
    sb.append("    startTime: ").append(toIndentedString(startTime)).append("\n");
    sb.append("    completeTime: ").append(toIndentedString(completeTime)).append("\n");
    sb.append("    eventChainId: ").append(toIndentedString(eventChainId)).append("\n");
    sb.append("    changeTag: ").append(toIndentedString(changeTag)).append("\n");
    sb.append("    parentTaskKey: ").append(toIndentedString(parentTaskKey)).append("\n");
    sb.append("    rootTaskKey: ").append(toIndentedString(rootTaskKey)).append("\n");
    sb.append("    activationId: ").append(toIndentedString(activationId)).append("\n");
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
