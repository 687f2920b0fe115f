package io.vcgate.soap;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.MultiEmitter;
import io.vcgate.core.Backend;
import io.vcgate.core.BackendFailure;
import io.vcgate.core.Caller;
import io.vcgate.core.FaultCategory;
import io.vcgate.resilience.BackendGuard;
import io.vcgate.vcenter.Vcenter;
import io.vcgate.vim25.ManagedObjectReference;
import io.vcgate.vim25.PropertyFilterUpdate;
import io.vcgate.vim25.ServiceContent;
import io.vcgate.vim25.UpdateSet;
import io.vcgate.vim25.WaitOptions;

/**
 * Changes of managed object properties, pushed by vCenter's PropertyCollector: one loop per vCenter and
 * caller (a session's PropertyCollector reports every filter of that session), one filter per watched
 * object and property, shared by everyone watching it. The loop keeps the filters in step with what is
 * watched (CreateFilter for new targets, DestroyPropertyFilter for abandoned ones), then waits with
 * {@code WaitForUpdatesEx} from the last version; a change to the set of filters during a wait
 * interrupts it ({@code CancelWaitForUpdates}). What to do next is {@link FilterPlan}'s, what the loop
 * knows {@link CollectorFilters}'; the loop only carries the steps out.
 *
 * <p>A blip (a failed wait) is retried by the vCenter's SOAP guard with the same version, so nothing is
 * missed; a lost session means a fresh login, and on it the filters are made again and their current
 * values reported. A filter vCenter refuses (NOT_FOUND, INVALID_ARGUMENT) fails its own watchers only.
 * When the guard gives up, every watcher of the loop fails with the reason, and the loop ends. The last
 * watcher of a filter leaving destroys it; the last watcher of the loop ends it.
 */
final class PropertyWatches {

    private static final Logger LOG = Logger.getLogger(PropertyWatches.class);

    /** What a loop does to vCenter, supplied by the SOAP adapter: its session, its ServiceContent, its vim25 client. */
    interface Session {
        /** Runs {@code call} with the caller's session (logging in again once if vCenter says it is gone). */
        <T> Uni<T> call(Vcenter vcenter, Caller caller, SessionCall<T> call);
    }

    interface SessionCall<T> {
        Uni<T> apply(ServiceContent content, String session);
    }

    /** Runs a task after a delay without holding a thread (a Vert.x timer in the gateway). */
    interface Timers {
        void after(Duration delay, Runnable task);
    }

    /** One watched property of one object. */
    record Target(String type, String id, String path) {
        ManagedObjectReference moref() {
            return VimValues.moref(type, id);
        }
    }

    /** A loop's key: the vCenter itself (a rebuilt one starts afresh) and the caller's sessions. */
    private record LoopKey(Vcenter vcenter, String session) {
    }

    private final VimClient vim;
    private final Session sessions;
    private final Duration pollWait;
    private final Duration gather;
    private final Timers timers;
    private final Map<LoopKey, Loop> loops = new ConcurrentHashMap<>();

    /**
     * @param gather how long a loop lets changes gather after a wait that reported some, before it waits
     *        again: one WaitForUpdatesEx then reports every change of that time (zero: it waits again at once)
     */
    PropertyWatches(VimClient vim, Session sessions, Duration pollWait, Duration gather, Timers timers) {
        this.vim = vim;
        this.sessions = sessions;
        this.pollWait = pollWait;
        this.gather = gather;
        this.timers = timers;
    }

    /**
     * A signal (the property's path) each time the target's property changes, starting when the filter is made;
     * it fails when vCenter cannot be followed any more. Cancelling it stops following.
     */
    Multi<String> changes(Vcenter vcenter, Caller caller, Target target) {
        // a burst of changes needs one read, not one each: only the latest signal waits for its reader
        return Multi.createFrom().<String> emitter(emitter -> {
            LoopKey key = new LoopKey(vcenter, caller.sessionKey());
            while (true) {
                Loop loop = loops.computeIfAbsent(key, k -> new Loop(k, vcenter, caller));
                if (loop.add(target, emitter)) {
                    emitter.onTermination(() -> loop.remove(target, emitter));
                    return;
                }
                loops.remove(key, loop); // ended just now: make a new one
            }
        }, BackPressureStrategy.LATEST);
    }

