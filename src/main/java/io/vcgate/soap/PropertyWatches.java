package io.vcgate.soap;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import io.vcgate.vim25.ObjectUpdate;
import io.vcgate.vim25.ObjectUpdateKind;
import io.vcgate.vim25.PropertyChange;
import io.vcgate.vim25.PropertyChangeOp;
import io.vcgate.vim25.PropertyFilterUpdate;
import io.vcgate.vim25.ServiceContent;
import io.vcgate.vim25.UpdateSet;
import io.vcgate.vim25.WaitOptions;

/**
 * Changes of managed object properties, pushed by vCenter's PropertyCollector: one loop per vCenter and
 * caller (a session's PropertyCollector reports every filter of that session), one filter per watched
 * object and property, shared by everyone watching it. The loop keeps the filters in step with what is
 * watched (CreateFilter for new targets, a batch at a time, or beside a pending wait, which then reports
 * them; DestroyPropertyFilter for abandoned ones), then waits with {@code WaitForUpdatesEx} from the last
 * version; each watcher is told its property's new value as vCenter reported it ({@link Change}). The
 * last watcher leaving during a wait interrupts it ({@code CancelWaitForUpdates}). What to do next is
 * {@link FilterPlan}'s, what the loop knows {@link CollectorFilters}'; the loop only carries the steps out.
 *
 * <p>A blip (a failed wait) is retried by the vCenter's SOAP guard with the same version, so nothing is
 * missed; a lost session means a fresh login, and on it the filters are made again and their current
 * values reported. A filter vCenter refuses (NOT_FOUND, INVALID_ARGUMENT) fails its own watchers only. A
 * call this gateway's own bulkhead turns away waits its turn ({@link BackendGuard#patiently}). When the
 * guard gives up, every watcher of the loop fails with the reason, and the loop ends. The last watcher of
 * a filter leaving destroys it; the last watcher of the loop ends it.
 */
final class PropertyWatches {

    private static final Logger LOG = Logger.getLogger(PropertyWatches.class);

    /** The most CreateFilter calls one loop has under way at once (and DestroyPropertyFilter calls one step makes). */
    static final int BATCH = 32;

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

