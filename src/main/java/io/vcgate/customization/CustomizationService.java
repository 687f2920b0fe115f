package io.vcgate.customization;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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
import io.vcgate.rest.RestAdapter;
import io.vcgate.soap.SoapAdapter;
import io.vcgate.vcenter.Capabilities;
import io.vcgate.vcenter.Vcenter;
import io.vcgate.vcenter.Vcenters;

/**
 * Guest customization as the facade offers it, over vCenter's two APIs:
 * <ul>
 * <li><b>status</b>: from customization-live (REST, vSphere 9.0+) or the VM's guest.customizationInfo
 * (vim25), as {@code vcgate.rest.customization-source} says; with {@code auto}, as the vCenter's
 * {@link Capabilities} say: customization-live where its version has it (or is not known) and vCenter
 * has not answered that the operation does not exist, else guest.customizationInfo, so a vCenter
 * without customization-live costs no REST login at all;</li>
 * <li><b>abort</b>: AbortCustomization_Task, then one read of the Task it started, or, with a wait,
 * the Task followed as vCenter pushes its changes (the Task's shared feed, as its watches) until it ends
 * or the wait (capped at {@code vcgate.abort.max-wait}) runs out;</li>
 * <li><b>task</b>: a Task's info;</li>
 * <li><b>watch</b>: a customization or a Task followed to its end, pushed by vCenter ({@link Watches}).</li>
 * </ul>
 * Before a status read calls an adapter, the vCenter's capabilities are learned (the SOAP adapter reads
 * its ServiceContent, once): so its session pool knows whether one session serves both APIs before the
 * caller's first login, whichever API that login is for. The SOAP adapter's own calls learn them first too.
 */
@ApplicationScoped
public class CustomizationService {

    @Inject
    RestAdapter rest;

    @Inject
    SoapAdapter soap;

    @Inject
    CustomizationConfig config;

    @Inject
    AbortConfig abortConfig;

    @Inject
    Watches watches;

    @Inject
    Vcenters vcenters;

    /** The vCenter named {@code name} (the default one for the facade's unscoped paths); unknown names fail. */
    public Vcenter vcenter(String name) {
        return vcenters.get(name);
    }

    /** What the gateway knows of one vCenter: no caller's credentials are involved. */
    public record VcenterState(String name, String apiVersion, boolean unifiedSessions, int sessions, String restCircuit,
            String soapCircuit) {
    }

    /**
     * Every vCenter with its API version (from its capabilities: no session needed; null when they cannot
     * be read within a second), its session facts and circuit states.
     */
    public Uni<List<VcenterState>> vcenters() {
        List<Uni<VcenterState>> states = new ArrayList<>();
        for (Vcenter vcenter : vcenters.all()) {
            states.add(soap.capabilities(vcenter).map(Capabilities.Known::apiVersion)
                    .ifNoItem().after(Duration.ofSeconds(1)).recoverWithItem((String) null)
                    .onFailure().recoverWithNull()
                    .map(version -> new VcenterState(vcenter.name(), version, vcenter.sessions().unifiedSessions(),
                            vcenter.sessions().size(), vcenter.guard(Backend.REST).circuitState(),
                            vcenter.guard(Backend.SOAP).circuitState())));
        }
        return Uni.join().all(states).andFailFast();
    }

    /**
     * The VM's customization status, from the API the source policy says; a FAILED one with the VM's
     * latest customization failure event of that run (its type, reason and message) where vCenter logged one.
     */
    public Uni<CustomizationInfo> status(Vcenter vcenter, Caller caller, String vm) {
        return read(vcenter, caller, vm).flatMap(info -> withFailureEvent(vcenter, caller, vm, info));
    }

    /** A FAILED status with the VM's latest customization failure event of that run, where vCenter logged one; another as it is. */
    private Uni<CustomizationInfo> withFailureEvent(Vcenter vcenter, Caller caller, String vm, CustomizationInfo info) {
        return info.status() != CustomizationInfo.Status.FAILED ? Uni.createFrom().item(info)
                : BackendGuard.patiently(soap.lastCustomizationFailure(vcenter, caller, vm, info.startTime()))
                        .map(event -> event.map(info::withFailureEvent).orElse(info))
                        // the status is the answer; the event only adds to it
                        .onFailure().recoverWithItem(info);
    }

