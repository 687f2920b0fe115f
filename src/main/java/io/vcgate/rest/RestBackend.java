package io.vcgate.rest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Predicate;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.vcgate.core.Caller;
import io.vcgate.core.CustomizationInfo;
import io.vcgate.core.CustomizationStatusBackend;
import io.vcgate.core.GuestCustomizationBackend;
import io.vcgate.core.VsphereFault;
import io.vcgate.resilience.BackendGuard;
import io.vcgate.resilience.Guards;
import io.vcgate.session.SessionPool;
import io.vcgate.vcrest.api.CustomizationLiveApi;
import io.vcgate.vcrest.api.SessionApi;
import io.vertx.core.Vertx;

/**
 * Customization status, version-aware: customization-live (REST, vSphere 9.0+) with the caller's own
 * REST session, and, on a vCenter that lacks it, the VM's guest.customizationInfo through the SOAP
 * backend. Which one answered is in {@link CustomizationInfo#source()}; which one to ask is learned
 * once per vCenter ({@link ApiLevel}).
 *
 * <p>A REST session is created with the caller's credentials ({@code POST /api/session}, HTTP Basic),
 * sent as {@code vmware-api-session-id}, reused, re-created once on a 401, and deleted on eviction
 * and at shutdown.
 */
@ApplicationScoped
public class RestBackend implements CustomizationStatusBackend {

    static final Predicate<Throwable> SESSION_GONE = e -> e instanceof VsphereFault f && "UNAUTHENTICATED".equals(f.fault());

    @Inject
    @RestClient
    SessionApi sessionApi;

    @Inject
    @RestClient
    CustomizationLiveApi liveApi;

    @Inject
    @Identifier(Guards.REST)
    BackendGuard guard;

    @Inject
    GuestCustomizationBackend soap;

    @Inject
    ApiLevel apiLevel;

    @Inject
    RestConfig config;

    @Inject
    Vertx vertx;

    private SessionPool<String> sessions;
    private long evictionTimer = -1;

    @PostConstruct
    void init() {
        sessions = new SessionPool<>("rest", this::createSession, this::deleteSession, config.session().max(),
                config.session().idleTimeout());
        evictionTimer = vertx.setPeriodic(config.session().evictionInterval().toMillis(), id -> sessions.evictIdle());
    }

    @PreDestroy
    void close() {
        vertx.cancelTimer(evictionTimer);
        sessions.closeAll().await().atMost(Duration.ofSeconds(5));
    }

    @Override
    public Uni<CustomizationInfo> status(Caller caller, String vm) {
        RestConfig.Source source = config.customizationSource();
        if (source == RestConfig.Source.SOAP || source == RestConfig.Source.AUTO && apiLevel.legacy()) {
            return soap.customizationInfo(caller, vm);
        }
        Uni<CustomizationInfo> live = sessions.withSession(caller,
                id -> guard.read("getCustomizationLive", () -> liveApi.getCustomizationLive(id, vm)
                        .onFailure().transform(VapiAnswers::transport)
                        .map(response -> VapiAnswers.customization(vm, response))),
                SESSION_GONE).invoke(apiLevel::markCurrent);
        if (source == RestConfig.Source.REST) {
            return live.onFailure(VapiAnswers.OperationMissing.class).transform(e -> VsphereFault.vapi("OPERATION_NOT_FOUND",
                    "This vCenter has no customization-live operation (vSphere 9.0 or later is needed)."));
        }
        return live.onFailure(VapiAnswers.OperationMissing.class).recoverWithUni(missing -> {
            apiLevel.markLegacy();
            return soap.customizationInfo(caller, vm);
        });
    }

    private Uni<String> createSession(Caller caller) {
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (caller.username() + ":" + caller.password()).getBytes(StandardCharsets.UTF_8));
        return guard.read("createSession", () -> sessionApi.createSession(basic)
                .onFailure().transform(VapiAnswers::transport)
                .map(VapiAnswers::sessionId));
    }

    private Uni<Void> deleteSession(String id) {
        return sessionApi.deleteSession(id).replaceWithVoid();
    }
}
