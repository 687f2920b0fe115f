package io.vcgate.simulator;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.ws.RequestWrapper;
import jakarta.xml.ws.ResponseWrapper;
import jakarta.xml.ws.WebFault;

import io.vcgate.vim25.MethodFault;
import io.vcgate.vim25.ObjectFactory;
import io.vcgate.vim25.VimPortType;

/**
 * SOAP 1.1 envelopes of vim25, driven by the generated {@link VimPortType}'s own JAX-WS annotations: the
 * request element names the operation ({@code @RequestWrapper}), JAXB reads it into the operation's
 * request type, the result goes back as {@code returnval} in the {@code @ResponseWrapper} element, and a
 * declared fault ({@code *FaultMsg}) as a SOAP fault whose detail element is the {@code @WebFault} name
 * with the fault's xsi:type, as vCenter sends. The JAXB context takes a while to build: {@link #prepare()}
 * builds it ahead of the first request.
 */
final class SoapMessages {

    static final String ENVELOPE_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final String VIM_NS = "urn:vim25";

    /** One operation of vim25: its name (the request element) and the types of its request and response elements. */
    record Operation(String name, Class<?> request, Class<?> response) {
    }

    /** A request: its operation, and its body read into the operation's request type. */
    record Request(Operation operation, Object body) {
    }

    /** The answer to one SOAP request: HTTP status and the envelope. */
    record Answer(int status, byte[] envelope) {
    }

    /** A request that is not a vim25 call the simulator knows: answered as a ClientFaultCode fault. */
    static final class ClientFault extends Exception {
        ClientFault(String message) {
            super(message, null, false, false);
        }
    }

    /** Built once, by {@link #prepare()} or the first request, whichever comes first. */
    private static final class Jaxb {
        static final JAXBContext CONTEXT = context();

        private static JAXBContext context() {
            try {
                return JAXBContext.newInstance(ObjectFactory.class);
            } catch (JAXBException e) {
                throw new IllegalStateException("the vim25 JAXB context cannot be built", e);
            }
        }
    }

    private final Map<String, Operation> operations = new HashMap<>();
    private final XMLInputFactory input = XMLInputFactory.newFactory();
    private final XMLOutputFactory output = XMLOutputFactory.newFactory();

    SoapMessages() {
        input.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        input.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        for (Method method : VimPortType.class.getMethods()) {
            RequestWrapper request = method.getAnnotation(RequestWrapper.class);
            ResponseWrapper response = method.getAnnotation(ResponseWrapper.class);
            if (request != null && response != null) {
                operations.put(request.localName(),
                        new Operation(request.localName(), load(request.className()), load(response.className())));
            }
        }
    }

    /** Builds the JAXB context now (it blocks: not on an event loop), so the first SOAP call does not wait for it. */
    static void prepare() {
        Objects.requireNonNull(Jaxb.CONTEXT); // reading the holder's field builds it
    }

    /** The vim25 operation named {@code name}, or null. */
    Operation operation(String name) {
        return operations.get(name);
    }

    /** The request in {@code body}. */
    Request read(byte[] body) throws ClientFault {
        try {
            XMLStreamReader reader = input.createXMLStreamReader(new ByteArrayInputStream(body));
            String name = toBodyChild(reader);
            Operation operation = name == null ? null : operations.get(name);
            if (operation == null) {
                throw unknown(name);
            }
            return new Request(operation, Jaxb.CONTEXT.createUnmarshaller().unmarshal(reader, operation.request()).getValue());
        } catch (XMLStreamException | JAXBException e) {
            throw new ClientFault("The request is not a SOAP envelope vcgate's simulator can read");
        }
    }

    /** The fault for an operation vim25 or the simulator does not have. */
    static ClientFault unknown(String operation) {
        return new ClientFault("Unknown or missing vim25 operation: " + operation);
    }

    /** 200 with {@code returnval} (none when null) in the operation's response element. */
    Answer result(Operation operation, Object returnval) {
        try {
            Object response = operation.response().getDeclaredConstructor().newInstance();
            if (returnval != null) {
                Field field = operation.response().getDeclaredField("returnval");
                field.setAccessible(true);
                field.set(response, returnval);
            }
            return new Answer(200, write(writer -> marshaller().marshal(response, writer)));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 500 with a ClientFaultCode fault. */
    Answer clientFault(ClientFault fault) {
        return fault("ClientFaultCode", fault.getMessage(), null, null);
    }

    /** 500 with a ServerFaultCode fault: a declared one with its detail, anything else as a general system error. */
    Answer serverFault(Throwable e) {
        WebFault declared = e.getClass().getAnnotation(WebFault.class);
        if (declared == null) {
            return fault("ServerFaultCode", "A general system error occurred: " + e, null, null);
        }
        try {
            Method info = e.getClass().getMethod("getFaultInfo");
            return fault("ServerFaultCode", e.getMessage(), new QName(VIM_NS, declared.name()), info.invoke(e));
        } catch (ReflectiveOperationException r) {
            throw new IllegalStateException(r);
        }
    }

    /** Moves the reader to the first element inside the Body; its local name, or null. */
    private static String toBodyChild(XMLStreamReader reader) throws XMLStreamException {
        boolean inBody = false;
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                if (inBody) {
                    return reader.getLocalName();
                }
                inBody = ENVELOPE_NS.equals(reader.getNamespaceURI()) && "Body".equals(reader.getLocalName());
            }
        }
        return null;
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private Answer fault(String code, String message, QName detail, Object faultInfo) {
        byte[] envelope = write(writer -> {
            writer.writeStartElement("soapenv", "Fault", ENVELOPE_NS);
            writer.writeStartElement("faultcode");
            writer.writeCharacters(code);
            writer.writeEndElement();
            writer.writeStartElement("faultstring");
            writer.writeCharacters(message == null ? "" : message);
            writer.writeEndElement();
            if (detail != null && faultInfo != null) {
                writer.writeStartElement("detail");
                // declared as MethodFault, so JAXB writes the fault's own type as xsi:type, as vCenter does
                marshaller().marshal(new JAXBElement(detail, MethodFault.class, faultInfo), writer);
                writer.writeEndElement();
            }
            writer.writeEndElement();
        });
        return new Answer(500, envelope);
    }

    /** A marshaller writing into the envelope being written. */
    private static Marshaller marshaller() throws JAXBException {
        Marshaller marshaller = Jaxb.CONTEXT.createMarshaller();
        marshaller.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.TRUE);
        return marshaller;
    }

    private interface BodyWriter {
        void write(XMLStreamWriter writer) throws XMLStreamException, JAXBException;
    }

    private byte[] write(BodyWriter body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try {
            XMLStreamWriter writer = output.createXMLStreamWriter(out, "UTF-8");
            writer.writeStartDocument("UTF-8", "1.0");
            writer.writeStartElement("soapenv", "Envelope", ENVELOPE_NS);
            writer.writeNamespace("soapenv", ENVELOPE_NS);
            writer.writeNamespace("xsd", "http://www.w3.org/2001/XMLSchema");
            writer.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            writer.writeStartElement("soapenv", "Body", ENVELOPE_NS);
            body.write(writer);
            writer.writeEndElement();
            writer.writeEndElement();
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException | JAXBException e) {
            throw new IllegalStateException("the simulator could not write its SOAP answer", e);
        }
        return out.toByteArray();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, VimPortType.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
