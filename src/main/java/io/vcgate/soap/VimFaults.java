package io.vcgate.soap;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;

import jakarta.xml.soap.Detail;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.soap.SOAPFaultException;

import org.w3c.dom.Element;

import io.vcgate.core.FaultCategory;
import io.vcgate.core.VsphereFault;
import io.vcgate.vim25.LocalizedMethodFault;
import io.vcgate.vim25.MethodFault;

/**
 * Turns whatever a vim25 call failed with into a {@link VsphereFault}, by the vSphere fault type name:
 * <ul>
 * <li>a declared fault ({@code InvalidStateFaultMsg} ...): the JAXB class of its fault info, which is
 * the xsi:type vCenter sent (InvalidPowerState inside an InvalidStateFault);</li>
 * <li>an undeclared one ({@code SOAPFaultException}, e.g. NotAuthenticated on an operation that only
 * declares RuntimeFault): the detail element's {@code xsi:type}, whatever its namespace prefix, else
 * the element's name without its {@code Fault} suffix;</li>
 * <li>a Task's {@code LocalizedMethodFault}: the JAXB class of its {@code fault}.</li>
 * <li>a type the subset does not declare, inside a declared element or a Task's error: JAXB gives the
 * declared base class, so both are named {@code RuntimeFault} (a 502 either way).</li>
 * </ul>
 * All three go through {@link FaultCategory#ofVimFault(String)}, so a fault maps the same way whether
 * thrown or reported in a Task. Transport failures keep their cause (retry decisions look at it) but
 * their messages never carry a cookie: CXF's messages name only the URL.
 */
final class VimFaults {

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private VimFaults() {
    }

    static VsphereFault map(Throwable failure) {
        Throwable t = unwrap(failure);
        if (t instanceof VsphereFault fault) {
            return fault;
        }
        MethodFault info = faultInfo(t);
        if (info != null) {
            return VsphereFault.vim(info.getClass().getSimpleName(), message(t.getMessage(), info));
        }
        if (t instanceof SOAPFaultException soap) {
            return fromSoapFault(soap.getFault());
        }
        if (t instanceof org.apache.cxf.binding.soap.SoapFault soap) {
            return fromDetail(soap.getDetail(), soap.getMessage());
        }
        return transport(t);
    }

    static VsphereFault fromTaskError(LocalizedMethodFault error) {
        // a fault type the subset does not declare reaches us as the declared base (MethodFault here,
        // RuntimeFault in a thrown RuntimeFaultFault): name it as the thrown path does
        MethodFault fault = error.getFault();
        String name = fault == null || fault.getClass() == MethodFault.class ? "RuntimeFault" : fault.getClass().getSimpleName();
        return VsphereFault.vim(name, error.getLocalizedMessage() == null ? name : error.getLocalizedMessage());
    }

    private static VsphereFault fromDetail(Element detail, String text) {
        if (detail != null) {
            for (org.w3c.dom.Node n = detail.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element entry) {
                    return VsphereFault.vim(faultType(entry), text);
                }
            }
        }
        return new VsphereFault(FaultCategory.BAD_GATEWAY, "SystemError", text);
    }

    private static VsphereFault fromSoapFault(SOAPFault fault) {
        String text = fault.getFaultString();
        Detail detail = fault.getDetail();
        if (detail != null) {
            Iterator<?> entries = detail.getDetailEntries();
            if (entries.hasNext() && entries.next() instanceof Element entry) {
                return VsphereFault.vim(faultType(entry), text);
            }
        }
        // a SOAP fault with no vim25 detail: vCenter's ServerFaultCode for an internal error
        return new VsphereFault(FaultCategory.BAD_GATEWAY, "SystemError", text);
    }

    /** The fault type of a detail element: its xsi:type's local part, or its name less "Fault". */
    static String faultType(Element entry) {
        String type = entry.getAttributeNS(XSI, "type");
        if (type != null && !type.isBlank()) {
            return type.substring(type.indexOf(':') + 1);
        }
        String name = entry.getLocalName() == null ? entry.getNodeName() : entry.getLocalName();
        name = name.substring(name.indexOf(':') + 1);
        return name.endsWith("Fault") && name.length() > 5 ? name.substring(0, name.length() - 5) : name;
    }

    private static VsphereFault transport(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof ConnectException || c.getClass().getName().endsWith("ConnectTimeoutException")) {
                return new VsphereFault(FaultCategory.UNAVAILABLE, null, "vCenter SOAP endpoint cannot be reached", t);
            }
            if (c instanceof SocketTimeoutException || c.getClass().getSimpleName().contains("Timeout")) {
                return new VsphereFault(FaultCategory.TIMEOUT, null, "vCenter SOAP endpoint did not answer in time", t);
            }
            Integer status = httpStatus(c);
            if (status != null) {
                FaultCategory category = status == 503 || status == 429 ? FaultCategory.UNAVAILABLE
                        : status == 504 ? FaultCategory.TIMEOUT : FaultCategory.BAD_GATEWAY;
                return new VsphereFault(category, null, "vCenter SOAP endpoint answered HTTP " + status + " without a SOAP fault", t);
            }
        }
        return new VsphereFault(FaultCategory.BAD_GATEWAY, null, "vCenter SOAP endpoint gave an answer vcgate cannot read", t);
    }

    private static Integer httpStatus(Throwable c) {
        if (c instanceof org.apache.cxf.transport.http.HTTPException http) {
            return http.getResponseCode();
        }
        String m = c.getMessage();
        if (c instanceof WebServiceException && m != null) {
            java.util.regex.Matcher match = java.util.regex.Pattern.compile("HTTP response '(\\d{3})").matcher(m);
            if (match.find()) {
                return Integer.valueOf(match.group(1));
            }
        }
        return null;
    }

    private static MethodFault faultInfo(Throwable t) {
        if (t instanceof io.vcgate.vim25.RuntimeFaultFaultMsg e) {
            return e.getFaultInfo();
        } else if (t instanceof io.vcgate.vim25.InvalidStateFaultMsg e) {
            return e.getFaultInfo();
        } else if (t instanceof io.vcgate.vim25.TaskInProgressFaultMsg e) {
            return e.getFaultInfo();
        } else if (t instanceof io.vcgate.vim25.InvalidGuestLoginFaultMsg e) {
            return e.getFaultInfo();
        } else if (t instanceof io.vcgate.vim25.GuestPermissionDeniedFaultMsg e) {
            return e.getFaultInfo();
        } else if (t instanceof io.vcgate.vim25.CustomizationFaultFaultMsg e) {
            return e.getFaultInfo();
        } else if (t instanceof io.vcgate.vim25.InvalidLoginFaultMsg e) {
            return e.getFaultInfo();
        } else if (t instanceof io.vcgate.vim25.InvalidLocaleFaultMsg e) {
            return e.getFaultInfo();
        } else if (t instanceof io.vcgate.vim25.InvalidPropertyFaultMsg e) {
            return e.getFaultInfo();
        }
        return null;
    }

    private static String message(String message, MethodFault info) {
        return message == null || message.isBlank() ? info.getClass().getSimpleName() : message;
    }

    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while ((current instanceof ExecutionException || current instanceof java.util.concurrent.CompletionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

}
