package io.vcgate.vcrest.model;

import io.vcgate.vcrest.model.VapiStdNestedLocalizableMessage;
import java.time.OffsetDateTime;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("VapiStdLocalizationParam")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class VapiStdLocalizationParam   {
  private String s;
  private OffsetDateTime dt;
  private Long i;
  private Double d;
  private VapiStdNestedLocalizableMessage l;
  public enum FormatEnum {

    SHORT_DATE(String.valueOf("SHORT_DATE")), MED_DATE(String.valueOf("MED_DATE")), LONG_DATE(String.valueOf("LONG_DATE")), FULL_DATE(String.valueOf("FULL_DATE")), SHORT_TIME(String.valueOf("SHORT_TIME")), MED_TIME(String.valueOf("MED_TIME")), LONG_TIME(String.valueOf("LONG_TIME")), FULL_TIME(String.valueOf("FULL_TIME")), SHORT_DATE_TIME(String.valueOf("SHORT_DATE_TIME")), MED_DATE_TIME(String.valueOf("MED_DATE_TIME")), LONG_DATE_TIME(String.valueOf("LONG_DATE_TIME")), FULL_DATE_TIME(String.valueOf("FULL_DATE_TIME"));


    private String value;

    FormatEnum (String v) {
        value = v;
    }

    public String value() {
        return value;
    }

    @Override
    @JsonValue
    public String toString() {
        return String.valueOf(value);
    }

    /**
     * Convert a String into String, as specified in the
     * <a href="https://download.oracle.com/otndocs/jcp/jaxrs-2_0-fr-eval-spec/index.html">See JAX RS 2.0 Specification, section 3.2, p. 12</a>
     */
    public static FormatEnum fromString(String s) {
        for (FormatEnum b : FormatEnum.values()) {
            // using Objects.toString() to be safe if value type non-object type
            // because types like 'int' etc. will be auto-boxed
            if (java.util.Objects.toString(b.value).equals(s)) {
                return b;
            }
        }
        throw new IllegalArgumentException("Unexpected string value '" + s + "'");
    }

    @JsonCreator
    public static FormatEnum fromValue(String value) {
        for (FormatEnum b : FormatEnum.values()) {
            if (b.value.equals(value)) {
                return b;
            }
        }
        throw new IllegalArgumentException("Unexpected value '" + value + "'");
    }
}

  private FormatEnum format;
  private Long precision;

  public VapiStdLocalizationParam() {
  }

  /**
   **/
  public VapiStdLocalizationParam s(String s) {
    this.s = s;
    return this;
  }

  
  @JsonProperty("s")
  public String getS() {
    return s;
  }

  @JsonProperty("s")
  public void setS(String s) {
    this.s = s;
  }

  /**
   **/
  public VapiStdLocalizationParam dt(OffsetDateTime dt) {
    this.dt = dt;
    return this;
  }

  
  @JsonProperty("dt")
  public OffsetDateTime getDt() {
    return dt;
  }

  @JsonProperty("dt")
  public void setDt(OffsetDateTime dt) {
    this.dt = dt;
  }

  /**
   **/
  public VapiStdLocalizationParam i(Long i) {
    this.i = i;
    return this;
  }

  
  @JsonProperty("i")
  public Long getI() {
    return i;
  }

  @JsonProperty("i")
  public void setI(Long i) {
    this.i = i;
  }

  /**
   **/
  public VapiStdLocalizationParam d(Double d) {
    this.d = d;
    return this;
  }

  
  @JsonProperty("d")
  public Double getD() {
    return d;
  }

  @JsonProperty("d")
  public void setD(Double d) {
    this.d = d;
  }

  /**
   **/
  public VapiStdLocalizationParam l(VapiStdNestedLocalizableMessage l) {
    this.l = l;
    return this;
  }

  
  @JsonProperty("l")
  public VapiStdNestedLocalizableMessage getL() {
    return l;
  }

  @JsonProperty("l")
  public void setL(VapiStdNestedLocalizableMessage l) {
    this.l = l;
  }

  /**
   **/
  public VapiStdLocalizationParam format(FormatEnum format) {
    this.format = format;
    return this;
  }

  
  @JsonProperty("format")
  public FormatEnum getFormat() {
    return format;
  }

  @JsonProperty("format")
  public void setFormat(FormatEnum format) {
    this.format = format;
  }

  /**
   **/
  public VapiStdLocalizationParam precision(Long precision) {
    this.precision = precision;
    return this;
  }

  
  @JsonProperty("precision")
  public Long getPrecision() {
    return precision;
  }

  @JsonProperty("precision")
  public void setPrecision(Long precision) {
    this.precision = precision;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    VapiStdLocalizationParam vapiStdLocalizationParam = (VapiStdLocalizationParam) o;
    return Objects.equals(this.s, vapiStdLocalizationParam.s) &&
        Objects.equals(this.dt, vapiStdLocalizationParam.dt) &&
        Objects.equals(this.i, vapiStdLocalizationParam.i) &&
        Objects.equals(this.d, vapiStdLocalizationParam.d) &&
        Objects.equals(this.l, vapiStdLocalizationParam.l) &&
        Objects.equals(this.format, vapiStdLocalizationParam.format) &&
        Objects.equals(this.precision, vapiStdLocalizationParam.precision);
  }

  @Override
  public int hashCode() {
    return Objects.hash(s, dt, i, d, l, format, precision);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class VapiStdLocalizationParam {\n");
    
    sb.append("    s: ").append(toIndentedString(s)).append("\n");
    sb.append("    dt: ").append(toIndentedString(dt)).append("\n");
    sb.append("    i: ").append(toIndentedString(i)).append("\n");
    sb.append("    d: ").append(toIndentedString(d)).append("\n");
    sb.append("    l: ").append(toIndentedString(l)).append("\n");
    sb.append("    format: ").append(toIndentedString(format)).append("\n");
    sb.append("    precision: ").append(toIndentedString(precision)).append("\n");
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
