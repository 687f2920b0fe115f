package io.vcgate.soap;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.namespace.QName;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.xml.ws.BindingProvider;

import org.apache.cxf.configuration.jsse.TLSClientParameters;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.endpoint.ClientCallback;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.message.Message;
import org.apache.cxf.service.model.BindingOperationInfo;

import io.quarkiverse.cxf.QuarkusTLSClientParameters;
import io.quarkiverse.cxf.annotation.CXFClient;
import io.quarkus.tls.TlsConfigurationRegistry;
import io.smallrye.mutiny.Uni;
import io.vcgate.core.TraceParents;
import io.vcgate.vcenter.Vcenter;
import io.vcgate.vim25.Event;
import io.vcgate.vim25.EventFilterSpec;
import io.vcgate.vim25.GuestAuthentication;
import io.vcgate.vim25.ManagedObjectReference;
import io.vcgate.vim25.PropertyFilterSpec;
import io.vcgate.vim25.RetrieveOptions;
import io.vcgate.vim25.RetrieveResult;
import io.vcgate.vim25.ServiceContent;
import io.vcgate.vim25.UpdateSet;
import io.vcgate.vim25.WaitOptions;
import io.vcgate.vim25.VimPortType;

/**
 * The vim25 operations vcgate uses, one typed method each, run asynchronously as a {@link Uni}: the
 * Vert.x conduit sends the request and calls back when the answer is in, so no thread waits for vCenter
 * (a synchronous call on the event loop is refused by the conduit anyway).
 *
 * <p>Sessions are per caller, but the injected client is one, and a JAX-WS request context (shared, or
 * thread-local) cannot say which caller a call belongs to once CXF hands the call to another thread.
 * So each call goes through CXF's {@link Client} with its own invocation context: a copy of the
 * client's configured request context plus that call's vCenter address, TLS configuration and {@code Cookie} header. The
 * client keeps no cookie jar ({@code jakarta.xml.ws.session.maintain} is false), so a call carries
 * exactly the cookie it was given, never another caller's, and goes to the vCenter it names.
 */
@ApplicationScoped
public class VimClient {

    private static final String NS = "urn:vim25";

    /** The session cookie vCenter sets and reads: its value is the session id. */
    static final String COOKIE = "vmware_soap_session";

    @Inject
    @CXFClient("vim")
    VimPortType port;

    @Inject
    TlsConfigurationRegistry tls;