    /** Filters open in vCenter, all loops together (the gauge vcgate.watch.filters). */
    int filters() {
        return loops.values().stream().mapToInt(Loop::filters).sum();
    }

    private final class Loop {
        private final LoopKey key;
        private final Vcenter vcenter;
        private final Caller caller;
        private final BackendGuard guard;
        private final BackendGuard.Operation createFilter;
        private final BackendGuard.Operation destroyFilter;
        private final BackendGuard.Operation waitForUpdates;
        private final CollectorFilters<Target, MultiEmitter<? super String>, ManagedObjectReference> state = new CollectorFilters<>();

        Loop(LoopKey key, Vcenter vcenter, Caller caller) {
            this.key = key;
            this.vcenter = vcenter;
            this.caller = caller;
            this.guard = vcenter.guard(Backend.SOAP);
            this.createFilter = guard.operation("CreateFilter");
            this.destroyFilter = guard.operation("DestroyPropertyFilter");
            this.waitForUpdates = guard.operation("WaitForUpdatesEx");
        }

        /** False when the loop has ended (its caller makes a new one). */
        boolean add(Target target, MultiEmitter<? super String> watcher) {
            switch (state.add(target, watcher)) {
                case ENDED:
                    return false;
                case STARTS:
                    turn();
                    break;
                case INTERRUPTS:
                    interruptWait();
                    break;
                case JOINED:
                    break;
            }
            return true;
        }

        void remove(Target target, MultiEmitter<? super String> watcher) {
            if (state.remove(target, watcher)) {
                interruptWait();
            }
        }

        int filters() {
            return state.filters();
        }

        /**
         * One turn on one session: the steps the plan gives until a wait has ended (then its watchers are
         * signalled and the next turn begins) or the loop stops. A session found gone is replaced by a
         * fresh login and the turn planned again on it.
         */
        private void turn() {
            if (state.endIfIdle()) {
                loops.remove(key, this); // nothing left to do: no session taken just to find that out
                return;
            }
            sessions.call(vcenter, caller, this::steps).subscribe().with(this::turned, this::failed);
        }

        /** Carries out the plan's steps on {@code session}; what to do once the session is released (null: the loop stopped). */
        private Uni<Runnable> steps(ServiceContent content, String session) {
            FilterPlan.Step<Target, ManagedObjectReference> step = state.next(session);
            if (step instanceof FilterPlan.Create<Target, ManagedObjectReference> create) {
                Target target = create.target();
                return guard.read(createFilter, () -> vim.createFilter(vcenter, session, content.getPropertyCollector(),
                        VimValues.propertySpec(target.moref(), target.path())))
                        .invoke(filter -> state.created(target, filter))
                        .replaceWithVoid()
                        .onFailure(PropertyWatches::refused).recoverWithItem(e -> {
                            // a filter vCenter refuses (the object is gone, ...) ends its own watchers only
                            state.refused(target).forEach(w -> w.fail(e));
                            return null;
                        })
                        .flatMap(x -> steps(content, session));
            }
            if (step instanceof FilterPlan.Destroy<Target, ManagedObjectReference> destroy) {
                return guard.read(destroyFilter, () -> vim.destroyPropertyFilter(vcenter, session, destroy.filter()))
                        .onFailure().invoke(e -> LOG.debugf("DestroyPropertyFilter on %s failed: %s", vcenter.name(), e.getMessage()))
                        .onFailure().recoverWithNull()
                        .invoke(x -> state.destroyed(destroy.filter()))
                        .flatMap(x -> steps(content, session));
            }
            if (step instanceof FilterPlan.WaitForUpdates<Target, ManagedObjectReference> wait) {
                WaitOptions options = new WaitOptions();
                options.setMaxWaitSeconds((int) pollWait.toSeconds());
                // a blip is retried by the guard from the same version: nothing is missed
                return guard.longPoll(waitForUpdates, pollWait.plusSeconds(10),
                        () -> vim.waitForUpdatesEx(vcenter, session, content.getPropertyCollector(), wait.version(), options)
                                .onFailure(PropertyWatches::canceled).recoverWithNull())
                        .map(this::signals);
            }
            if (step instanceof FilterPlan.Stop) {
                return Uni.createFrom().nullItem();
            }
            // Interrupt and KeepWaiting are answers to a watcher coming or going during a wait, never a step
            return Uni.createFrom().failure(new IllegalStateException("not a step of its own: " + step));
        }

