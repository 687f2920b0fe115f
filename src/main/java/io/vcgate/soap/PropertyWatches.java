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
import io.vcgate.resilience.Retryability;
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

    /** The most CreateFilter calls one loop has under way at once, and DestroyPropertyFilter calls one step makes. */
    static final int BATCH = 32;

    /** How many times a filter's CreateFilter may fail in a passing way on one session before its watchers fail. */
    static final int CREATE_ATTEMPTS = 5;

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
     * A change of a watched property as vCenter reported it: the {@code path} it names and its new
     * {@code value} (null when it was unset) when {@code known}; not known when the report carried no value
     * (the object left the filter, deleted say): then only a read says what it is.
     */
    record Change(String path, Object value, boolean known) {
        static final Change UNKNOWN = new Change(null, null, false);

        /** The new value of the whole property at {@code path}, if that is what this change says. */
        boolean isWhole(String path) {
            return known && path.equals(this.path);
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
            // filters are made beside the loop's wait, which reports them
            if (step instanceof FilterPlan.Create<Target, String> create) {
                besideTheLoop(create(content, session, create.targets()));
                return steps(content, session);
            }
            if (step instanceof FilterPlan.Destroy<Target, String> destroy) {
                return Multi.createFrom().iterable(destroy.filters())
                        .onItem().transformToUniAndMerge(filter -> destroy(session, filter).invoke(x -> state.destroyed(filter)).replaceWith(filter))
                        .collect().asList()
                        .flatMap(x -> steps(content, session));
            }
            if (step instanceof FilterPlan.WaitForUpdates<Target, String> wait) {
                WaitOptions options = new WaitOptions();
                options.setMaxWaitSeconds((int) pollWait.toSeconds());
                // a blip is retried by the guard from the same version: nothing is missed
                return guard.longPoll(waitForUpdates, pollWait.plusSeconds(10),
                        () -> vim.waitForUpdatesEx(vcenter, session, content.getPropertyCollector(), wait.version(), options)
                                .onFailure(PropertyWatches::canceled).recoverWithNull())
                        .map(updates -> signals(session, updates));
            }
            return Uni.createFrom().nullItem(); // Stop
        }

        /**
         * CreateFilter for each target at once on {@code session}; true when some filter was made. A filter
         * vCenter refuses (the object is gone, ...) or keeps failing ends its own watchers only; a passing
         * failure (vCenter unwell, the session gone, this gateway's own limits) is tried again after the
         * loop's wait. A report a wait brought before the filter's answer is told now. Never fails.
         */
        private Uni<Boolean> create(ServiceContent content, String session, List<Target> targets) {
            if (targets.isEmpty()) {
                return Uni.createFrom().item(false);
            }
            return Multi.createFrom().iterable(targets)
                    .onItem().transformToUniAndMerge(target -> create(content, session, target))
                    .collect().asList()
                    .map(made -> made.contains(Boolean.TRUE));
        }

        private Uni<Boolean> create(ServiceContent content, String session, Target target) {
            // a write: not sent again after a failure once sent (it may have made a filter, which then reports as a stray)
            return BackendGuard.patiently(guard.write(createFilter, () -> vim.createFilter(vcenter, session, content.getPropertyCollector(),
                    VimValues.propertySpec(target.moref(), target.path()))))
                    .map(filter -> {
                        CollectorFilters.Created<MultiEmitter<? super Change>, Change> created = state.created(target, filter.getValue(), session);
                        if (created.orphan()) {
                            destroy(session, filter.getValue()).subscribe().with(x -> { });
                        }
                        created.signals().forEach(MultiEmitter::emit);
                        return true;
                    })
                    .onFailure().recoverWithItem(e -> {
                        if (!refused(e) && passing(e) && state.notCreated(target, session) < CREATE_ATTEMPTS) {
                            LOG.debugf("CreateFilter on %s failed, tried again after the wait: %s", vcenter.name(), e.getMessage());
                            return false;
                        }
                        state.refused(target).forEach(w -> w.fail(e));
                        return false;
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
            besideTheLoop(BackendGuard.patiently(sessions.call(vcenter, caller,
                    (content, session) -> create(content, session, state.besideWait(session)))));
        }

        /**
         * CreateFilter {@code calls} beside the loop's steps. Once some filter was made, more may be made
         * beside a pending wait (they waited for room under the batch); what could not be made is made by
         * the loop's next step.
         */
        private void besideTheLoop(Uni<Boolean> calls) {
            calls.subscribe().with(made -> {
                if (made) {
                    createBesideWait();
                }
            }, e -> LOG.debugf("CreateFilter beside a wait on %s: no session: %s", vcenter.name(), e.getMessage()));
        }

        /** The watchers of the filters the updates report, each to be told its property's change once the session is released. */
        private Runnable signals(String session, UpdateSet updates) {
            Map<String, Change> reports = new HashMap<>();
            if (updates != null) {
                for (PropertyFilterUpdate update : updates.getFilterSet()) {
                    if (update.getFilter() != null && !update.getObjectSet().isEmpty()) {
                        reports.put(update.getFilter().getValue(), change(update));
                    }
                }
            }
            CollectorFilters.Waited<MultiEmitter<? super Change>, Change, String> waited = state.waited(updates == null ? null : updates.getVersion(),
                    reports);
            // filters the loop does not know (made by a CreateFilter whose answer was lost) are destroyed beside
            waited.strays().forEach(filter -> destroy(session, filter).subscribe().with(x -> { }));
            return new Signals(waited.signals(), !reports.isEmpty());
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
            BackendGuard.patiently(sessions.call(vcenter, caller, (content, session) -> !state.waitsOn(session) ? Uni.createFrom().voidItem()
                    : vim.cancelWaitForUpdates(vcenter, session, content.getPropertyCollector())
                            .onFailure(SoapAdapter.SESSION_GONE).recoverWithNull()))
                    .subscribe().with(x -> { }, e -> LOG.debugf("CancelWaitForUpdates on %s failed: %s", vcenter.name(), e.getMessage()));
        }
    }

    /**
     * What a filter's report says of its one property: the last change of it, as a {@link Change} that
     * names the path vCenter reported (the whole property, as the filter asks for it; a caller takes a
     * change of another path, a part of it, as not known), or {@link Change#UNKNOWN} when the object left
     * the filter or the report carries no assignment or removal.
     */
    static Change change(PropertyFilterUpdate update) {
        ObjectUpdate object = update.getObjectSet().get(update.getObjectSet().size() - 1);
        if (object.getKind() == ObjectUpdateKind.LEAVE || object.getChangeSet().isEmpty()) {
            return Change.UNKNOWN;
        }
        PropertyChange change = object.getChangeSet().get(object.getChangeSet().size() - 1);
        if (change.getOp() == PropertyChangeOp.ASSIGN) {
            return new Change(change.getName(), change.getVal(), true);
        }
        if (change.getOp() == PropertyChangeOp.REMOVE || change.getOp() == PropertyChangeOp.INDIRECT_REMOVE) {
            return new Change(change.getName(), null, true);
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

    /** A CreateFilter failure that may pass: vCenter unwell or the way to it, the session gone, or this gateway's own limits. */
    static boolean passing(Throwable e) {
        return Retryability.retryableRead(e) || SoapAdapter.SESSION_GONE.test(e)
                || e instanceof BackendFailure f && f.origin() == BackendFailure.Origin.GATEWAY;
    }

    /** The failure of a wait that CancelWaitForUpdates ended. */
    static boolean canceled(Throwable e) {
        return e instanceof BackendFailure f && "RequestCanceled".equals(f.fault());
    }
}
