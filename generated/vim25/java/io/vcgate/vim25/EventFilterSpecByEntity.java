package io.vcgate.vim25;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;


/**
 * <p>Java class for EventFilterSpecByEntity complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="EventFilterSpecByEntity">
 *   <complexContent>
 *     <extension base="{urn:vim25}DynamicData">
 *       <sequence>
 *         <element name="entity" type="{urn:vim25}ManagedObjectReference"/>
 *         <element name="recursion" type="{urn:vim25}EventFilterSpecRecursionOption"/>
 *       </sequence>
 *     </extension>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "EventFilterSpecByEntity", propOrder = {
    "entity",
    "recursion"
}, namespace = "urn:vim25")
public class EventFilterSpecByEntity
    extends DynamicData
{

    @XmlElement(required = true)
    protected ManagedObjectReference entity;
    @XmlElement(required = true)
    @XmlSchemaType(name = "string")
    protected EventFilterSpecRecursionOption recursion;

    /**
     * Gets the value of the entity property.
     * 
     * @return
     *     possible object is
     *     {@link ManagedObjectReference }
     *     
     */
    public ManagedObjectReference getEntity() {
        return entity;
    }

    /**
     * Sets the value of the entity property.
     * 
     * @param value
     *     allowed object is
     *     {@link ManagedObjectReference }
     *     
     */
    public void setEntity(ManagedObjectReference value) {
        this.entity = value;
    }

    /**
     * Gets the value of the recursion property.
     * 
     * @return
     *     possible object is
     *     {@link EventFilterSpecRecursionOption }
     *     
     */
    public EventFilterSpecRecursionOption getRecursion() {
        return recursion;
    }

    /**
     * Sets the value of the recursion property.
     * 
     * @param value
     *     allowed object is
     *     {@link EventFilterSpecRecursionOption }
     *     
     */
    public void setRecursion(EventFilterSpecRecursionOption value) {
        this.recursion = value;
    }

}