    /**
     * A change of a watched property as vCenter reported it: its new {@code value} (null when it was unset)
     * when {@code known}; not known when the report carried no value for the property (the object left
     * the filter, deleted say): then only a read says what it is.
     */
    record Change(Object value, boolean known) {
        static final Change UNKNOWN = new Change(null, false);
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
     * Each change of the target's property, starting with its value when the filter is made; it fails when
     * vCenter cannot be followed any more. Cancelling it stops following.
     */
    Multi<Change> changes(Vcenter vcenter, Caller caller, Target target) {
        // a burst of changes: only the latest waits for its reader, it says what the property is now
        return Multi.createFrom().<Change> emitter(emitter -> {
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
        private final CollectorFilters<Target, MultiEmitter<? super Change>, String, Change> state = new CollectorFilters<>(BATCH);

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
        boolean add(Target target, MultiEmitter<? super Change> watcher) {
            switch (state.add(target, watcher)) {
                case ENDED:
                    return false;
                case STARTS:
                    turn();
                    break;
                case CREATES_BESIDE:
                    createBesideWait();
                    break;
                case JOINED:
                    break;
            }
            return true;
        }

        void remove(Target target, MultiEmitter<? super Change> watcher) {
            if (state.remove(target, watcher)) {
                interruptWait();
            }
        }

        int filters() {
            return state.filters();
        }

        /**
         * One turn on one session: the steps the plan gives until a wait has ended (then its watchers are
         * told and the next turn begins) or the loop stops. A session found gone is replaced by a fresh
         * login and the turn planned again on it; a call the bulkhead turned away waits its turn.
         */
        private void turn() {
            if (state.endIfIdle()) {
                loops.remove(key, this); // nothing left to do: no session taken just to find that out
                return;
            }
            BackendGuard.patiently(sessions.call(vcenter, caller, this::steps)).subscribe().with(this::turned, this::failed);
        }

        /** Carries out the plan's steps on {@code session}; what to do once the session is released (null: the loop stopped). */
        private Uni<Runnable> steps(ServiceContent content, String session) {
            FilterPlan.Step<Target, String> step = state.next(session);
            // filters are made and destroyed beside the loop's wait, which reports what they change
            if (step instanceof FilterPlan.Create<Target, String> create) {
                besideTheLoop(create(content, session, create.targets()).replaceWith(true));
                return steps(content, session);
            }
            if (step instanceof FilterPlan.Destroy<Target, String> destroy) {
                for (String filter : destroy.filters()) {
                    destroy(session, filter).subscribe().with(x -> state.destroyed(filter));
                }
                return steps(content, session);
            }
            if (step instanceof FilterPlan.WaitForUpdates<Target, String> wait) {
                WaitOptions options = new WaitOptions();
                options.setMaxWaitSeconds((int) pollWait.toSeconds());
                // a blip is retried by the guard from the same version: nothing is missed
                return guard.longPoll(waitForUpdates, pollWait.plusSeconds(10),
                        () -> vim.waitForUpdatesEx(vcenter, session, content.getPropertyCollector(), wait.version(), options)
                                .onFailure(PropertyWatches::canceled).recoverWithNull())
                        .map(this::signals);
            }
            return Uni.createFrom().nullItem(); // Stop
        }

        /**
         * CreateFilter for each target at once on {@code session}. A filter vCenter refuses (the object is
         * gone, ...) ends its own watchers only; another failure fails the whole (the target is made again
         * by the next step); a report a wait brought before the filter's answer is told now.
         */
        private Uni<Void> create(ServiceContent content, String session, List<Target> targets) {
            if (targets.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            // every call is answered before the step ends (none is cancelled half-way), then the first failure fails it
            return Multi.createFrom().iterable(targets)
                    .onItem().transformToUniAndMerge(target -> create(content, session, target))
                    .collect().asList()
                    .invoke(failures -> {
                        if (!failures.isEmpty()) {
                            throw failures.get(0) instanceof RuntimeException e ? e : new IllegalStateException(failures.get(0));
                        }
                    })
                    .replaceWithVoid();
        }

        /** CreateFilter for one target: its failure (one that is not a refusal) as an item, nothing when made or refused. */
        private Uni<Throwable> create(ServiceContent content, String session, Target target) {
            return BackendGuard.patiently(guard.read(createFilter, () -> vim.createFilter(vcenter, session, content.getPropertyCollector(),
                    VimValues.propertySpec(target.moref(), target.path()))))
                    .map(filter -> {
                        CollectorFilters.Created<MultiEmitter<? super Change>, Change> created = state.created(target, filter.getValue(), session);
                        if (created.orphan()) {
                            destroy(session, filter.getValue()).subscribe().with(x -> { }, e -> { });
                        }
                        created.signals().forEach(MultiEmitter::emit);
                        return (Throwable) null;
                    })
                    .onFailure(PropertyWatches::refused).recoverWithItem(e -> {
                        // a filter vCenter refuses (the object is gone, ...) ends its own watchers only
                        state.refused(target).forEach(w -> w.fail(e));
                        return null;
                    })
                    .onFailure().recoverWithItem(e -> {
                        state.notCreated(target, session);
                        return e;
                    });
        }

        /** DestroyPropertyFilter; a failure is only logged (the filter goes with its session at the latest). */
        private Uni<Void> destroy(String session, String filter) {
            return BackendGuard.patiently(guard.read(destroyFilter, () -> vim.destroyPropertyFilter(vcenter, session, VimValues.moref("PropertyFilter", filter))))
                    .onFailure().invoke(e -> LOG.debugf("DestroyPropertyFilter on %s failed: %s", vcenter.name(), e.getMessage()))
                    .onFailure().recoverWithNull();
        }

        /**
         * New targets' filters made beside the pending wait, which reports them: no CancelWaitForUpdates and
         * no second wait. On another session than the wait's, nothing is made (the next step makes them).
         */
        private void createBesideWait() {
            besideTheLoop(sessions.call(vcenter, caller, (content, session) -> {
                List<Target> targets = state.besideWait(session);
                return targets.isEmpty() ? Uni.createFrom().item(false) : create(content, session, targets).replaceWith(true);
            }));
        }

        /**
         * Runs CreateFilter {@code calls} beside the loop's steps. Once some were made, more filters may be
         * made beside a pending wait (they waited for room under the batch); when they fail (not refused),
         * the pending wait is interrupted so that the loop's next step makes them again.
         */
        private void besideTheLoop(Uni<Boolean> calls) {
            calls.subscribe().with(made -> {
                if (made) {
                    createBesideWait();
                }
            }, e -> {
                LOG.debugf("CreateFilter on %s failed: %s", vcenter.name(), e.getMessage());
                interruptWait();
            });
        }

        /** The watchers of the filters the updates report, each to be told its property's change once the session is released. */
        private Runnable signals(UpdateSet updates) {
            Map<String, Change> reports = new HashMap<>();
            if (updates != null) {
                for (PropertyFilterUpdate update : updates.getFilterSet()) {
                    if (update.getFilter() != null && !update.getObjectSet().isEmpty()) {
                        reports.put(update.getFilter().getValue(), change(update));
                    }
                }
            }
            Map<MultiEmitter<? super Change>, Change> signals = state.waited(updates == null ? null : updates.getVersion(), reports);
            return new Signals(signals, !reports.isEmpty());
        }

        private void turned(Runnable signals) {
            if (signals == null) {
                loops.remove(key, this);
                return;
            }
            signals.run();
            if (signals instanceof Signals told && told.any() && !gather.isZero() && !gather.isNegative()) {
                // a busy session: what changes meanwhile is told by the next wait, all at once, and the
                // watchers who come and go meanwhile change the filters with the next step
                timers.after(gather, this::turn);
            } else {
                turn();
            }
        }

        private void failed(Throwable failure) {
            List<MultiEmitter<? super Change>> watchers = state.failed();
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

    /**
     * What a filter's report says of its one property: the last change of it (the whole property, as the
     * filter asks for it), or {@link Change#UNKNOWN} when the object left the filter or the report names
     * another path or operation.
     */
    static Change change(PropertyFilterUpdate update) {
        ObjectUpdate object = update.getObjectSet().get(update.getObjectSet().size() - 1);
        if (object.getKind() == ObjectUpdateKind.LEAVE || object.getChangeSet().isEmpty()) {
            return Change.UNKNOWN;
        }
        PropertyChange change = object.getChangeSet().get(object.getChangeSet().size() - 1);
        if (change.getOp() == PropertyChangeOp.ASSIGN) {
            return new Change(change.getVal(), true);
        }
        if (change.getOp() == PropertyChangeOp.REMOVE || change.getOp() == PropertyChangeOp.INDIRECT_REMOVE) {
            return new Change(null, true);
        }
        return Change.UNKNOWN;
    }

    /** What a wait told: each watcher with its property's change; {@code any}: the wait reported changes. */
    private record Signals(Map<MultiEmitter<? super Change>, Change> watchers, boolean any) implements Runnable {
        @Override
        public void run() {
            watchers.forEach(MultiEmitter::emit);
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
