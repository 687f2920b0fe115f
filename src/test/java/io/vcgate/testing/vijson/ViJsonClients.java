package io.vcgate.testing.vijson;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vcgate.testing.vijson.client.api.ServiceInstanceApi;
import io.vcgate.testing.vijson.client.api.SessionManagerApi;
import io.vcgate.testing.vijson.client.api.TaskApi;
import io.vcgate.testing.vijson.client.api.VirtualMachineApi;
import io.vcgate.testing.vijson.client.api.VirtualMachineGuestCustomizationManagerApi;
import io.vcgate.testing.vijson.client.invoker.ApiClient;
import io.vcgate.testing.vijson.client.invoker.ApiException;
import io.vcgate.testing.vijson.client.invoker.ApiResponse;
import io.vcgate.testing.vijson.client.model.LoginRequestType;
import io.vcgate.testing.vijson.client.model.ManagedObjectReference;
import io.vcgate.testing.vijson.client.model.MethodFault;
import io.vcgate.testing.vijson.client.model.MoTypesEnum;
import io.vcgate.testing.vijson.client.model.UserSession;

/**
 * One VI/JSON endpoint seen through the client generated from VMware's own spec
 * ({@code io.vcgate.testing.vijson.client}, built by the test build from
 * {@code specs/vi-json/vmware/vi-json-9.0.0.0-subset.yaml}), set up the way vCenter's VI/JSON needs it:
 * <ul>
 * <li>the session: the spec names the {@code vmware-api-session-id} header only as a security scheme, and
 * the generated {@code native} client applies no security scheme; Login's answer carries the id in that
 * header, which the spec does not model. {@link #login} reads it from the answer's headers and every later
 * request sends it (a request interceptor; the API objects copy the interceptor when built, so it reads
 * the current id rather than holding one);</li>
 * <li>polymorphism: every type carries {@code _typeName}; the generated Jackson annotations know the types
 * of the subset only, and the generated mapper turns a {@code _typeName} it does not know into a silent
 * {@code null}. {@link #objectMapper()} reads such a value as the declared type instead (a
 * {@code TaskInfo.error} of a fault outside the subset is a {@link MethodFault} whose
 * {@code getTypeName()} still names it);</li>
 * <li>faults: a fault is an HTTP 500 whose body is the fault object; the generated client throws an
 * {@link ApiException} holding that body as text, which {@link #fault} reads back as a
 * {@link MethodFault}.</li>
 * </ul>
 * Extra properties (such as {@code faultstring}) are ignored by the generated mapper already.
 */
public final class ViJsonClients {

    /** The header that carries a VI/JSON session id, both ways. */
    public static final String SESSION_HEADER = "vmware-api-session-id";
    /** vCenter's fixed moIds of the two singletons a client starts from. */
    public static final String SERVICE_INSTANCE = "ServiceInstance";
    public static final String SESSION_MANAGER = "SessionManager";

    private final ApiClient apiClient;
    private final AtomicReference<String> sessionId = new AtomicReference<>();
    private final ServiceInstanceApi serviceInstance;
    private final SessionManagerApi sessionManager;
    private final VirtualMachineGuestCustomizationManagerApi customizationManager;
    private final TaskApi tasks;
    private final VirtualMachineApi virtualMachines;

    private ViJsonClients(URI baseUri, HttpClient.Builder http) {
        this.apiClient = new ApiClient(http, objectMapper(), baseUri.toString());
        this.apiClient.setRequestInterceptor(request -> {
            String id = sessionId.get();
            if (id != null) {
                request.header(SESSION_HEADER, id);
            }
        });
        this.serviceInstance = new ServiceInstanceApi(apiClient);
        this.sessionManager = new SessionManagerApi(apiClient);
        this.customizationManager = new VirtualMachineGuestCustomizationManagerApi(apiClient);
        this.tasks = new TaskApi(apiClient);
        this.virtualMachines = new VirtualMachineApi(apiClient);
    }

    /** A client of the VI/JSON endpoint at {@code baseUri} (see {@link #baseUri}), with no session yet. */
    public static ViJsonClients connect(URI baseUri) {
        return new ViJsonClients(baseUri, HttpClient.newBuilder());
    }

