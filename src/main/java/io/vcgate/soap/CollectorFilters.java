package io.vcgate.soap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one PropertyCollector loop knows (one vCenter, one caller): who watches which target, the filters
 * made for them on which session and those being made, the version of the updates seen, and what the loop
 * is doing (a step, a wait, a wait being interrupted, or ended). Each method is one event (a watcher comes
 * or goes, a step is due, a call's answer) and returns what the loop must do; the steps themselves are
 * {@link FilterPlan}'s. Thread-safe: watchers come and go, and filters made beside a wait are answered, on
 * any thread while a step is under way.
 *
 * <p>The loop's own steps come one at a time; the filters they make or destroy are made or destroyed
 * beside them (the loop goes on to its wait at once, and the wait reports what they change). A watcher
 * coming or going meanwhile only changes what is wanted, which the next step sees, except during a wait:
 * a new target's filter is then made beside it (vCenter reports a filter made during a wait in that
 * wait), and the last watcher leaving interrupts it so that the loop can end. A filter abandoned while
 * others are watched waits for the wait's end to be destroyed. The wait's answer may come before the
 * answer of a CreateFilter made beside it: its report of that filter is kept until the filter is known
 * ({@link #created}). A new session (the first, or a fresh login) has none of the filters: they are made
 * again and their values reported from the start.
 *
 * @param <T> a watched target
 * @param <W> a watcher
 * @param <F> a filter made in vCenter (its id)
 * @param <R> what a wait reported of a filter
 */
final class CollectorFilters<T, W, F, R> {

    /** What a watcher's arrival means for the loop. */
    enum Added {
        /** The first watcher: the loop starts. */
        STARTS,
        /** A target with no filter during a wait: make its filter beside the wait ({@link #besideWait}). */
        CREATES_BESIDE,
        /** Nothing to do now: the next step sees the watcher. */
        JOINED,
        /** The loop has ended: the watcher needs a new loop. */
        ENDED
    }

    /** What a CreateFilter's answer means: the watchers to tell of a report that came first; {@code orphan}: the loop has ended, destroy the filter. */
    record Created<W, R>(Map<W, R> signals, boolean orphan) {
    }

    /**
     * What a wait's answer means: the watchers to tell, each with its filter's report, and {@code strays}:
     * filters the wait reported that the loop does not know while it makes none (one made by a CreateFilter
     * whose answer was lost, then made again), to destroy.
     */
    record Waited<W, R, F>(Map<W, R> signals, List<F> strays) {
    }

    private enum Phase { NEW, STEPPING, WAITING, INTERRUPTING, ENDED }

    private final int batch;
    private final Map<T, Set<W>> wanted = new LinkedHashMap<>();
    private final Map<T, F> made = new LinkedHashMap<>();
    private final Set<T> creating = new LinkedHashSet<>();
    /** Targets whose CreateFilter failed (not refused): tried again after the wait's end, not at once. */
    private final Set<T> retryAfterWait = new LinkedHashSet<>();
    private final Map<T, Integer> failedCreates = new HashMap<>();
    private final List<F> destroying = new ArrayList<>();
    private final Map<F, R> unclaimed = new HashMap<>();
    private String session;
    private String version = "";
    private Phase phase = Phase.NEW;

    /** @param batch the most CreateFilter calls under way at once, and DestroyPropertyFilter calls a step makes */
    CollectorFilters(int batch) {
        this.batch = batch;
    }

    synchronized Added add(T target, W watcher) {
        if (phase == Phase.ENDED) {
            return Added.ENDED;
        }
        wanted.computeIfAbsent(target, t -> new LinkedHashSet<>()).add(watcher);
        if (phase == Phase.NEW) {
            phase = Phase.STEPPING;
            return Added.STARTS;
        }
        return phase == Phase.WAITING && duringWait() instanceof FilterPlan.CreateBeside ? Added.CREATES_BESIDE : Added.JOINED;
    }

    /**
     * The watcher leaves; true when its leaving interrupts the pending wait: when no target is watched any
     * more, so that the loop destroys its filters and ends now. A filter abandoned while other targets are
     * still watched costs nothing while the wait goes on: the next step after the wait destroys it (a farm's
     * runs end one after the other; interrupting for each would cost a CancelWaitForUpdates and one more
     * wait per run).
     */
    synchronized boolean remove(T target, W watcher) {
        Set<W> watchers = wanted.get(target);
        if (watchers == null || !watchers.remove(watcher)) {
            return false;
        }
        if (watchers.isEmpty()) {
            wanted.remove(target);
        }
        if (phase == Phase.WAITING && duringWait() instanceof FilterPlan.Interrupt) {
            phase = Phase.INTERRUPTING;
            return true;
        }
        return false;
    }

    private FilterPlan.DuringWait<T> duringWait() {
        return FilterPlan.duringWait(wanted.keySet(), made, notToMake(), phase == Phase.INTERRUPTING, batch);
    }

    /** Targets not to make now: those being made, and those to try again after the wait. */
    private Set<T> notToMake() {
        if (retryAfterWait.isEmpty()) {
            return creating;
        }
        Set<T> both = new LinkedHashSet<>(creating);
        both.addAll(retryAfterWait);
        return both;
    }

    /**
     * The targets whose filters are to be made now beside the wait pending on {@code session}, counted as
     * being made until {@link #created} or {@link #notCreated}; none when no wait is pending on that session
     * (the next step makes them).
     */
    synchronized List<T> besideWait(String session) {
        if (phase != Phase.WAITING || !session.equals(this.session) || !(duringWait() instanceof FilterPlan.CreateBeside<T> beside)) {
            return List.of();
        }
        creating.addAll(beside.targets());
        return beside.targets();
    }

    /**
     * The loop's next step on {@code session}, the session it holds now; whatever step was under way has
     * ended (a step retried on a fresh session after its own failed comes here again). Filters it says to
     * make are counted as being made until their answer; filters it says to destroy are no longer their
     * targets', and are counted until {@link #destroyed}; after {@code Stop} the loop has ended and takes
     * no watcher.
     */
    synchronized FilterPlan.Step<T, F> next(String session) {
        if (phase == Phase.ENDED) {
            return new FilterPlan.Stop<>();
        }
        if (!session.equals(this.session)) {
            // a new session (the first, or a fresh login): its collector has none of the filters
            this.session = session;
            this.version = "";
            made.clear();
            creating.clear();
            retryAfterWait.clear();
            failedCreates.clear();
            destroying.clear();
            unclaimed.clear();
        }
        FilterPlan.Step<T, F> step = FilterPlan.next(wanted.keySet(), made, notToMake(), version, batch);
        if (step instanceof FilterPlan.Destroy<T, F> destroy) {
            made.values().removeAll(destroy.filters());
            destroying.addAll(destroy.filters());
        } else if (step instanceof FilterPlan.Create<T, F> create) {
            creating.addAll(create.targets());
        }
        phase = step instanceof FilterPlan.WaitForUpdates ? Phase.WAITING : step instanceof FilterPlan.Stop ? Phase.ENDED : Phase.STEPPING;
        return step;
    }

    /**
     * Ends the loop before it takes another session when nothing is left to do: no watcher, no filter.
     * True when it ended (its caller removes it); false when the next step needs vCenter.
     */
    synchronized boolean endIfIdle() {
        if (phase == Phase.ENDED) {
            return true;
        }
        if (wanted.isEmpty() && made.isEmpty()) {
            phase = Phase.ENDED;
            return true;
        }
        return false;
    }

    /**
     * CreateFilter made {@code filter} for {@code target} on {@code session}. If everyone has left
     * meanwhile, the next step destroys it; if the loop has ended, it is an orphan for the caller to
     * destroy; if the loop has moved to another session, it went with the old one. A report of it that a
     * wait brought first is told now.
     */
    synchronized Created<W, R> created(T target, F filter, String session) {
        if (!session.equals(this.session)) {
            return new Created<>(Map.of(), false);
        }
        creating.remove(target);
        failedCreates.remove(target);
        if (phase == Phase.ENDED) {
            return new Created<>(Map.of(), true);
        }
        made.put(target, filter);
        R report = unclaimed.remove(filter);
        forgetUnclaimedWhenNoneIsMade();
        Set<W> watchers = wanted.get(target);
        if (report == null || watchers == null) {
            return new Created<>(Map.of(), false);
        }
        Map<W, R> signals = new LinkedHashMap<>();
        watchers.forEach(w -> signals.put(w, report));
        return new Created<>(signals, false);
    }

    /**
     * CreateFilter for {@code target} on {@code session} failed (not refused): it is made again after the
     * pending wait's end (or the next one's), not at once. How many times it has failed so far on this
     * session (0 when the loop has moved to another session: nothing to count).
     */
    synchronized int notCreated(T target, String session) {
        if (!session.equals(this.session)) {
            return 0;
        }
        creating.remove(target);
        forgetUnclaimedWhenNoneIsMade();
        if (!wanted.containsKey(target)) {
            failedCreates.remove(target);
            return 0;
        }
        retryAfterWait.add(target);
        return failedCreates.merge(target, 1, Integer::sum);
    }

    /** Reports of filters whose CreateFilter answer never came (their session is gone) are kept no longer than a CreateFilter is under way. */
    private void forgetUnclaimedWhenNoneIsMade() {
        if (creating.isEmpty()) {
            unclaimed.clear();
        }
    }

    /** DestroyPropertyFilter of {@code filter} has returned (done, or failed: it is not tried again). */
    synchronized void destroyed(F filter) {
        destroying.remove(filter);
    }

    /** vCenter refused a filter for {@code target} (the object is gone, ...): its watchers, to fail; the others go on. */
    synchronized List<W> refused(T target) {
        creating.remove(target);
        retryAfterWait.remove(target);
        failedCreates.remove(target);
        forgetUnclaimedWhenNoneIsMade();
        Set<W> watchers = wanted.remove(target);
        return watchers == null ? List.of() : List.copyOf(watchers);
    }

    /**
     * The wait ended: with updates from {@code version} (null: none, or interrupted), {@code reports} by
     * filter. The watchers to signal, each with its filter's report; a report of a filter still being made
     * waits for it; a filter the loop does not know while it makes none is a stray. Targets whose
     * CreateFilter failed are made again by the next step.
     */
    synchronized Waited<W, R, F> waited(String version, Map<F, R> reports) {
        if (phase == Phase.WAITING || phase == Phase.INTERRUPTING) {
            phase = Phase.STEPPING;
        }
        if (version != null) {
            this.version = version;
        }
        retryAfterWait.clear();
        Map<W, R> signals = new LinkedHashMap<>();
        Set<F> known = new java.util.HashSet<>();
        made.forEach((target, filter) -> {
            known.add(filter);
            Set<W> watchers = wanted.get(target);
            R report = reports.get(filter);
            if (watchers != null && report != null) {
                watchers.forEach(w -> signals.put(w, report));
            }
        });
        List<F> strays = new ArrayList<>();
        reports.forEach((filter, report) -> {
            if (!known.contains(filter) && !destroying.contains(filter)) {
                if (creating.isEmpty()) {
                    strays.add(filter);
                } else {
                    unclaimed.put(filter, report);
                }
            }
        });
        return new Waited<>(signals, strays);
    }

    /** Following cannot go on (the guard gave up): the loop ends, and every watcher fails. */
    synchronized List<W> failed() {
        phase = Phase.ENDED;
        List<W> all = new ArrayList<>();
        wanted.values().forEach(all::addAll);
        wanted.clear();
        made.clear();
        creating.clear();
        retryAfterWait.clear();
        failedCreates.clear();
        destroying.clear();
        unclaimed.clear();
        return all;
    }

    /** Whether a wait is pending on {@code session} (an interruption sent on another session would not reach it). */
    synchronized boolean waitsOn(String session) {
        return (phase == Phase.WAITING || phase == Phase.INTERRUPTING) && session.equals(this.session);
    }

    /** Filters made in vCenter and not yet destroyed (one being destroyed counts until its call has returned). */
    synchronized int filters() {
        return made.size() + destroying.size();
    }

    synchronized boolean ended() {
        return phase == Phase.ENDED;
    }
}
