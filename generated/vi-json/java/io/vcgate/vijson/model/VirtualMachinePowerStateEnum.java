package io.vcgate.vijson.model;


import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The PowerState type defines a simple set of states for a virtual machine: poweredOn, poweredOff, and suspended.  This type does not model substates, such as when a task is running to change the virtual machine state. If the virtual machine is in a state with a task in progress, it transitions to a new state when the task completes. For example, a virtual machine continues to be in the poweredOn state while a suspend task is running, and changes to the suspended state once the task finishes.  As a consequence of this approach, clients interested in monitoring the status of a virtual machine should typically track the *activeTask* data object in addition to the *powerState* object.  Possible values: - &#x60;poweredOff&#x60;: The virtual machine is currently powered off. - &#x60;poweredOn&#x60;: The virtual machine is currently powered on. - &#x60;suspended&#x60;: The virtual machine is currently suspended. 
 */
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public enum VirtualMachinePowerStateEnum {
  
  POWERED_OFF("poweredOff"),
  
  POWERED_ON("poweredOn"),
  
  SUSPENDED("suspended");

  private String value;

  VirtualMachinePowerStateEnum(String value) {
    this.value = value;
  }

    /**
     * Convert a String into String, as specified in the
     * <a href="https://download.oracle.com/otndocs/jcp/jaxrs-2_0-fr-eval-spec/index.html">See JAX RS 2.0 Specification, section 3.2, p. 12</a>
     */
    public static VirtualMachinePowerStateEnum fromString(String s) {
      for (VirtualMachinePowerStateEnum b : VirtualMachinePowerStateEnum.values()) {
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
  public static VirtualMachinePowerStateEnum fromValue(String value) {
    for (VirtualMachinePowerStateEnum b : VirtualMachinePowerStateEnum.values()) {
      if (b.value.equals(value)) {
        return b;
      }
    }
    throw new IllegalArgumentException("Unexpected value '" + value + "'");
  }
}