    /** The same with an HTTP client of the caller's (for HTTPS: its SSLContext). */
    public static ViJsonClients connect(URI baseUri, HttpClient.Builder http) {
        return new ViJsonClients(baseUri, http);
    }

    /** {@code origin/sdk/vim25/release}, e.g. {@code http://localhost:8081/sdk/vim25/9.0.0.0}: the default vCenter. */
    public static URI baseUri(String origin, String release) {
        return URI.create(origin + "/sdk/vim25/" + release);
    }

    /** {@code origin/vcenters/vcenter/sdk/vim25/release}: the named vCenter. */
    public static URI baseUri(String origin, String vcenter, String release) {
        return URI.create(origin + "/vcenters/" + vcenter + "/sdk/vim25/" + release);
    }

    /**
     * The generated client's mapper, but a {@code _typeName} outside the subset is read as the declared
     * type (whose {@code typeName} keeps the name) instead of becoming {@code null}, and a type id that
     * cannot be placed at all fails instead of being dropped.
     */
    @SuppressWarnings("deprecation") // MapperFeature on a built mapper: the generated client builds its own
    public static ObjectMapper objectMapper() {
        ObjectMapper mapper = ApiClient.createDefaultObjectMapper();
        mapper.configure(MapperFeature.USE_BASE_TYPE_AS_DEFAULT_IMPL, true);
        mapper.configure(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE, true);
        return mapper;
    }

    /**
     * SessionManager.Login: on success the id from the answer's {@value #SESSION_HEADER} header is sent
     * with every later request (none if the answer had none: {@link #sessionId()} is then empty).
     */
    public UserSession login(String userName, String password) throws ApiException {
        ApiResponse<UserSession> answer = sessionManager.sessionManagerLoginWithHttpInfo(SESSION_MANAGER,
                new LoginRequestType().userName(userName).password(password));
        sessionId.set(answer.getHeaders().getOrDefault(SESSION_HEADER, List.of()).stream().findFirst().orElse(null));
        return answer.getData();
    }

    /** SessionManager.Logout with the current session; afterwards no session header is sent. */
    public void logout() throws ApiException {
        try {
            sessionManager.sessionManagerLogout(SESSION_MANAGER);
        } finally {
            sessionId.set(null);
        }
    }

    /** The session id sent with each request, if any. */
    public Optional<String> sessionId() {
        return Optional.ofNullable(sessionId.get());
    }

    /** Sends {@code id} from now on (a session of another client, an expired one), or none if null. */
    public void useSession(String id) {
        sessionId.set(id);
    }

    public ApiClient apiClient() {
        return apiClient;
    }

    public ServiceInstanceApi serviceInstance() {
        return serviceInstance;
    }

    public SessionManagerApi sessionManager() {
        return sessionManager;
    }

    public VirtualMachineGuestCustomizationManagerApi customizationManager() {
        return customizationManager;
    }

    public TaskApi tasks() {
        return tasks;
    }

    public VirtualMachineApi virtualMachines() {
        return virtualMachines;
    }

    /** A MoRef as VI/JSON writes it: {@code {"_typeName":"ManagedObjectReference","type":..,"value":..}}. */
    public static ManagedObjectReference moRef(MoTypesEnum type, String value) {
        return new ManagedObjectReference().type(type).value(value);
    }

    /**
     * The fault an HTTP 500 carried, read as the {@link MethodFault} subtype its {@code _typeName} names
     * ({@code InvalidLogin}, {@code InvalidState}, ...; a fault outside the subset as a plain MethodFault
     * whose {@code getTypeName()} names it).
     */
    public static MethodFault fault(ApiException e) {
        if (e.getResponseBody() == null || e.getResponseBody().isBlank()) {
            throw new AssertionError("HTTP " + e.getCode() + " without a fault body", e);
        }
        try {
            return objectMapper().readValue(e.getResponseBody(), MethodFault.class);
        } catch (IOException notAFault) {
            throw new AssertionError("HTTP " + e.getCode() + " whose body is not a VI/JSON fault: " + e.getResponseBody(), notAFault);
        }
    }
}
