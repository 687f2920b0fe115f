package io.vcgate.vcrest.model;


import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Gets or Sets VcenterVmGuestCustomizationLiveInfoStatus
 */
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public enum VcenterVmGuestCustomizationLiveInfoStatus {
  
  NOT_AVAILABLE("NOT_AVAILABLE"),
  
  RUNNING("RUNNING"),
  
  SUCCEEDED("SUCCEEDED"),
  
  FAILED("FAILED");

  private String value;

  VcenterVmGuestCustomizationLiveInfoStatus(String value) {
    this.value = value;
  }

    /**
     * Convert a String into String, as specified in the
     * <a href="https://download.oracle.com/otndocs/jcp/jaxrs-2_0-fr-eval-spec/index.html">See JAX RS 2.0 Specification, section 3.2, p. 12</a>
     */
    public static VcenterVmGuestCustomizationLiveInfoStatus fromString(String s) {
      for (VcenterVmGuestCustomizationLiveInfoStatus b : VcenterVmGuestCustomizationLiveInfoStatus.values()) {
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
  public static VcenterVmGuestCustomizationLiveInfoStatus fromValue(String value) {
    for (VcenterVmGuestCustomizationLiveInfoStatus b : VcenterVmGuestCustomizationLiveInfoStatus.values()) {
      if (b.value.equals(value)) {
        return b;
      }
    }
    throw new IllegalArgumentException("Unexpected value '" + value + "'");
  }
}