    /**
     * Follows the VM's customization: its status now, then each change vCenter pushes, until a status
     * ends it (SUCCEEDED or FAILED, of a run started at or after {@code since} when given), {@code timeout}
     * runs out (the default and cap of {@code vcgate.watch.*} apply) or following fails. A failure before
     * the first status fails the stream itself.
     */
    public Multi<Watched<CustomizationInfo>> watch(Vcenter vcenter, Caller caller, String vm, OffsetDateTime since, Duration timeout) {
        return watches.customization(vcenter, caller, vm, since, timeout, new Watches.Reading(() -> status(vcenter, caller, vm),
                pushed -> withFailureEvent(vcenter, caller, vm, pushed), () -> readSource(vcenter)));
    }

    /** The status once the customization ended, or as it is when {@code wait} (capped) ran out: a long poll over {@link #watch}. */
    public Uni<Watched<CustomizationInfo>> await(Vcenter vcenter, Caller caller, String vm, OffsetDateTime since, Duration wait) {
        return watch(vcenter, caller, vm, since, wait).collect().last().map(last -> {
            if (last.kind() == Watched.Kind.ERROR) {
                throw last.failure() instanceof RuntimeException e ? e : new IllegalStateException(last.failure());
            }
            return last;
        });
    }

    /** Follows the Task: its info now, then each change, until it has finished, {@code timeout} runs out or following fails. */
    public Multi<Watched<TaskSnapshot>> watchTask(Vcenter vcenter, Caller caller, String task, Duration timeout) {
        return watches.task(vcenter, caller, task, timeout);
    }

    /**
     * The VM's customization status as vCenter says it, from the API the source policy says, without
     * the failure event {@link #status} adds: what vCenter's own customization-live answers.
     */
    public Uni<CustomizationInfo> currentStatus(Vcenter vcenter, Caller caller, String vm) {
        return read(vcenter, caller, vm);
    }

    /** What the vCenter's ServiceContent says of it (no caller, no session). */
    public Uni<ServiceFacts> serviceFacts(Vcenter vcenter) {
        return soap.serviceFacts(vcenter);
    }

    /**
     * Checks the caller's credentials with vCenter: the caller's vim25 session, opened unless the caller
     * has one (through the session pool, so a caller's sessions are shared by every door, and a password
     * vCenter refused is remembered as for any call).
     */
    public Uni<Void> login(Vcenter vcenter, Caller caller) {
        return soap.session(vcenter, caller);
    }

    /** Whether a status ends a watch with {@code since}: what {@code ended} says in answers. */
    public static boolean ends(CustomizationInfo info, OffsetDateTime since) {
        return Watches.ends(info, since);
    }

    private Uni<CustomizationInfo> read(Vcenter vcenter, Caller caller, String vm) {
        return switch (config.customizationSource()) {
            case REST -> learnCapabilities(vcenter).flatMap(x -> rest.customizationLive(vcenter, caller, vm));
            case SOAP -> soap.customizationInfo(vcenter, caller, vm);
            case AUTO -> auto(vcenter, caller, vm, true);
        };
    }

    /**
     * From the API the vCenter's capabilities say. When the read met a restart of the vCenter (it may have
     * come back at another version), the capabilities are learned again, and if they now say the other API,
     * the read is made once more there: the first read after an upgrade already answers as the new version does.
     */
    private Uni<CustomizationInfo> auto(Vcenter vcenter, Caller caller, String vm, boolean again) {
        long restarts = vcenter.sessions().restartsSeen();
        return learnCapabilities(vcenter).flatMap(x -> sourceNow(vcenter) == CustomizationInfo.Source.CUSTOMIZATION_LIVE
                ? live(vcenter, caller, vm) : soap.customizationInfo(vcenter, caller, vm))
                .flatMap(info -> !again || vcenter.sessions().restartsSeen() == restarts ? Uni.createFrom().item(info)
                        : learnCapabilities(vcenter).flatMap(x -> sourceNow(vcenter) == info.source() ? Uni.createFrom().item(info)
                                : auto(vcenter, caller, vm, false)));
    }

