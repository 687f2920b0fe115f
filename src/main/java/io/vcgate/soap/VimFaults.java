package io.vcgate.soap;

import java.util.Iterator;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.xml.soap.Detail;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.soap.SOAPFaultException;

import org.apache.cxf.transport.http.HTTPException;
import org.w3c.dom.Element;

import io.vcgate.core.BackendFailure;
import io.vcgate.core.FaultCategory;
import io.vcgate.core.MoRef;
import io.vcgate.core.VimFaultFields;
import io.vcgate.core.TransportFailures;
import io.vcgate.vim25.LocalizedMethodFault;
import io.vcgate.vim25.MethodFault;

/**
 * Turns whatever a vim25 call failed with into a {@link BackendFailure}, by the vSphere fault type name:
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
 * thrown or reported in a Task. Transport failures are read by {@link TransportFailures} and keep their
 * cause, but their messages never carry a cookie: CXF's messages name only the URL.
 */
final class VimFaults {

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final Pattern HTTP_STATUS = Pattern.compile("HTTP response '(\\d{3})");

    private VimFaults() {
    }

    static BackendFailure map(Throwable failure) {
        Throwable t = unwrap(failure);
        if (t instanceof BackendFailure known) {
            return known;
        }
        MethodFault info = faultInfo(t);
        if (info != null) {
            return BackendFailure.vim(info.getClass().getSimpleName(), message(t.getMessage(), info), fields(info));
        }
        if (t instanceof SOAPFaultException soap) {
            return fromSoapFault(soap.getFault());
        }
        if (t instanceof org.apache.cxf.binding.soap.SoapFault soap) {
            return fromDetail(soap.getDetail(), soap.getMessage());
        }
        return transport(t);
    }

    static BackendFailure fromTaskError(LocalizedMethodFault error) {
        // a fault type the subset does not declare reaches us as the declared base (MethodFault here,
        // RuntimeFault in a thrown RuntimeFaultFault): name it as the thrown path does
        MethodFault fault = error.getFault();
        String name = fault == null || fault.getClass() == MethodFault.class ? "RuntimeFault" : fault.getClass().getSimpleName();
        return BackendFailure.vim(name, error.getLocalizedMessage() == null ? name : error.getLocalizedMessage(),
                fault == null ? VimFaultFields.NONE : fields(fault));
    }

    /** The fault's own fields that vcgate reads (see {@link VimFaultFields}); the rest are left out. */
    static VimFaultFields fields(MethodFault info) {
        if (info instanceof io.vcgate.vim25.TaskInProgress busy) {
            return new VimFaultFields(moref(busy.getTask()), null, null, null, null, null);
        } else if (info instanceof io.vcgate.vim25.InvalidPowerState power) {
            return new VimFaultFields(null, power.getRequestedState() == null ? null : power.getRequestedState().value(),
                    power.getExistingState() == null ? null : power.getExistingState().value(), null, null, null);
        } else if (info instanceof io.vcgate.vim25.ManagedObjectNotFound missing) {
            return new VimFaultFields(null, null, null, moref(missing.getObj()), null, null);
        } else if (info instanceof io.vcgate.vim25.NoPermission refused) {
            return new VimFaultFields(null, null, null, moref(refused.getObject()), refused.getPrivilegeId(), null);
        } else if (info instanceof io.vcgate.vim25.InvalidArgument invalid) {
            return new VimFaultFields(null, null, null, null, null, invalid.getInvalidProperty());
        } else if (info instanceof io.vcgate.vim25.InvalidProperty invalid) {
            return new VimFaultFields(null, null, null, null, null, invalid.getName());
        }
        return VimFaultFields.NONE;
    }

    private static MoRef moref(io.vcgate.vim25.ManagedObjectReference ref) {
        return ref == null || ref.getValue() == null ? null : new MoRef(ref.getType(), ref.getValue());
    }

    private static BackendFailure fromDetail(Element detail, String text) {
        if (detail != null) {
            for (org.w3c.dom.Node n = detail.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element entry) {
                    return BackendFailure.vim(faultType(entry), text);
                }
            }
        }
        return systemError(text);
    }

    private static BackendFailure fromSoapFault(SOAPFault fault) {
        String text = fault.getFaultString();
        Detail detail = fault.getDetail();
        if (detail != null) {
            Iterator<?> entries = detail.getDetailEntries();
            if (entries.hasNext() && entries.next() instanceof Element entry) {
                return BackendFailure.vim(faultType(entry), text);
            }
        }
        return systemError(text);
    }

    /** A SOAP fault with no vim25 detail: vCenter's ServerFaultCode for an internal error. */
    private static BackendFailure systemError(String text) {
        return new BackendFailure(FaultCategory.BAD_GATEWAY, "SystemError", BackendFailure.Origin.ANSWER, text, null);
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

    private static BackendFailure transport(Throwable t) {
        TransportFailures.Kind kind = TransportFailures.classify(t);
        Integer status = kind == TransportFailures.Kind.BROKEN ? httpStatus(t) : null;
        if (status != null) {
            FaultCategory category = status == 503 || status == 429 ? FaultCategory.UNAVAILABLE
                    : status == 504 ? FaultCategory.TIMEOUT : FaultCategory.BAD_GATEWAY;
            return BackendFailure.transport(category, BackendFailure.Origin.SENT,
                    "vCenter SOAP endpoint answered HTTP " + status + " without a SOAP fault", t);
        }
        String message = switch (kind) {
            case NOT_CONNECTED -> "vCenter SOAP endpoint cannot be reached";
            case TIMED_OUT -> "vCenter SOAP endpoint did not answer in time";
            case BROKEN -> "vCenter SOAP endpoint gave an answer vcgate cannot read";
            case CERTIFICATE_UNTRUSTED, CERTIFICATE_NAME_MISMATCH, TLS_HANDSHAKE_FAILED -> "TLS handshake with the vCenter SOAP endpoint failed";
        };
        return BackendFailure.transport(TransportFailures.category(kind), TransportFailures.origin(kind), message, t);
    }

    /** The HTTP status of an answer that was no SOAP message (an error page), where CXF kept it. */
    private static Integer httpStatus(Throwable t) {
        return TransportFailures.find(t, HTTPException.class).map(HTTPException::getResponseCode)
                .or(() -> TransportFailures.find(t, WebServiceException.class).map(WebServiceException::getMessage).map(m -> {
                    Matcher match = m == null ? null : HTTP_STATUS.matcher(m);
                    return match != null && match.find() ? Integer.valueOf(match.group(1)) : null;
                }))
                .orElse(null);
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

    /** vCenter's message, and for TaskInProgress the Task in progress, which the caller may want to follow. */
    private static String message(String message, MethodFault info) {
        String text = message == null || message.isBlank() ? info.getClass().getSimpleName() : message;
        if (info instanceof io.vcgate.vim25.TaskInProgress busy && busy.getTask() != null && busy.getTask().getValue() != null) {
            return text + " (the task in progress: " + busy.getTask().getValue() + ")";
        }
        return text;
    }

    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while ((current instanceof ExecutionException || current instanceof CompletionException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
