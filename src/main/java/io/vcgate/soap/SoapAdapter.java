package io.vcgate.soap;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Vertx;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vcgate.core.Backend;
import io.vcgate.core.BackendFailure;
import io.vcgate.core.Caller;
import io.vcgate.core.CustomizationInfo;
import io.vcgate.core.FaultCategory;
import io.vcgate.core.GuestAuth;
import io.vcgate.core.ServiceFacts;
import io.vcgate.core.TaskSnapshot;
import io.vcgate.resilience.BackendGuard;
import io.vcgate.session.SessionPool;
import io.vcgate.vcenter.Capabilities;
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
 * <p>A vCenter's ServiceContent (RetrieveServiceContent needs no session) is what its
 * {@link Capabilities} are learned from: this adapter reads it when the vCenter's capabilities ask for it
 * (once, and again after a restart: {@link Capabilities#learn}) and keeps the managed objects it names
 * (session manager, property collector, ...). When a read after a restart fails, the ServiceContent read
 * before still names the same managed objects and serves.
 */
@ApplicationScoped
@Startup // its gauges are there from the start
public class SoapAdapter {

    static final Predicate<Throwable> SESSION_GONE = e -> e instanceof BackendFailure f && "NotAuthenticated".equals(f.fault());

    @Inject
    VimClient vim;

    // vcgate.watch.poll-wait and vcgate.watch.gather, as WatchConfig describes them and sets their defaults
    // (read by name here: an adapter does not import the application layer's config)
    @ConfigProperty(name = "vcgate.watch.poll-wait")
    Duration pollWait;

    @ConfigProperty(name = "vcgate.watch.gather")
    Duration gather;

    @Inject
    MeterRegistry meters;

    @Inject
    Vertx vertx;

    private PropertyWatches watches;

    @PostConstruct
    void init() {
        watches = new PropertyWatches(vim, this::inSession, pollWait, gather,
                (delay, task) -> vertx.setTimer(Math.max(1, delay.toMillis()), id -> task.run()));
        Gauge.builder("vcgate.watch.filters", watches, PropertyWatches::filters)
                .description("PropertyCollector filters vcgate holds open in vCenter, all vCenters and callers together").register(meters);
    }

    /** One vCenter's ServiceContent, session side and operations. */
    private final class PerVcenter {
        /** The ServiceContent last read and what it says, or null before the first read. */
        volatile Learned learned;
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

    /** A ServiceContent and the capabilities it says. */
    private record Learned(ServiceContent content, Capabilities.Known capabilities) {
    }

    /** Keyed by the vCenter itself: a rebuilt one starts fresh. */
    private final Map<Vcenter, PerVcenter> vcenters = new ConcurrentHashMap<>();

    /** AbortCustomization_Task on the VM: the id of the Task it started (e.g. "task-1001"). */
    public Uni<String> abortCustomization(Vcenter vcenter, Caller caller, String vm, GuestAuth auth) {
        PerVcenter per = per(vcenter);
        return learned(vcenter).flatMap(learned -> {
            if (!learned.capabilities().guestCustomizationManager()) {
                String api = learned.capabilities().apiVersion() == null ? "unknown" : learned.capabilities().apiVersion();
                return Uni.createFrom().failure(new BackendFailure(FaultCategory.NOT_SUPPORTED, "NotSupported", BackendFailure.Origin.ANSWER,
                        "This vCenter (API " + api + ") has no guest customization manager; aborting guest "
                                + "customization needs vSphere 7.0.2 or later.", null));
            }
            ManagedObjectReference manager = learned.content().getGuestCustomizationManager();
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
     * The VM's guest.customizationInfo each time it changes in vCenter (first when the filter is made), as
     * the PropertyCollector pushed it; empty when vCenter's report carried no value (the VM left the
     * filter, deleted say: a read says what it is). Watchers of one VM by one caller share one filter. It
     * fails when vCenter cannot be followed any more; cancelling it stops following.
     */
    public Multi<Optional<CustomizationInfo>> customizationChanges(Vcenter vcenter, Caller caller, String vm) {
        String path = "guest.customizationInfo";
        return watches.changes(vcenter, caller, new PropertyWatches.Target("VirtualMachine", vm, path))
                .map(change -> !change.isWhole(path) || change.value() != null && !(change.value() instanceof GuestInfoCustomizationInfo)
                        ? Optional.<CustomizationInfo> empty()
                        : Optional.of(VimValues.customization(vm, (GuestInfoCustomizationInfo) change.value())));
    }

    /** The Task's info each time it changes in vCenter, as {@link #customizationChanges}. */
    public Multi<Optional<TaskSnapshot>> taskChanges(Vcenter vcenter, Caller caller, String task) {
        return watches.changes(vcenter, caller, new PropertyWatches.Target("Task", task, "info"))
                .map(change -> change.isWhole("info") && change.value() instanceof TaskInfo info ? Optional.of(VimValues.task(info))
                        : Optional.<TaskSnapshot> empty());
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
        return learned(vcenter).flatMap(learned -> {
            if (!learned.capabilities().eventManager()) {
                return Uni.createFrom().item(Optional.empty());
            }
            ManagedObjectReference eventManager = learned.content().getEventManager();
            EventFilterSpec filter = VimValues.failureEvents(VimValues.moref("VirtualMachine", vm), FAILURE_EVENTS, since);
            return vcenter.sessions().withSession(caller, per.side, session -> vcenter.guard(Backend.SOAP).read(per.queryEvents,
                    () -> vim.queryEvents(vcenter, session, eventManager, filter).map(VimValues::latestFailure)),
                    SESSION_GONE);
        });
    }

    /** Runs {@code call} with the caller's SOAP session on the vCenter and its ServiceContent (for {@link PropertyWatches}). */
    private <T> Uni<T> inSession(Vcenter vcenter, Caller caller, PropertyWatches.SessionCall<T> call) {
        PerVcenter per = per(vcenter);
        return serviceContent(vcenter).flatMap(content -> vcenter.sessions().withSession(caller, per.side,
                session -> call.apply(content, session), SESSION_GONE));
    }

    /** What the vCenter's ServiceContent says of it (read once, as its capabilities are): no session needed. */
    public Uni<ServiceFacts> serviceFacts(Vcenter vcenter) {
        return serviceContent(vcenter).map(VimValues::serviceFacts);
    }

    /**
     * The caller's SOAP session on the vCenter, opened (Login) unless the caller has one: what checks a
     * caller's credentials, through the session pool (its failed-login memory and budget included).
     */
    public Uni<Void> session(Vcenter vcenter, Caller caller) {
        PerVcenter per = per(vcenter);
        return serviceContent(vcenter).flatMap(content -> vcenter.sessions().withSession(caller, per.side,
                session -> Uni.createFrom().voidItem(), SESSION_GONE));
    }

    /**
     * What the vCenter can do ({@link Vcenter#capabilities()}), read from its ServiceContent if they are
     * not known yet or the vCenter restarted since.
     */
    public Uni<Capabilities.Known> capabilities(Vcenter vcenter) {
        return learned(vcenter).map(Learned::capabilities);
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
        return learned(vcenter).map(Learned::content);
    }

    /** The ServiceContent and its capabilities, learned by the vCenter's capabilities with this adapter's read. */
    private Uni<Learned> learned(Vcenter vcenter) {
        PerVcenter per = per(vcenter);
        return vcenter.capabilities().learn(() -> read(vcenter, per)).map(known -> per.learned)
                // read again after a restart, and failed: the ServiceContent read before names the same objects
                .onFailure().recoverWithUni(e -> per.learned != null ? Uni.createFrom().item(per.learned) : Uni.createFrom().failure(e));
    }

    /** ServiceInstance.RetrieveServiceContent, through the SOAP guard: what it says is kept with the vCenter. */
    private Uni<Capabilities.Known> read(Vcenter vcenter, PerVcenter per) {
        return vcenter.guard(Backend.SOAP).read(per.retrieveServiceContent, () -> vim.retrieveServiceContent(vcenter)).map(content -> {
            Learned learned = new Learned(content, new Capabilities.Known(content.getAbout() == null ? null : content.getAbout().getApiVersion(),
                    content.getGuestCustomizationManager() != null, content.getEventManager() != null));
            per.learned = learned;
            return learned.capabilities();
        });
    }

    private PerVcenter per(Vcenter vcenter) {
        return vcenters.computeIfAbsent(vcenter, PerVcenter::new);
    }
}