        /** The watchers of the filters the updates name, each to be told its target's path once the session is released. */
        private Runnable signals(UpdateSet updates) {
            Set<String> reported = new HashSet<>();
            if (updates != null) {
                for (PropertyFilterUpdate update : updates.getFilterSet()) {
                    if (update.getFilter() != null && !update.getObjectSet().isEmpty()) {
                        reported.add(update.getFilter().getValue());
                    }
                }
            }
            Map<MultiEmitter<? super String>, Target> signals = state.waited(updates == null ? null : updates.getVersion(),
                    filter -> reported.contains(filter.getValue()));
            return new Signals(signals, !reported.isEmpty());
        }

        private void turned(Runnable signals) {
            if (signals == null) {
                loops.remove(key, this);
                return;
            }
            signals.run();
            if (signals instanceof Signals told && told.any() && !gather.isZero() && !gather.isNegative()) {
                // a busy session: what changes meanwhile is told by the next wait, all at once, and the
                // watchers who come and go meanwhile change the filters without interrupting a wait
                timers.after(gather, this::turn);
            } else {
                turn();
            }
        }

        private void failed(Throwable failure) {
            List<MultiEmitter<? super String>> watchers = state.failed();
            loops.remove(key, this);
            LOG.debugf("following properties on %s for %s ended: %s", vcenter.name(), caller, failure.getMessage());
            watchers.forEach(w -> w.fail(failure));
        }

        /**
         * Ends the pending WaitForUpdatesEx at once (it fails with RequestCanceled), so the next step changes
         * the filters. A session found gone needs no interruption: the wait on it has ended too.
         */
        private void interruptWait() {
            sessions.call(vcenter, caller, (content, session) -> !state.waitsOn(session) ? Uni.createFrom().voidItem()
                    : vim.cancelWaitForUpdates(vcenter, session, content.getPropertyCollector())
                            .onFailure(SoapAdapter.SESSION_GONE).recoverWithNull())
                    .subscribe().with(x -> { }, e -> LOG.debugf("CancelWaitForUpdates on %s failed: %s", vcenter.name(), e.getMessage()));
        }
    }

    /** What a wait told: each watcher to signal with its target's path; {@code any}: the wait reported changes. */
    private record Signals(Map<MultiEmitter<? super String>, Target> watchers, boolean any) implements Runnable {
        @Override
        public void run() {
            watchers.forEach((watcher, target) -> watcher.emit(target.path()));
        }
    }

    /** A filter vCenter refuses to make: its object is gone or the property unknown. */
    static boolean refused(Throwable e) {
        return e instanceof BackendFailure f && (f.category() == FaultCategory.NOT_FOUND || f.category() == FaultCategory.INVALID_ARGUMENT);
    }

    /** The failure of a wait that CancelWaitForUpdates ended. */
    static boolean canceled(Throwable e) {
        return e instanceof BackendFailure f && "RequestCanceled".equals(f.fault());
    }
}
