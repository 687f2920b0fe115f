package io.vcgate.rest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Predicate;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.vcgate.core.Backend;
import io.vcgate.core.BackendFailure;
import io.vcgate.core.Caller;
import io.vcgate.core.CustomizationInfo;
import io.vcgate.resilience.BackendGuard;
import io.vcgate.resilience.BackendGuards;
import io.vcgate.session.SessionPool;
import io.vcgate.vcrest.api.CustomizationLiveApi;
import io.vcgate.vcrest.api.SessionApi;
import io.vertx.core.Vertx;

/**
 * The vSphere Automation REST API, as vcgate uses it: {@code customization-live} (vSphere 9.0+) with
 * the caller's own REST session, through the {@code vcenter-rest} guard.
 *
 * <p>A REST session is created with the caller's credentials ({@code POST /api/session}, HTTP Basic),
 * sent as {@code vmware-api-session-id}, reused, re-created once on a 401, and deleted on eviction
 * and at shutdown.
 */
@ApplicationScoped
public class RestAdapter {

    static final Predicate<Throwable> SESSION_GONE = e -> e instanceof BackendFailure f && "UNAUTHENTICATED".equals(f.fault());

    @Inject
    @RestClient
    SessionApi sessionApi;

    @Inject
    @RestClient
    CustomizationLiveApi liveApi;

    @Inject
    @Identifier(BackendGuards.REST)
    BackendGuard guard;

    @Inject
    RestConfig config;

    @Inject
    Vertx vertx;

    private SessionPool<String> sessions;
    private BackendGuard.Operation customizationLive;
    private BackendGuard.Operation createSession;

    @PostConstruct
    void init() {
        customizationLive = guard.operation("getCustomizationLive");
        createSession = guard.operation("createSession");
        sessions = SessionPool.open(Backend.REST, config.session(), vertx, this::createSession, this::deleteSession);
    }

    /** Logs every session out while the HTTP clients are still open (they close after the shutdown event). */
    void close(@Observes ShutdownEvent shutdown) {
        sessions.close(Duration.ofSeconds(5));
    }

    /**
     * The VM's customization status from customization-live. On a vCenter without that operation
     * (older than 9.0) it fails {@code NOT_SUPPORTED}.
     */
    public Uni<CustomizationInfo> customizationLive(Caller caller, String vm) {
        return sessions.withSession(caller,
                id -> guard.read(customizationLive, () -> liveApi.getCustomizationLive(id, vm)
                        .onFailure().transform(VapiAnswers::failure)
                        .map(info -> VapiAnswers.customization(vm, info))),
                SESSION_GONE);
    }

    private Uni<String> createSession(Caller caller) {
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (caller.username() + ":" + caller.password()).getBytes(StandardCharsets.UTF_8));
        return guard.read(createSession, () -> sessionApi.createSession(basic)
                .onFailure().transform(VapiAnswers::failure)
                .map(VapiAnswers::sessionId));
    }

    private Uni<Void> deleteSession(String id) {
        return sessionApi.deleteSession(id);
    }
}
