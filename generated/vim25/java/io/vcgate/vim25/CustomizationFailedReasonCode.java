package io.vcgate.vim25;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlType;


/**
 * 
 * 
 * <p>Java class for CustomizationFailedReasonCode</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * <pre>{@code
 * <simpleType name="CustomizationFailedReasonCode">
 *   <restriction base="{http://www.w3.org/2001/XMLSchema}string">
 *     <enumeration value="userDefinedScriptDisabled"/>
 *     <enumeration value="customizationDisabled"/>
 *     <enumeration value="rawDataIsNotSupported"/>
 *     <enumeration value="wrongMetadataFormat"/>
 *   </restriction>
 * </simpleType>
 * }</pre>
 * 
 */
@XmlType(name = "CustomizationFailedReasonCode", namespace = "urn:vim25")
@XmlEnum
public enum CustomizationFailedReasonCode {

    @XmlEnumValue("userDefinedScriptDisabled")
    USER_DEFINED_SCRIPT_DISABLED("userDefinedScriptDisabled"),
    @XmlEnumValue("customizationDisabled")
    CUSTOMIZATION_DISABLED("customizationDisabled"),
    @XmlEnumValue("rawDataIsNotSupported")
    RAW_DATA_IS_NOT_SUPPORTED("rawDataIsNotSupported"),
    @XmlEnumValue("wrongMetadataFormat")
    WRONG_METADATA_FORMAT("wrongMetadataFormat");
    private final String value;

    CustomizationFailedReasonCode(String v) {
        value = v;
    }

    /**
     * Gets the value associated to the enum constant.
     * 
     * @return
     *     The value linked to the enum.
     */
    public String value() {
        return value;
    }

    /**
     * Gets the enum associated to the value passed as parameter.
     * 
     * @param v
     *     The value to get the enum from.
     * @return
     *     The enum which corresponds to the value, if it exists.
     * @throws IllegalArgumentException
     *     If no value matches in the enum declaration.
     */
    public static CustomizationFailedReasonCode fromValue(String v) {
        for (CustomizationFailedReasonCode c: CustomizationFailedReasonCode.values()) {
            if (c.value.equals(v)) {
                return c;
            }
        }
        throw new IllegalArgumentException(v);
    }

}
