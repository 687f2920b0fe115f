package io.vcgate.vim25;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlSeeAlso;
import jakarta.xml.bind.annotation.XmlType;


/**
 * <p>Java class for VimFault complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="VimFault">
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
@XmlType(name = "VimFault", namespace = "urn:vim25")
@XmlSeeAlso({
    CustomizationFault.class,
    InvalidLocale.class,
    InvalidLogin.class,
    TaskInProgress.class,
    GuestOperationsFault.class,
    InvalidState.class
})
public class VimFault
    extends MethodFault
{


}
