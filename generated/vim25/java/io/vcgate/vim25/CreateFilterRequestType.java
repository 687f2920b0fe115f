package io.vcgate.vim25;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;


/**
 * <p>Java class for CreateFilterRequestType complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="CreateFilterRequestType">
 *   <complexContent>
 *     <restriction base="{http://www.w3.org/2001/XMLSchema}anyType">
 *       <sequence>
 *         <element name="_this" type="{urn:vim25}ManagedObjectReference"/>
 *         <element name="spec" type="{urn:vim25}PropertyFilterSpec"/>
 *         <element name="partialUpdates" type="{http://www.w3.org/2001/XMLSchema}boolean"/>
 *       </sequence>
 *     </restriction>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "CreateFilterRequestType", propOrder = {
    "_this",
    "spec",
    "partialUpdates"
}, namespace = "urn:vim25")
public class CreateFilterRequestType {

    @XmlElement(required = true)
    protected ManagedObjectReference _this;
    @XmlElement(required = true)
    protected PropertyFilterSpec spec;
    protected boolean partialUpdates;

    /**
     * Gets the value of the this property.
     * 
     * @return
     *     possible object is
     *     {@link ManagedObjectReference }
     *     
     */
    public ManagedObjectReference getThis() {
        return _this;
    }

    /**
     * Sets the value of the this property.
     * 
     * @param value
     *     allowed object is
     *     {@link ManagedObjectReference }
     *     
     */
    public void setThis(ManagedObjectReference value) {
        this._this = value;
    }

    /**
     * Gets the value of the spec property.
     * 
     * @return
     *     possible object is
     *     {@link PropertyFilterSpec }
     *     
     */
    public PropertyFilterSpec getSpec() {
        return spec;
    }

    /**
     * Sets the value of the spec property.
     * 
     * @param value
     *     allowed object is
     *     {@link PropertyFilterSpec }
     *     
     */
    public void setSpec(PropertyFilterSpec value) {
        this.spec = value;
    }

    /**
     * Gets the value of the partialUpdates property.
     * 
     */
    public boolean isPartialUpdates() {
        return partialUpdates;
    }

    /**
     * Sets the value of the partialUpdates property.
     * 
     */
    public void setPartialUpdates(boolean value) {
        this.partialUpdates = value;
    }

}
