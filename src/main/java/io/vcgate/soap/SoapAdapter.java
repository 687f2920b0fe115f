package io.vcgate.soap;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vcgate.core.Backend;
import io.vcgate.core.BackendFailure;
import io.vcgate.core.Caller;
import io.vcgate.core.CustomizationInfo;
import io.vcgate.core.FaultCategory;
import io.vcgate.core.GuestAuth;
import io.vcgate.core.TaskSnapshot;
import io.vcgate.resilience.BackendGuard;
import io.vcgate.session.SessionPool;
import io.vcgate.vcenter.Vcenter;
import io.vcgate.vim25.EventFilterSpec;
import io.vcgate.vim25.GuestInfoCustomizationInfo;
import io.vcgate.vim25.ManagedObjectReference;
import io.vcgate.vim25.RetrieveOptions;
import io.vcgate.vim25.ServiceContent;
import io.vcgate.vim25.TaskInfo;

/**
 * vim25, as vcgate uses it: AbortCustomization_Task, a Task's info and a VM's guest.customizationInfo,
 * each one call with the caller's own SOAP session, through the vCenter's SOAP guard.
 *
 * <p>Each vCenter's ServiceContent is read once (it needs no session) and kept; a failed read is not kept.
 * Its {@code about.apiVersion} says whether the vCenter accepts one session on both APIs (8.0U3 and
 * later), which the vCenter's session pool then uses.
 */
@ApplicationScoped
public class SoapAdapter {

    static final Predicate<Throwable> SESSION_GONE = e -> e instanceof BackendFailure f && "NotAuthenticated".equals(f.fault());

    @Inject
    VimClient vim;

    /** How long one WaitForUpdatesEx waits in vCenter for a change before it is asked again. */
    @ConfigProperty(name = "vcgate.watch.poll-wait", defaultValue = "20s")
    Duration pollWait;

    private PropertyWatches watches;

    @PostConstruct
    void init() {
        watches = new PropertyWatches(vim, this::inSession, pollWait);
    }

    /** One vCenter's ServiceContent, session side and operations. */
    private final class PerVcenter {
        final AtomicReference<Uni<ServiceContent>> serviceContent = new AtomicReference<>();
        final SessionPool.Side side;
        final BackendGuard.Operation abortCustomization;
        final BackendGuard.Operation retrieveProperties;
        final BackendGuard.Operation retrieveServiceContent;
        final BackendGuard.Operation queryEvents;

        PerVcenter(Vcenter vcenter) {
            BackendGuard guard = vcenter.guard(Backend.SOAP);
            abortCustomization = guard.operation("AbortCustomization_Task");
            retrieveProperties = guard.operation("RetrievePropertiesEx");
            retrieveServiceContent = guard.operation("RetrieveServiceContent");
            queryEvents = guard.operation("QueryEvents");
            BackendGuard.Operation login = guard.operation("Login");
            side = new SessionPool.Side(Backend.SOAP,
                    caller -> serviceContent(vcenter).flatMap(content -> guard.read(login,
                            () -> vim.login(vcenter, content.getSessionManager(), caller.username(), caller.password()).map(id -> {
                                if (id == null) {
                                    throw BackendFailure.transport(FaultCategory.BAD_GATEWAY, BackendFailure.Origin.SENT,
                                            "vCenter accepted the login but set no session cookie", null);
                                }
                                return id;
                            }))),
                    session -> serviceContent(vcenter).flatMap(content -> vim.logout(vcenter, session, content.getSessionManager())));
        }
    }

    private final Map<String, PerVcenter> vcenters = new ConcurrentHashMap<>();

    /** AbortCustomization_Task on the VM: the id of the Task it started (e.g. "task-1001"). */
    public Uni<String> abortCustomization(Vcenter vcenter, Caller caller, String vm, GuestAuth auth) {
        PerVcenter per = per(vcenter);
        return serviceContent(vcenter).flatMap(content -> {
            ManagedObjectReference manager = content.getGuestCustomizationManager();
            if (manager == null) {
                String api = content.getAbout() == null ? "unknown" : content.getAbout().getApiVersion();
                return Uni.createFrom().failure(new BackendFailure(FaultCategory.NOT_SUPPORTED, "NotSupported", BackendFailure.Origin.ANSWER,
                        "This vCenter (API " + api + ") has no guest customization manager; aborting guest "
                                + "customization needs vSphere 7.0.2 or later.", null));
            }
            return vcenter.sessions().withSession(caller, per.side, session -> vcenter.guard(Backend.SOAP).write(per.abortCustomization,
                    () -> vim.abortCustomizationTask(vcenter, session, manager, VimValues.moref("VirtualMachine", vm),
                            GuestAuthentications.of(auth)).map(ManagedObjectReference::getValue)),
                    SESSION_GONE);
        });
    }

    /** The Task's info now. */
    public Uni<TaskSnapshot> task(Vcenter vcenter, Caller caller, String taskId) {
        return property(vcenter, caller, VimValues.moref("Task", taskId), "info").map(value -> {
            if (!(value instanceof TaskInfo info)) {
                throw BackendFailure.transport(FaultCategory.BAD_GATEWAY, BackendFailure.Origin.SENT,
                        "vCenter returned no info for " + taskId, null);
            }
            return VimValues.task(info);
        });
    }

