package io.vcgate.facade.model;

import io.vcgate.facade.model.CustomizationFailureEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jakarta.validation.constraints.*;
import jakarta.validation.Valid;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("CustomizationError")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class CustomizationError   {
  private String id;
  private String message;
  private List<String> args = new ArrayList<>();
  private CustomizationFailureEvent event;

  public CustomizationError() {
  }

  @JsonCreator
  public CustomizationError(
    @JsonProperty(required = true, value = "message") String message
  ) {
    this.message = message;
  }

  /**
   * The message id, where vCenter gives one.
   **/
  public CustomizationError id(String id) {
    this.id = id;
    return this;
  }

  
  @JsonProperty("id")
  public String getId() {
    return id;
  }

  @JsonProperty("id")
  public void setId(String id) {
    this.id = id;
  }

  /**
   **/
  public CustomizationError message(String message) {
    this.message = message;
    return this;
  }

  
  @JsonProperty(required = true, value = "message")
  @NotNull public String getMessage() {
    return message;
  }

  @JsonProperty(required = true, value = "message")
  public void setMessage(String message) {
    this.message = message;
  }

  /**
   **/
  public CustomizationError args(List<String> args) {
    this.args = args;
    return this;
  }

  
  @JsonProperty("args")
  public List<String> getArgs() {
    return args;
  }

  @JsonProperty("args")
  public void setArgs(List<String> args) {
    this.args = args;
  }

  public CustomizationError addArgsItem(String argsItem) {
    if (this.args == null) {
      this.args = new ArrayList<>();
    }

    this.args.add(argsItem);
    return this;
  }

  public CustomizationError removeArgsItem(String argsItem) {
    if (argsItem != null && this.args != null) {
      this.args.remove(argsItem);
    }

    return this;
  }
  /**
   **/
  public CustomizationError event(CustomizationFailureEvent event) {
    this.event = event;
    return this;
  }

  
  @JsonProperty("event")
  @Valid public CustomizationFailureEvent getEvent() {
    return event;
  }

  @JsonProperty("event")
  public void setEvent(CustomizationFailureEvent event) {
    this.event = event;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    CustomizationError customizationError = (CustomizationError) o;
    return Objects.equals(this.id, customizationError.id) &&
        Objects.equals(this.message, customizationError.message) &&
        Objects.equals(this.args, customizationError.args) &&
        Objects.equals(this.event, customizationError.event);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, message, args, event);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class CustomizationError {\n");
    
    sb.append("    id: ").append(toIndentedString(id)).append("\n");
    sb.append("    message: ").append(toIndentedString(message)).append("\n");
    sb.append("    args: ").append(toIndentedString(args)).append("\n");
    sb.append("    event: ").append(toIndentedString(event)).append("\n");
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
