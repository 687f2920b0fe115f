package io.vcgate.rest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.client.api.LoggingScope;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.tls.TlsConfigurationRegistry;
import io.smallrye.mutiny.Uni;
import io.vcgate.core.Backend;
import io.vcgate.core.BackendFailure;
import io.vcgate.core.Caller;
import io.vcgate.core.CustomizationInfo;
import io.vcgate.resilience.BackendGuard;
import io.vcgate.session.SessionPool;
import io.vcgate.vcenter.Vcenter;
import io.vcgate.vcrest.api.CustomizationLiveApi;
import io.vcgate.vcrest.api.SessionApi;

/**
 * The vSphere Automation REST API, as vcgate uses it: {@code customization-live} (vSphere 9.0+) with
 * the caller's own session, through the vCenter's REST guard.
 *
 * <p>A REST session is created with the caller's credentials ({@code POST /api/session}, HTTP Basic),
 * sent as {@code vmware-api-session-id}, reused, re-created once on a 401, and deleted on eviction and at
 * shutdown. On a vCenter with unified sessions, a session the SOAP API opened serves here too.
 *
 * <p>Each vCenter gets its own typed REST clients (generated interfaces, built on first use), with the
 * transport settings of {@code quarkus.rest-client.vcenter-rest.*} and the vCenter's own TLS configuration.
 */
@ApplicationScoped
public class RestAdapter {

    static final Predicate<Throwable> SESSION_GONE = e -> e instanceof BackendFailure f && "UNAUTHENTICATED".equals(f.fault());

    /** One vCenter's clients, session side and operations. */
    private record Clients(SessionApi sessions, CustomizationLiveApi live, SessionPool.Side side,
            BackendGuard.Operation customizationLive, BackendGuard.Operation createSession) {
    }

    @Inject
    TlsConfigurationRegistry tls;

    @Inject
    RedactingClientLogger logger;

    @ConfigProperty(name = "quarkus.rest-client.vcenter-rest.connect-timeout", defaultValue = "5000")
    long connectTimeoutMs;

    @ConfigProperty(name = "quarkus.rest-client.vcenter-rest.read-timeout", defaultValue = "30000")
    long readTimeoutMs;

    @ConfigProperty(name = "quarkus.rest-client.vcenter-rest.connection-pool-size", defaultValue = "64")
    int poolSize;

    @ConfigProperty(name = "quarkus.rest-client.logging.scope")
    Optional<String> loggingScope;

    /** The generated clients of each vCenter's URL and TLS configuration: plain transport, kept for the application's life. */
    private final Map<String, Apis> apis = new ConcurrentHashMap<>();
    /** What each vCenter's calls go through: its session side and guarded operations, kept with the {@link Vcenter} they serve. */
    private final Map<Vcenter, Clients> clients = new ConcurrentHashMap<>();

    private record Apis(SessionApi sessions, CustomizationLiveApi live) {
    }

    /**
     * The VM's customization status from customization-live. On a vCenter without that operation
     * (older than 9.0) it fails {@code NOT_SUPPORTED}.
     */
    public Uni<CustomizationInfo> customizationLive(Vcenter vcenter, Caller caller, String vm) {
        Clients c = clients(vcenter);
        BackendGuard guard = vcenter.guard(Backend.REST);
        return vcenter.sessions().withSession(caller, c.side(),
                id -> guard.read(c.customizationLive(), () -> c.live().getCustomizationLive(id, vm)
                        .onFailure().transform(VapiAnswers::failure)
                        .map(info -> VapiAnswers.customization(vm, info))),
                SESSION_GONE);
    }

    private Clients clients(Vcenter vcenter) {
        return clients.computeIfAbsent(vcenter, v -> {
            Apis api = apis.computeIfAbsent(vcenter.url() + " " + vcenter.tlsConfigurationName(),
                    key -> new Apis(client(vcenter, SessionApi.class), client(vcenter, CustomizationLiveApi.class)));
            SessionApi sessions = api.sessions();
            CustomizationLiveApi live = api.live();
            BackendGuard guard = vcenter.guard(Backend.REST);
            BackendGuard.Operation createSession = guard.operation("createSession");
            SessionPool.Side side = new SessionPool.Side(Backend.REST, caller -> guard.read(createSession,
                    () -> sessions.createSession(basic(caller)).onFailure().transform(VapiAnswers::failure).map(VapiAnswers::sessionId)),
                    id -> sessions.deleteSession(id));
            return new Clients(sessions, live, side, guard.operation("getCustomizationLive"), createSession);
        });
    }

    private <T> T client(Vcenter vcenter, Class<T> api) {
        QuarkusRestClientBuilder builder = QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(vcenter.url()))
                .connectTimeout(connectTimeoutMs, TimeUnit.MILLISECONDS)
                .readTimeout(readTimeoutMs, TimeUnit.MILLISECONDS)
                .property("io.quarkus.rest.client.connection-pool-size", poolSize)
                .clientLogger(logger)
                .register(new TraceParentHeader());
        tls.get(vcenter.tlsConfigurationName()).ifPresent(builder::tlsConfiguration);
        loggingScope.map(LoggingScope::forName).ifPresent(builder::loggingScope);
        return builder.build(api);
    }

    private static String basic(Caller caller) {
        return "Basic " + Base64.getEncoder().encodeToString((caller.username() + ":" + caller.password()).getBytes(StandardCharsets.UTF_8));
    }
}
