package io.vcgate.vim25;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlSeeAlso;
import jakarta.xml.bind.annotation.XmlType;


/**
 * <p>Java class for RuntimeFault complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="RuntimeFault">
 *   <complexContent>
 *     <extension base="{urn:vim25}MethodFault">
 *       <sequence>
 *       </sequence>
 *     </extension>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "RuntimeFault", namespace = "urn:vim25")
@XmlSeeAlso({
    HostCommunication.class,
    InvalidArgument.class,
    ManagedObjectNotFound.class,
    InvalidRequest.class,
    NotEnoughLicenses.class,
    NotImplemented.class,
    NotSupported.class,
    RequestCanceled.class,
    SystemError.class,
    UnexpectedFault.class,
    SecurityError.class
})
public class RuntimeFault
    extends MethodFault
{


}
