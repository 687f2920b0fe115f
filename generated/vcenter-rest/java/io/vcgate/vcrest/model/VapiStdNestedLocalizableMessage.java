package io.vcgate.vcrest.model;

import io.vcgate.vcrest.model.VapiStdLocalizationParam;
import java.util.HashMap;
import java.util.Map;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("VapiStdNestedLocalizableMessage")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class VapiStdNestedLocalizableMessage   {
  private String id;
  private Map<String, VapiStdLocalizationParam> params = new HashMap<>();

  public VapiStdNestedLocalizableMessage() {
  }

  @JsonCreator
  public VapiStdNestedLocalizableMessage(
    @JsonProperty(required = true, value = "id") String id
  ) {
    this.id = id;
  }

  /**
   **/
  public VapiStdNestedLocalizableMessage id(String id) {
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
  public VapiStdNestedLocalizableMessage params(Map<String, VapiStdLocalizationParam> params) {
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

  public VapiStdNestedLocalizableMessage putParamsItem(String key, VapiStdLocalizationParam paramsItem) {
    if (this.params == null) {
      this.params = new HashMap<>();
    }

    this.params.put(key, paramsItem);
    return this;
  }

  public VapiStdNestedLocalizableMessage removeParamsItem(String key) {
    if (this.params != null) {
      this.params.remove(key);
    }

    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    VapiStdNestedLocalizableMessage vapiStdNestedLocalizableMessage = (VapiStdNestedLocalizableMessage) o;
    return Objects.equals(this.id, vapiStdNestedLocalizableMessage.id) &&
        Objects.equals(this.params, vapiStdNestedLocalizableMessage.params);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, params);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class VapiStdNestedLocalizableMessage {\n");
    
    sb.append("    id: ").append(toIndentedString(id)).append("\n");
    sb.append("    params: ").append(toIndentedString(params)).append("\n");
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
