package io.vcgate.soap;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.namespace.QName;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.xml.ws.BindingProvider;

import org.apache.cxf.endpoint.Client;
import org.apache.cxf.endpoint.ClientCallback;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.message.Message;
import org.apache.cxf.service.model.BindingOperationInfo;

import io.quarkiverse.cxf.annotation.CXFClient;
import io.smallrye.mutiny.Uni;
import io.vcgate.vim25.GuestAuthentication;
import io.vcgate.vim25.ManagedObjectReference;
import io.vcgate.vim25.PropertyFilterSpec;
import io.vcgate.vim25.RetrieveOptions;
import io.vcgate.vim25.RetrieveResult;
import io.vcgate.vim25.ServiceContent;
import io.vcgate.vim25.VimPortType;

/**
 * The vim25 operations vcgate uses, one typed method each, run asynchronously as a {@link Uni}: the
 * Vert.x conduit sends the request and calls back when the answer is in, so no thread waits for vCenter
 * (a synchronous call on the event loop is refused by the conduit anyway).
 *
 * <p>Sessions are per caller, but the injected client is one, and a JAX-WS request context (shared, or
 * thread-local) cannot say which caller a call belongs to once CXF hands the call to another thread.
 * So each call goes through CXF's {@link Client} with its own invocation context: a copy of the
 * client's configured request context plus that call's {@code Cookie} header. The client keeps no
 * cookie jar ({@code jakarta.xml.ws.session.maintain} is false), so a call carries exactly the cookie
 * it was given, never another caller's.
 */
@ApplicationScoped
public class VimClient {

    private static final String NS = "urn:vim25";

    /** A Login's answer: the {@code vmware_soap_session} cookie to send on the session's calls. */
    record Login(String cookie) {
    }

    @Inject
    @CXFClient("vim")
    VimPortType port;

    private Client client;
    private BindingOperationInfo retrieveServiceContent;
    private BindingOperationInfo login;
    private BindingOperationInfo logout;
    private BindingOperationInfo abortCustomization;
    private BindingOperationInfo retrievePropertiesEx;

    @PostConstruct
    void init() {
        Map<String, Object> shared = ((BindingProvider) port).getRequestContext();
        shared.put(BindingProvider.SESSION_MAINTAIN_PROPERTY, Boolean.FALSE);
        // vCenter adds elements and types with every release: ignore what the vim25 subset does not declare
        // instead of failing the whole answer (CXF's JAXB binding rejects unknown elements by default)
        shared.put("set-jaxb-validation-event-handler", Boolean.FALSE);
        client = ClientProxy.getClient(port);
        retrieveServiceContent = operation("RetrieveServiceContent");
        login = operation("Login");
        logout = operation("Logout");
        abortCustomization = operation("AbortCustomization_Task");
        retrievePropertiesEx = operation("RetrievePropertiesEx");
    }

    /** ServiceInstance.RetrieveServiceContent: needs no session. */
    Uni<ServiceContent> retrieveServiceContent() {
        ManagedObjectReference serviceInstance = new ManagedObjectReference();
        serviceInstance.setType("ServiceInstance");
        serviceInstance.setValue("ServiceInstance");
        return invoke(null, retrieveServiceContent, serviceInstance).map(answer -> (ServiceContent) answer.value());
    }

    /** SessionManager.Login; the answer's {@code Set-Cookie} is the session. */
    Uni<Login> login(ManagedObjectReference sessionManager, String userName, String password) {
        return invoke(null, login, sessionManager, userName, password, null).map(answer -> new Login(sessionCookie(answer.context())));
    }

    /** SessionManager.Logout of the session the cookie names. */
    Uni<Void> logout(String cookie, ManagedObjectReference sessionManager) {
        return invoke(cookie, logout, sessionManager).replaceWithVoid();
    }

    /** VirtualMachineGuestCustomizationManager.AbortCustomization_Task: the Task it started. */
    Uni<ManagedObjectReference> abortCustomizationTask(String cookie, ManagedObjectReference manager, ManagedObjectReference vm,
            GuestAuthentication auth) {
        return invoke(cookie, abortCustomization, manager, vm, auth).map(answer -> (ManagedObjectReference) answer.value());
    }

    /** PropertyCollector.RetrievePropertiesEx. */
    Uni<RetrieveResult> retrievePropertiesEx(String cookie, ManagedObjectReference collector, List<PropertyFilterSpec> specs,
            RetrieveOptions options) {
        return invoke(cookie, retrievePropertiesEx, collector, specs, options).map(answer -> (RetrieveResult) answer.value());
    }

    /** What an operation answered: its return value (null for void) and the response context. */
    private record Answer(Object value, Map<String, Object> context) {
    }

    private Uni<Answer> invoke(String cookie, BindingOperationInfo operation, Object... args) {
        return Uni.createFrom().emitter(emitter -> {
            Map<String, Object> request = new HashMap<>(client.getRequestContext());
            Map<String, List<String>> headers = new HashMap<>();
            if (cookie != null) {
                headers.put("Cookie", List.of(cookie));
            }
            request.put(Message.PROTOCOL_HEADERS, headers);
            Map<String, Object> invocation = new HashMap<>();
            invocation.put(Client.REQUEST_CONTEXT, request);
            invocation.put(Client.RESPONSE_CONTEXT, new HashMap<String, Object>());
            try {
                client.invoke(new ClientCallback() {
                    @Override
                    public void handleResponse(Map<String, Object> context, Object[] result) {
                        emitter.complete(new Answer(result == null || result.length == 0 ? null : result[0], context));
                    }

                    @Override
                    public void handleException(Map<String, Object> context, Throwable failure) {
                        emitter.fail(VimFaults.map(failure));
                    }
                }, operation, args, invocation);
            } catch (Exception e) {
                emitter.fail(VimFaults.map(e));
            }
        });
    }

    private BindingOperationInfo operation(String name) {
        BindingOperationInfo info = client.getEndpoint().getBinding().getBindingInfo().getOperation(new QName(NS, name));
        if (info == null) {
            throw new IllegalStateException("the vim25 subset has no operation " + name);
        }
        return info.isUnwrappedCapable() ? info.getUnwrappedOperation() : info;
    }

    /** The vmware_soap_session cookie a Login answered with, as a Cookie header value; null when none. */
    @SuppressWarnings("unchecked")
    static String sessionCookie(Map<String, Object> context) {
        Object headers = context == null ? null : context.get(Message.PROTOCOL_HEADERS);
        if (!(headers instanceof Map<?, ?> map)) {
            return null;
        }
        for (Map.Entry<?, ?> header : map.entrySet()) {
            if (!"set-cookie".equalsIgnoreCase(String.valueOf(header.getKey()))) {
                continue;
            }
            for (Object line : (List<Object>) header.getValue()) {
                String cookie = String.valueOf(line);
                int end = cookie.indexOf(';');
                String pair = (end < 0 ? cookie : cookie.substring(0, end)).trim();
                if (pair.startsWith("vmware_soap_session=")) {
                    return pair;
                }
            }
        }
        return null;
    }
}
