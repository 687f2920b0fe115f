package io.vcgate.vcrest.model;

import io.vcgate.vcrest.model.VapiStdLocalizationParam;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("VapiStdLocalizableMessage")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class VapiStdLocalizableMessage   {
  private String id;
  private String defaultMessage;
  private List<String> args = new ArrayList<>();
  private Map<String, VapiStdLocalizationParam> params = new HashMap<>();
  private String localized;

  public VapiStdLocalizableMessage() {
  }

  @JsonCreator
  public VapiStdLocalizableMessage(
    @JsonProperty(required = true, value = "id") String id,
    @JsonProperty(required = true, value = "default_message") String defaultMessage,
    @JsonProperty(required = true, value = "args") List<String> args
  ) {
    this.id = id;
    this.defaultMessage = defaultMessage;
    this.args = args;
  }

  /**
   **/
  public VapiStdLocalizableMessage id(String id) {
    this.id = id;
    return this;
  }

  
  @JsonProperty(required = true, value = "id")
  public String getId() {
    return id;
  }

  @JsonProperty(required = true, value = "id")
  public void setId(String id) {
    this.id = id;
  }

  /**
   **/
  public VapiStdLocalizableMessage defaultMessage(String defaultMessage) {
    this.defaultMessage = defaultMessage;
    return this;
  }

  
  @JsonProperty(required = true, value = "default_message")
  public String getDefaultMessage() {
    return defaultMessage;
  }

  @JsonProperty(required = true, value = "default_message")
  public void setDefaultMessage(String defaultMessage) {
    this.defaultMessage = defaultMessage;
  }

  /**
   **/
  public VapiStdLocalizableMessage args(List<String> args) {
    this.args = args;
    return this;
  }

  
  @JsonProperty(required = true, value = "args")
  public List<String> getArgs() {
    return args;
  }

  @JsonProperty(required = true, value = "args")
  public void setArgs(List<String> args) {
    this.args = args;
  }

  public VapiStdLocalizableMessage addArgsItem(String argsItem) {
    if (this.args == null) {
      this.args = new ArrayList<>();
    }

    this.args.add(argsItem);
    return this;
  }

  public VapiStdLocalizableMessage removeArgsItem(String argsItem) {
    if (argsItem != null && this.args != null) {
      this.args.remove(argsItem);
    }

    return this;
  }
  /**
   **/
  public VapiStdLocalizableMessage params(Map<String, VapiStdLocalizationParam> params) {
    this.params = params;
    return this;
  }

  
  @JsonProperty("params")
  public Map<String, VapiStdLocalizationParam> getParams() {
    return params;
  }

  @JsonProperty("params")
  public void setParams(Map<String, VapiStdLocalizationParam> params) {
    this.params = params;
  }

  public VapiStdLocalizableMessage putParamsItem(String key, VapiStdLocalizationParam paramsItem) {
    if (this.params == null) {
      this.params = new HashMap<>();
    }

    this.params.put(key, paramsItem);
    return this;
  }

  public VapiStdLocalizableMessage removeParamsItem(String key) {
    if (this.params != null) {
      this.params.remove(key);
    }

    return this;
  }
  /**
   **/
  public VapiStdLocalizableMessage localized(String localized) {
    this.localized = localized;
    return this;
  }

  
  @JsonProperty("localized")
  public String getLocalized() {
    return localized;
  }

  @JsonProperty("localized")
  public void setLocalized(String localized) {
    this.localized = localized;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    VapiStdLocalizableMessage vapiStdLocalizableMessage = (VapiStdLocalizableMessage) o;
    return Objects.equals(this.id, vapiStdLocalizableMessage.id) &&
        Objects.equals(this.defaultMessage, vapiStdLocalizableMessage.defaultMessage) &&
        Objects.equals(this.args, vapiStdLocalizableMessage.args) &&
        Objects.equals(this.params, vapiStdLocalizableMessage.params) &&
        Objects.equals(this.localized, vapiStdLocalizableMessage.localized);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, defaultMessage, args, params, localized);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class VapiStdLocalizableMessage {\n");
    
    sb.append("    id: ").append(toIndentedString(id)).append("\n");
    sb.append("    defaultMessage: ").append(toIndentedString(defaultMessage)).append("\n");
    sb.append("    args: ").append(toIndentedString(args)).append("\n");
    sb.append("    params: ").append(toIndentedString(params)).append("\n");
    sb.append("    localized: ").append(toIndentedString(localized)).append("\n");
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
