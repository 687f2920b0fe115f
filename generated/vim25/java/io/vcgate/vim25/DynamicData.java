package io.vcgate.vim25;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlSeeAlso;
import jakarta.xml.bind.annotation.XmlType;


/**
 * <p>Java class for DynamicData complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="DynamicData">
 *   <complexContent>
 *     <restriction base="{http://www.w3.org/2001/XMLSchema}anyType">
 *       <sequence>
 *       </sequence>
 *     </restriction>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "DynamicData", namespace = "urn:vim25")
@XmlSeeAlso({
    UpdateSet.class,
    RetrieveResult.class,
    ServiceContent.class,
    UserSession.class,
    KeyAnyValue.class,
    LocalizableMessage.class,
    LocalizedMethodFault.class,
    PropertyFilterSpec.class,
    PropertySpec.class,
    ObjectSpec.class,
    SelectionSpec.class,
    ObjectContent.class,
    PropertyFilterUpdate.class,
    ObjectUpdate.class,
    PropertyChange.class,
    MissingProperty.class,
    MissingObject.class,
    WaitOptions.class,
    RetrieveOptions.class,
    AboutInfo.class,
    TaskInfo.class,
    TaskReason.class,
    Event.class,
    EventArgument.class,
    EventFilterSpec.class,
    EventFilterSpecByEntity.class,
    EventFilterSpecByTime.class,
    EventFilterSpecByUsername.class,
    GuestInfoCustomizationInfo.class,
    GuestAuthentication.class
})
public class DynamicData {


}
