package io.vcgate.soap;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.vcgate.core.Backend;
import io.vcgate.core.BackendFailure;
import io.vcgate.core.Caller;
import io.vcgate.core.CustomizationInfo;
import io.vcgate.core.FaultCategory;
import io.vcgate.core.GuestAuth;
import io.vcgate.core.TaskSnapshot;
import io.vcgate.resilience.BackendGuard;
import io.vcgate.resilience.BackendGuards;
import io.vcgate.session.SessionPool;
import io.vcgate.vim25.GuestInfoCustomizationInfo;
import io.vcgate.vim25.ManagedObjectReference;
import io.vcgate.vim25.RetrieveOptions;
import io.vcgate.vim25.ServiceContent;
import io.vcgate.vim25.TaskInfo;
import io.vertx.core.Vertx;

/**
 * vim25, as vcgate uses it: AbortCustomization_Task, a Task's info and a VM's guest.customizationInfo,
 * each one call with the caller's own SOAP session, through the {@code vcenter-soap} guard.
 *
 * <p>ServiceContent is read once per vCenter (it needs no session) and kept; a failed read is not kept.
 */
@ApplicationScoped
public class SoapAdapter {

    static final Predicate<Throwable> SESSION_GONE = e -> e instanceof BackendFailure f && "NotAuthenticated".equals(f.fault());

    @Inject
    VimClient vim;

    @Inject
    @Identifier(BackendGuards.SOAP)
    BackendGuard guard;

    @Inject
    SoapConfig config;

    @Inject
    Vertx vertx;

    private final AtomicReference<Uni<ServiceContent>> serviceContent = new AtomicReference<>();
    private SessionPool<String> sessions;
    private BackendGuard.Operation abortCustomization;
    private BackendGuard.Operation retrieveProperties;
    private BackendGuard.Operation retrieveServiceContent;
    private BackendGuard.Operation sessionLogin;

    @PostConstruct
    void init() {
        abortCustomization = guard.operation("AbortCustomization_Task");
        retrieveProperties = guard.operation("RetrievePropertiesEx");
        retrieveServiceContent = guard.operation("RetrieveServiceContent");
        sessionLogin = guard.operation("Login");
        sessions = SessionPool.open(Backend.SOAP, config.session(), vertx, this::login, this::logout);
    }

    /** Logs every session out while the HTTP clients are still open (they close after the shutdown event). */
    void close(@Observes ShutdownEvent shutdown) {
        sessions.close(Duration.ofSeconds(5));
    }

    /** AbortCustomization_Task on the VM: the id of the Task it started (e.g. "task-1001"). */
    public Uni<String> abortCustomization(Caller caller, String vm, GuestAuth auth) {
        return serviceContent().flatMap(content -> {
            ManagedObjectReference manager = content.getGuestCustomizationManager();
            if (manager == null) {
                String api = content.getAbout() == null ? "unknown" : content.getAbout().getApiVersion();
                return Uni.createFrom().failure(new BackendFailure(FaultCategory.NOT_SUPPORTED, "NotSupported", BackendFailure.Origin.ANSWER,
                        "This vCenter (API " + api + ") has no guest customization manager; aborting guest "
                                + "customization needs vSphere 7.0.2 or later.", null));
            }
            return sessions.withSession(caller, cookie -> guard.write(abortCustomization,
                    () -> vim.abortCustomizationTask(cookie, manager, VimValues.moref("VirtualMachine", vm), GuestAuthentications.of(auth))
                            .map(ManagedObjectReference::getValue)),
                    SESSION_GONE);
        });
    }

    /** The Task's info now. */
    public Uni<TaskSnapshot> task(Caller caller, String taskId) {
        return property(caller, VimValues.moref("Task", taskId), "info").map(value -> {
            if (!(value instanceof TaskInfo info)) {
                throw BackendFailure.transport(FaultCategory.BAD_GATEWAY, BackendFailure.Origin.SENT,
                        "vCenter returned no info for " + taskId, null);
            }
            return VimValues.task(info);
        });
    }

    /** The VM's guest.customizationInfo (vSphere 7.0.2+). */
    public Uni<CustomizationInfo> customizationInfo(Caller caller, String vm) {
        return property(caller, VimValues.moref("VirtualMachine", vm), "guest.customizationInfo")
                .map(value -> VimValues.customization(vm, value instanceof GuestInfoCustomizationInfo info ? info : null));
    }

    /** One property of one managed object, with PropertyCollector.RetrievePropertiesEx. */
    private Uni<Object> property(Caller caller, ManagedObjectReference obj, String path) {
        return serviceContent().flatMap(content -> sessions.withSession(caller,
                cookie -> guard.read(retrieveProperties, () -> vim.retrievePropertiesEx(cookie, content.getPropertyCollector(),
                        List.of(VimValues.propertySpec(obj, path)), new RetrieveOptions())
                        .map(result -> VimValues.property(result, obj, path))),
                SESSION_GONE));
    }

    /** Reads ServiceContent afresh on the next call (the vCenter may have been upgraded or replaced). */
    public void forgetServiceContent() {
        serviceContent.set(null);
    }

    private Uni<ServiceContent> serviceContent() {
        Uni<ServiceContent> current = serviceContent.get();
        if (current != null) {
            return current;
        }
        AtomicReference<Uni<ServiceContent>> self = new AtomicReference<>();
        Uni<ServiceContent> fresh = guard.read(retrieveServiceContent, vim::retrieveServiceContent)
                .onFailure().invoke(e -> serviceContent.compareAndSet(self.get(), null))
                .memoize().indefinitely();
        self.set(fresh);
        return serviceContent.compareAndSet(null, fresh) ? fresh : serviceContent.get();
    }

    private Uni<String> login(Caller caller) {
        return serviceContent().flatMap(content -> guard.read(sessionLogin,
                () -> vim.login(content.getSessionManager(), caller.username(), caller.password()).map(login -> {
                    if (login.cookie() == null) {
                        throw BackendFailure.transport(FaultCategory.BAD_GATEWAY, BackendFailure.Origin.SENT,
                                "vCenter accepted the login but set no session cookie", null);
                    }
                    return login.cookie();
                })));
    }

    private Uni<Void> logout(String cookie) {
        return serviceContent().flatMap(content -> vim.logout(cookie, content.getSessionManager()));
    }
}
