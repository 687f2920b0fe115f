package io.vcgate.soap;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.vcgate.core.Caller;
import io.vcgate.core.CustomizationInfo;
import io.vcgate.core.FaultCategory;
import io.vcgate.core.GuestAuth;
import io.vcgate.core.GuestCustomizationBackend;
import io.vcgate.core.TaskSnapshot;
import io.vcgate.core.VsphereFault;
import io.vcgate.resilience.BackendGuard;
import io.vcgate.resilience.Guards;
import io.vcgate.session.SessionPool;
import io.vcgate.vim25.GuestInfoCustomizationInfo;
import io.vcgate.vim25.ManagedObjectReference;
import io.vcgate.vim25.ServiceContent;
import io.vcgate.vim25.TaskInfo;
import io.vertx.core.Vertx;

/**
 * The vim25 side of vcgate: AbortCustomization_Task, Task info and guest.customizationInfo, each run
 * with the caller's own SOAP session and through the {@code vcenter-soap} guard.
 *
 * <p>ServiceContent is read once per vCenter (it needs no session) and kept; a failed read is not kept.
 * Tasks are followed by polling their {@code info} with backed-off, timer-based delays (100 ms doubling
 * to 1 s), never by a thread that waits.
 */
@ApplicationScoped
public class SoapBackend implements GuestCustomizationBackend {

    static final Predicate<Throwable> SESSION_GONE = e -> e instanceof VsphereFault f && "NotAuthenticated".equals(f.fault());

    private static final Duration FIRST_POLL = Duration.ofMillis(100);
    private static final Duration MAX_POLL = Duration.ofSeconds(1);

    @Inject
    VimClient vim;

    @Inject
    @Identifier(Guards.SOAP)
    BackendGuard guard;

    @Inject
    SoapConfig config;

    @Inject
    Vertx vertx;

    private final AtomicReference<Uni<ServiceContent>> serviceContent = new AtomicReference<>();
    private SessionPool<String> sessions;
    private long evictionTimer = -1;

    @PostConstruct
    void init() {
        sessions = new SessionPool<>("soap", this::login, this::logout, config.session().max(), config.session().idleTimeout());
        evictionTimer = vertx.setPeriodic(config.session().evictionInterval().toMillis(), id -> sessions.evictIdle());
    }

    @PreDestroy
    void close() {
        vertx.cancelTimer(evictionTimer);
        sessions.closeAll().await().atMost(Duration.ofSeconds(5));
    }

    @Override
    public Uni<String> abortCustomization(Caller caller, String vm, GuestAuth auth) {
        return serviceContent().flatMap(content -> {
            ManagedObjectReference manager = content.getGuestCustomizationManager();
            if (manager == null) {
                String api = content.getAbout() == null ? "unknown" : content.getAbout().getApiVersion();
                return Uni.createFrom().failure(new VsphereFault(FaultCategory.NOT_SUPPORTED, "NotSupported",
                        "This vCenter (API " + api + ") has no guest customization manager; aborting guest "
                                + "customization needs vSphere 7.0.2 or later."));
            }
            return sessions.withSession(caller, cookie -> guard.write("AbortCustomization_Task",
                    () -> vim.call(cookie, "AbortCustomization_Task", manager, moref("VirtualMachine", vm),
                            GuestAuthentications.of(auth))
                            .map(answer -> ((ManagedObjectReference) answer.value()).getValue())),
                    SESSION_GONE);
        });
    }

    @Override
    public Uni<TaskSnapshot> task(Caller caller, String taskId) {
        return PropertyReads.one(this, caller, moref("Task", taskId), "info")
                .map(value -> {
                    if (!(value instanceof TaskInfo info)) {
                        throw new VsphereFault(FaultCategory.BAD_GATEWAY, null, "vCenter returned no info for " + taskId);
                    }
                    return TaskSnapshots.of(info);
                });
    }

    @Override
    public Uni<TaskSnapshot> awaitTask(Caller caller, String taskId, Duration maxWait) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        return poll(caller, taskId, deadline, FIRST_POLL);
    }

    private Uni<TaskSnapshot> poll(Caller caller, String taskId, long deadline, Duration delay) {
        return task(caller, taskId).flatMap(snapshot -> {
            long left = deadline - System.nanoTime();
            if (snapshot.finished() || left <= 0) {
                return Uni.createFrom().item(snapshot);
            }
            Duration wait = delay.toNanos() < left ? delay : Duration.ofNanos(left);
            Duration next = delay.multipliedBy(2).compareTo(MAX_POLL) > 0 ? MAX_POLL : delay.multipliedBy(2);
            return Uni.createFrom().voidItem().onItem().delayIt().by(wait)
                    .flatMap(x -> poll(caller, taskId, deadline, next));
        });
    }

    @Override
    public Uni<CustomizationInfo> customizationInfo(Caller caller, String vm) {
        return PropertyReads.one(this, caller, moref("VirtualMachine", vm), "guest.customizationInfo")
                .map(value -> TaskSnapshots.of(vm, value instanceof GuestInfoCustomizationInfo info ? info : null));
    }

    // --- plumbing shared with PropertyReads ----------------------------------------------------------

    Uni<ServiceContent> serviceContent() {
        Uni<ServiceContent> current = serviceContent.get();
        if (current != null) {
            return current;
        }
        AtomicReference<Uni<ServiceContent>> self = new AtomicReference<>();
        Uni<ServiceContent> fresh = guard.read("RetrieveServiceContent",
                () -> vim.call(null, "RetrieveServiceContent", moref("ServiceInstance", "ServiceInstance"))
                        .map(answer -> (ServiceContent) answer.value()))
                .onFailure().invoke(e -> serviceContent.compareAndSet(self.get(), null))
                .memoize().indefinitely();
        self.set(fresh);
        return serviceContent.compareAndSet(null, fresh) ? fresh : serviceContent.get();
    }

    <T> Uni<T> withSession(Caller caller, java.util.function.Function<String, Uni<T>> call) {
        return sessions.withSession(caller, call, SESSION_GONE);
    }

    BackendGuard guard() {
        return guard;
    }

    VimClient vim() {
        return vim;
    }

    private Uni<String> login(Caller caller) {
        return serviceContent().flatMap(content -> guard.read("Login",
                () -> vim.call(null, "Login", content.getSessionManager(), caller.username(), caller.password(), null)
                        .map(answer -> {
                            String cookie = VimClient.sessionCookie(answer.context());
                            if (cookie == null) {
                                throw new VsphereFault(FaultCategory.BAD_GATEWAY, null, "vCenter accepted the login but set no session cookie");
                            }
                            return cookie;
                        })));
    }

    private Uni<Void> logout(String cookie) {
        return serviceContent().flatMap(content -> vim.call(cookie, "Logout", content.getSessionManager())).replaceWithVoid();
    }

    static ManagedObjectReference moref(String type, String value) {
        ManagedObjectReference ref = new ManagedObjectReference();
        ref.setType(type);
        ref.setValue(value);
        return ref;
    }

}