    /** The API a status read answers from now: the source policy's, or under AUTO the vCenter's capabilities'. */
    private CustomizationInfo.Source readSource(Vcenter vcenter) {
        return switch (config.customizationSource()) {
            case REST -> CustomizationInfo.Source.CUSTOMIZATION_LIVE;
            case SOAP -> CustomizationInfo.Source.GUEST_CUSTOMIZATION_INFO;
            case AUTO -> sourceNow(vcenter);
        };
    }

    /** The API the vCenter's capabilities point a status read to now. */
    private static CustomizationInfo.Source sourceNow(Vcenter vcenter) {
        return vcenter.capabilities().customizationLive() ? CustomizationInfo.Source.CUSTOMIZATION_LIVE
                : CustomizationInfo.Source.GUEST_CUSTOMIZATION_INFO;
    }

    /** customization-live, falling back to guest.customizationInfo when vCenter answers that it has no such operation. */
    private Uni<CustomizationInfo> live(Vcenter vcenter, Caller caller, String vm) {
        Capabilities capabilities = vcenter.capabilities();
        return rest.customizationLive(vcenter, caller, vm).invoke(capabilities::customizationLiveAnswered)
                .onFailure(CustomizationService::operationMissing).recoverWithUni(missing -> {
                    capabilities.customizationLiveMissing(config.apiLevelRecheck());
                    return soap.customizationInfo(vcenter, caller, vm);
                });
    }

    /**
     * The vCenter's capabilities, learned before a status read calls an adapter (so that its session pool
     * knows whether one login serves both APIs). When they cannot be read, the read goes on with what was
     * learned before, or without: the REST answer then says whether customization-live exists.
     */
    private Uni<Void> learnCapabilities(Vcenter vcenter) {
        return soap.capabilities(vcenter).replaceWithVoid().onFailure().recoverWithNull();
    }

    /** What an abort started: the Task as last read, and whether it was waited for. */
    public record Abort(TaskSnapshot task, boolean waited) {
    }

    /**
     * Aborts the VM's guest customization. Without {@code wait} (null) the Task is read once; with one,
     * it is followed until it has finished or the wait runs out, and the answer is its last state (read
     * once more if none had come by then). The Task exists whatever its reads say, so a failed read never
     * turns a started abort into an error: the answer is then the Task as last read, or as started.
     */
    public Uni<Abort> abort(Vcenter vcenter, Caller caller, String vm, GuestAuth auth, Duration wait) {
        Duration max = abortConfig.maxWait();
        Duration capped = wait == null || wait.compareTo(max) <= 0 ? wait : max;
        return soap.abortCustomization(vcenter, caller, vm, auth)
                .flatMap(task -> (capped == null ? soap.task(vcenter, caller, task) : followTask(vcenter, caller, task, capped))
                        .onFailure().recoverWithItem(e -> started(task, vm)))
                .map(task -> new Abort(task, capped != null));
    }

    /** AbortCustomization_Task on the VM, and nothing more: the id of the Task it started (what vCenter's own dialect answers). */
    public Uni<String> startAbort(Vcenter vcenter, Caller caller, String vm, GuestAuth auth) {
        return soap.abortCustomization(vcenter, caller, vm, auth);
    }

    /**
     * The Task once it finished, or as last told when {@code wait} ran out or following failed; read once
     * (as without a wait) when nothing was told: the wait ran out first, or following failed at once (a
     * vCenter that refuses the Task's filter still answers the abort with the Task as read).
     */
    private Uni<TaskSnapshot> followTask(Vcenter vcenter, Caller caller, String task, Duration wait) {
        return watches.taskWithin(vcenter, caller, task, wait)
                .filter(watched -> watched.value() != null).collect().last()
                .onFailure().recoverWithNull()
                .flatMap(last -> last != null ? Uni.createFrom().item(last.value()) : soap.task(vcenter, caller, task));
    }

    public Uni<TaskSnapshot> task(Vcenter vcenter, Caller caller, String task) {
        return soap.task(vcenter, caller, task);
    }


    private static boolean operationMissing(Throwable e) {
        return e instanceof BackendFailure f && f.category() == FaultCategory.NOT_SUPPORTED;
    }

    private static TaskSnapshot started(String task, String vm) {
        return new TaskSnapshot(task, vm, TaskSnapshot.State.QUEUED, 0, null, null, null, null);
    }
}
