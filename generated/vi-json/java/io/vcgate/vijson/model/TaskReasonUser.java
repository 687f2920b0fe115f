package io.vcgate.vijson.model;

import io.vcgate.vijson.model.TaskReason;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("TaskReasonUser")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class TaskReasonUser extends TaskReason  {
  private String userName;

  public TaskReasonUser() {
  }

  @JsonCreator
  public TaskReasonUser(
    @JsonProperty(required = true, value = "userName") String userName,
    @JsonProperty(required = true, value = "_typeName") String typeName
  ) {
    super(
      typeName
    );
    this.userName = userName;
  }

  /**
   * Name of the user that queued the task. 
   **/
  public TaskReasonUser userName(String userName) {
    this.userName = userName;
    return this;
  }

  
  @JsonProperty(required = true, value = "userName")
  public String getUserName() {
    return userName;
  }

  @JsonProperty(required = true, value = "userName")
  public void setUserName(String userName) {
    this.userName = userName;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    TaskReasonUser taskReasonUser = (TaskReasonUser) o;
    return Objects.equals(this.userName, taskReasonUser.userName) &&
        super.equals(o);
  }

  @Override
  public int hashCode() {
    return Objects.hash(userName, super.hashCode());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class TaskReasonUser {\n");
    sb.append("    ").append(toIndentedString(super.toString())).append("\n");
    sb.append("    userName: ").append(toIndentedString(userName)).append("\n");
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
