package io.vcgate.customization;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vcgate.core.BackendFailure;
import io.vcgate.core.Caller;
import io.vcgate.core.CustomizationInfo;
import io.vcgate.core.FaultCategory;
import io.vcgate.core.GuestAuth;
import io.vcgate.core.TaskSnapshot;
import io.vcgate.rest.RestAdapter;
import io.vcgate.soap.SoapAdapter;

/**
 * Guest customization as the facade offers it, over vCenter's two APIs:
 * <ul>
 * <li><b>status</b>: from customization-live (REST, vSphere 9.0+) or the VM's guest.customizationInfo
 * (vim25), as {@code vcgate.rest.customization-source} says; with {@code auto}, customization-live
 * until the vCenter is found to lack it ({@link ApiLevel}), then guest.customizationInfo;</li>
 * <li><b>abort</b>: AbortCustomization_Task, then one read of the Task it started, or, with a wait,
 * the Task followed until it ends or the wait (capped at {@code vcgate.abort.max-wait}) runs out;</li>
 * <li><b>task</b>: a Task's info.</li>
 * </ul>
 */
@ApplicationScoped
public class CustomizationService {

    /** First pause between two reads of a Task being waited for; it doubles up to {@link #MAX_POLL}. */
    private static final Duration FIRST_POLL = Duration.ofMillis(100);
    private static final Duration MAX_POLL = Duration.ofSeconds(1);

    @Inject
    RestAdapter rest;

    @Inject
    SoapAdapter soap;

    @Inject
    ApiLevel apiLevel;

    @Inject
    CustomizationConfig config;

    @Inject
    AbortConfig abortConfig;

    public Uni<CustomizationInfo> status(Caller caller, String vm) {
        return switch (config.customizationSource()) {
            case REST -> rest.customizationLive(caller, vm);
            case SOAP -> soap.customizationInfo(caller, vm);
            case AUTO -> apiLevel.legacy() ? soap.customizationInfo(caller, vm)
                    : rest.customizationLive(caller, vm).invoke(apiLevel::markCurrent)
                            .onFailure(CustomizationService::operationMissing).recoverWithUni(missing -> {
                                apiLevel.markLegacy();
                                return soap.customizationInfo(caller, vm);
                            });
        };
    }

    /** What an abort started: the Task as last read, and whether it was waited for. */
    public record Abort(TaskSnapshot task, boolean waited) {
    }

    /**
     * Aborts the VM's guest customization. Without {@code wait} (null) the Task is read once; with one,
     * it is followed until it ends or the wait runs out. The Task exists whatever its reads say, so a
     * failed read never turns a started abort into an error: the answer is then the Task as started.
     */
    public Uni<Abort> abort(Caller caller, String vm, GuestAuth auth, Duration wait) {
        Duration max = abortConfig.maxWait();
        Duration capped = wait == null || wait.compareTo(max) <= 0 ? wait : max;
        return soap.abortCustomization(caller, vm, auth)
                .flatMap(task -> (capped == null ? soap.task(caller, task) : awaitTask(caller, task, capped))
                        .onFailure().recoverWithItem(e -> started(task, vm)))
                .map(task -> new Abort(task, capped != null));
    }

    public Uni<TaskSnapshot> task(Caller caller, String task) {
        return soap.task(caller, task);
    }

    /**
     * Forgets what was learned about the vCenter (its API level, its ServiceContent), as after an
     * upgrade: the next calls find out afresh.
     */
    public void forgetLearnedFacts() {
        apiLevel.forget();
        soap.forgetServiceContent();
    }

    /** The Task's info once it finished, or as it is when {@code maxWait} ran out; reads backed off on a timer. */
    Uni<TaskSnapshot> awaitTask(Caller caller, String task, Duration maxWait) {
        return poll(caller, task, System.nanoTime() + maxWait.toNanos(), FIRST_POLL);
    }

    private Uni<TaskSnapshot> poll(Caller caller, String task, long deadline, Duration delay) {
        return soap.task(caller, task).flatMap(snapshot -> {
            long left = deadline - System.nanoTime();
            if (snapshot.finished() || left <= 0) {
                return Uni.createFrom().item(snapshot);
            }
            Duration pause = delay.toNanos() < left ? delay : Duration.ofNanos(left);
            Duration next = delay.multipliedBy(2).compareTo(MAX_POLL) > 0 ? MAX_POLL : delay.multipliedBy(2);
            return Uni.createFrom().voidItem().onItem().delayIt().by(pause).flatMap(x -> poll(caller, task, deadline, next));
        });
    }

    private static boolean operationMissing(Throwable e) {
        return e instanceof BackendFailure f && f.category() == FaultCategory.NOT_SUPPORTED;
    }

    private static TaskSnapshot started(String task, String vm) {
        return new TaskSnapshot(task, vm, TaskSnapshot.State.QUEUED, 0, null, null, null, null);
    }
}