    /** The VM's guest.customizationInfo (vSphere 7.0.2+). */
    public Uni<CustomizationInfo> customizationInfo(Vcenter vcenter, Caller caller, String vm) {
        return property(vcenter, caller, VimValues.moref("VirtualMachine", vm), "guest.customizationInfo")
                .map(value -> VimValues.customization(vm, value instanceof GuestInfoCustomizationInfo info ? info : null));
    }

    /**
     * A signal (the property path) whenever the VM's guest.customizationInfo changes in vCenter (first when the filter is
     * made), pushed by the PropertyCollector; watchers of one VM by one caller share one filter.
     * It fails when vCenter cannot be followed any more; cancelling it stops following.
     */
    public Multi<String> customizationChanges(Vcenter vcenter, Caller caller, String vm) {
        return watches.changes(vcenter, caller, new PropertyWatches.Target("VirtualMachine", vm, "guest.customizationInfo"));
    }

    /** A signal whenever the Task's info changes in vCenter, as {@link #customizationChanges}. */
    public Multi<String> taskChanges(Vcenter vcenter, Caller caller, String task) {
        return watches.changes(vcenter, caller, new PropertyWatches.Target("Task", task, "info"));
    }

    /** PropertyCollector filters vcgate holds open in vCenter, all vCenters and callers together. */
    public int openFilters() {
        return watches.filters();
    }

    /** The failure event types of a customization: CustomizationFailed and its subtypes (vim25 7.0.3). */
    static final List<String> FAILURE_EVENTS = List.of("CustomizationFailed", "CustomizationLinuxIdentityFailed",
            "CustomizationNetworkSetupFailed", "CustomizationSysprepFailed", "CustomizationUnknownFailure");

    /**
     * The VM's most recent customization failure event, logged at or after {@code since} when given
     * (EventManager.QueryEvents on the VM itself); empty when vCenter logged none or has no EventManager.
     */
    public Uni<Optional<CustomizationInfo.FailureEvent>> lastCustomizationFailure(Vcenter vcenter, Caller caller, String vm,
            OffsetDateTime since) {
        PerVcenter per = per(vcenter);
        return serviceContent(vcenter).flatMap(content -> {
            if (content.getEventManager() == null) {
                return Uni.createFrom().item(Optional.empty());
            }
            EventFilterSpec filter = VimValues.failureEvents(VimValues.moref("VirtualMachine", vm), FAILURE_EVENTS, since);
            return vcenter.sessions().withSession(caller, per.side, session -> vcenter.guard(Backend.SOAP).read(per.queryEvents,
                    () -> vim.queryEvents(vcenter, session, content.getEventManager(), filter).map(VimValues::latestFailure)),
                    SESSION_GONE);
        });
    }

    /** Runs {@code call} with the caller's SOAP session on the vCenter and its ServiceContent (for {@link PropertyWatches}). */
    private <T> Uni<T> inSession(Vcenter vcenter, Caller caller, PropertyWatches.SessionCall<T> call) {
        PerVcenter per = per(vcenter);
        return serviceContent(vcenter).flatMap(content -> vcenter.sessions().withSession(caller, per.side,
                session -> call.apply(content, session), SESSION_GONE));
    }

    /** The vCenter's API version ({@code about.apiVersion}, e.g. "8.0.3.0"), from its ServiceContent. */
    public Uni<String> apiVersion(Vcenter vcenter) {
        return serviceContent(vcenter).map(content -> content.getAbout() == null ? null : content.getAbout().getApiVersion());
    }

    /** Reads a vCenter's ServiceContent afresh on the next call (it may have been upgraded or replaced). */
    public void forgetServiceContent(Vcenter vcenter) {
        per(vcenter).serviceContent.set(null);
    }

    /** One property of one managed object, with PropertyCollector.RetrievePropertiesEx. */
    private Uni<Object> property(Vcenter vcenter, Caller caller, ManagedObjectReference obj, String path) {
        PerVcenter per = per(vcenter);
        return serviceContent(vcenter).flatMap(content -> vcenter.sessions().withSession(caller, per.side,
                session -> vcenter.guard(Backend.SOAP).read(per.retrieveProperties, () -> vim.retrievePropertiesEx(vcenter, session,
                        content.getPropertyCollector(), List.of(VimValues.propertySpec(obj, path)), new RetrieveOptions())
                        .map(result -> VimValues.property(result, obj, path))),
                SESSION_GONE));
    }

    private Uni<ServiceContent> serviceContent(Vcenter vcenter) {
        PerVcenter per = per(vcenter);
        Uni<ServiceContent> current = per.serviceContent.get();
        if (current != null) {
            return current;
        }
        AtomicReference<Uni<ServiceContent>> self = new AtomicReference<>();
        Uni<ServiceContent> fresh = vcenter.guard(Backend.SOAP).read(per.retrieveServiceContent, () -> vim.retrieveServiceContent(vcenter))
                .invoke(content -> vcenter.sessions().unifiedSessions(ApiVersions.unifiedSessions(
                        content.getAbout() == null ? null : content.getAbout().getApiVersion())))
                .onFailure().invoke(e -> per.serviceContent.compareAndSet(self.get(), null))
                .memoize().indefinitely();
        self.set(fresh);
        return per.serviceContent.compareAndSet(null, fresh) ? fresh : per.serviceContent.get();
    }

    private PerVcenter per(Vcenter vcenter) {
        return vcenters.computeIfAbsent(vcenter.name(), name -> new PerVcenter(vcenter));
    }
}
