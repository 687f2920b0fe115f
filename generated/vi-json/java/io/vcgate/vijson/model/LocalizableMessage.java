package io.vcgate.vijson.model;

import io.vcgate.vijson.model.DataObject;
import io.vcgate.vijson.model.KeyAnyValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("LocalizableMessage")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class LocalizableMessage extends DataObject  {
  private String key;
  private List<KeyAnyValue> arg = new ArrayList<>();
  private String message;

  public LocalizableMessage() {
  }

  @JsonCreator
  public LocalizableMessage(
    @JsonProperty(required = true, value = "key") String key,
    @JsonProperty(required = true, value = "_typeName") String typeName
  ) {
    super(
      typeName
    );
    this.key = key;
  }

  /**
   * Unique key identifying the message in the localized message catalog. 
   **/
  public LocalizableMessage key(String key) {
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
   * Substitution arguments for variables in the localized message. 
   **/
  public LocalizableMessage arg(List<KeyAnyValue> arg) {
    this.arg = arg;
    return this;
  }

  
  @JsonProperty("arg")
  public List<KeyAnyValue> getArg() {
    return arg;
  }

  @JsonProperty("arg")
  public void setArg(List<KeyAnyValue> arg) {
    this.arg = arg;
  }

  public LocalizableMessage addArgItem(KeyAnyValue argItem) {
    if (this.arg == null) {
      this.arg = new ArrayList<>();
    }

    this.arg.add(argItem);
    return this;
  }

  public LocalizableMessage removeArgItem(KeyAnyValue argItem) {
    if (argItem != null && this.arg != null) {
      this.arg.remove(argItem);
    }

    return this;
  }
  /**
   * Message in session locale.  Use vim.SessionManager.setLocale() to change the session locale. 
   **/
  public LocalizableMessage message(String message) {
    this.message = message;
    return this;
  }

  
  @JsonProperty("message")
  public String getMessage() {
    return message;
  }

  @JsonProperty("message")
  public void setMessage(String message) {
    this.message = message;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    LocalizableMessage localizableMessage = (LocalizableMessage) o;
    return Objects.equals(this.key, localizableMessage.key) &&
        Objects.equals(this.arg, localizableMessage.arg) &&
        Objects.equals(this.message, localizableMessage.message) &&
        super.equals(o);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, arg, message, super.hashCode());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class LocalizableMessage {\n");
    sb.append("    ").append(toIndentedString(super.toString())).append("\n");
    sb.append("    key: ").append(toIndentedString(key)).append("\n");
    sb.append("    arg: ").append(toIndentedString(arg)).append("\n");
    sb.append("    message: ").append(toIndentedString(message)).append("\n");
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