    private Client client;
    private BindingOperationInfo retrieveServiceContent;
    private BindingOperationInfo login;
    private BindingOperationInfo logout;
    private BindingOperationInfo abortCustomization;
    private BindingOperationInfo retrievePropertiesEx;
    private BindingOperationInfo createFilter;
    private BindingOperationInfo destroyPropertyFilter;
    private BindingOperationInfo waitForUpdatesEx;
    private BindingOperationInfo cancelWaitForUpdates;
    private BindingOperationInfo queryEvents;

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
        createFilter = operation("CreateFilter");
        destroyPropertyFilter = operation("DestroyPropertyFilter");
        waitForUpdatesEx = operation("WaitForUpdatesEx");
        cancelWaitForUpdates = operation("CancelWaitForUpdates");
        queryEvents = operation("QueryEvents");
    }

    /** ServiceInstance.RetrieveServiceContent: needs no session. */
    Uni<ServiceContent> retrieveServiceContent(Vcenter vcenter) {
        ManagedObjectReference serviceInstance = new ManagedObjectReference();
        serviceInstance.setType("ServiceInstance");
        serviceInstance.setValue("ServiceInstance");
        return invoke(vcenter, null, retrieveServiceContent, serviceInstance).map(answer -> (ServiceContent) answer.value());
    }

    /** SessionManager.Login; the answer's {@code vmware_soap_session} cookie is the session: its id, or null. */
    Uni<String> login(Vcenter vcenter, ManagedObjectReference sessionManager, String userName, String password) {
        return invoke(vcenter, null, login, sessionManager, userName, password, null).map(answer -> sessionId(answer.context()));
    }

    /** SessionManager.Logout of session {@code session}. */
    Uni<Void> logout(Vcenter vcenter, String session, ManagedObjectReference sessionManager) {
        return invoke(vcenter, session, logout, sessionManager).replaceWithVoid();
    }

    /** VirtualMachineGuestCustomizationManager.AbortCustomization_Task: the Task it started. */
    Uni<ManagedObjectReference> abortCustomizationTask(Vcenter vcenter, String session, ManagedObjectReference manager,
            ManagedObjectReference vm, GuestAuthentication auth) {
        return invoke(vcenter, session, abortCustomization, manager, vm, auth).map(answer -> (ManagedObjectReference) answer.value());
    }

    /** PropertyCollector.RetrievePropertiesEx. */
    Uni<RetrieveResult> retrievePropertiesEx(Vcenter vcenter, String session, ManagedObjectReference collector,
            List<PropertyFilterSpec> specs, RetrieveOptions options) {
        return invoke(vcenter, session, retrievePropertiesEx, collector, specs, options).map(answer -> (RetrieveResult) answer.value());
    }

    /** PropertyCollector.CreateFilter: the filter it made. */
    Uni<ManagedObjectReference> createFilter(Vcenter vcenter, String session, ManagedObjectReference collector, PropertyFilterSpec spec) {
        return invoke(vcenter, session, createFilter, collector, spec, false).map(answer -> (ManagedObjectReference) answer.value());
    }

    /** PropertyFilter.DestroyPropertyFilter. */
    Uni<Void> destroyPropertyFilter(Vcenter vcenter, String session, ManagedObjectReference filter) {
        return invoke(vcenter, session, destroyPropertyFilter, filter).replaceWithVoid();
    }

    /** PropertyCollector.WaitForUpdatesEx: the updates since {@code version} ("" for all), or null when none came within the options' wait. */
    Uni<UpdateSet> waitForUpdatesEx(Vcenter vcenter, String session, ManagedObjectReference collector, String version, WaitOptions options) {
        return invoke(vcenter, session, waitForUpdatesEx, collector, version, options).map(answer -> (UpdateSet) answer.value());
    }

    /** PropertyCollector.CancelWaitForUpdates: the session's pending WaitForUpdatesEx fails with RequestCanceled. */
    Uni<Void> cancelWaitForUpdates(Vcenter vcenter, String session, ManagedObjectReference collector) {
        return invoke(vcenter, session, cancelWaitForUpdates, collector).replaceWithVoid();
    }

    /** EventManager.QueryEvents. */
    @SuppressWarnings("unchecked")
    Uni<List<Event>> queryEvents(Vcenter vcenter, String session, ManagedObjectReference eventManager, EventFilterSpec filter) {
        return invoke(vcenter, session, queryEvents, eventManager, filter)
                .map(answer -> answer.value() == null ? List.<Event> of() : (List<Event>) answer.value());
    }

    /** What an operation answered: its return value (null for void) and the response context. */
    private record Answer(Object value, Map<String, Object> context) {
    }

    /** Runs one operation at the vCenter's SOAP address, with its TLS configuration and the cookie of session {@code session} (null: none). */
    private Uni<Answer> invoke(Vcenter vcenter, String session, BindingOperationInfo operation, Object... args) {
        return Uni.createFrom().emitter(emitter -> {
            Map<String, Object> request = new HashMap<>(client.getRequestContext());
            request.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, vcenter.sdkUrl());
            request.put(Message.ENDPOINT_ADDRESS, vcenter.sdkUrl());
            // this vCenter's TLS configuration (HTTPS only; one HTTP client per configuration: VcenterHttpClients)
            tls.get(vcenter.tlsConfigurationName()).ifPresent(configuration -> request.put(TLSClientParameters.class.getName(),
                    new QuarkusTLSClientParameters(vcenter.tlsConfigurationName(), configuration)));
            Map<String, List<String>> headers = new HashMap<>();
            if (session != null) {
                headers.put("Cookie", List.of(COOKIE + "=\"" + session + "\""));
            }
            String traceparent = TraceParents.child(); // null when OpenTelemetry carries it, or the caller sent none
            if (traceparent != null) {
                headers.put("traceparent", List.of(traceparent));
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

    /** The id in the vmware_soap_session cookie a Login answered with; null when none. */
    @SuppressWarnings("unchecked")
    static String sessionId(Map<String, Object> context) {
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
                if (pair.startsWith(COOKIE + "=")) {
                    String id = pair.substring(COOKIE.length() + 1);
                    return id.length() > 1 && id.startsWith("\"") && id.endsWith("\"") ? id.substring(1, id.length() - 1) : id;
                }
            }
        }
        return null;
    }
}
