package io.vcgate.vim25;

import java.util.ArrayList;
import java.util.List;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;


/**
 * <p>Java class for ArrayOfHostEventArgument complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="ArrayOfHostEventArgument">
 *   <complexContent>
 *     <restriction base="{http://www.w3.org/2001/XMLSchema}anyType">
 *       <sequence>
 *         <element name="HostEventArgument" type="{urn:vim25}HostEventArgument" maxOccurs="unbounded" minOccurs="0"/>
 *       </sequence>
 *     </restriction>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ArrayOfHostEventArgument", propOrder = {
    "hostEventArgument"
}, namespace = "urn:vim25")
public class ArrayOfHostEventArgument {

    @XmlElement(name = "HostEventArgument")
    protected List<HostEventArgument> hostEventArgument;

    /**
     * Gets the value of the hostEventArgument property.
     * 
     * <p>This accessor method returns a reference to the live list,
     * not a snapshot. Therefore, any modification you make to the
     * returned list will be present inside the Jakarta XML Binding object.
     * This is why there is not a {@code set} method for the hostEventArgument property.</p>
     * 
     * <p>
     * For example, to add a new item, do as follows:
     * </p>
     * <pre>
     * getHostEventArgument().add(newItem);
     * </pre>
     * 
     * 
     * <p>
     * Objects of the following type(s) are allowed in the list
     * {@link HostEventArgument }
     * </p>
     * 
     * 
     * @return
     *     The value of the hostEventArgument property.
     */
    public List<HostEventArgument> getHostEventArgument() {
        if (hostEventArgument == null) {
            hostEventArgument = new ArrayList<>();
        }
        return this.hostEventArgument;
    }

}
