package io.vcgate.soap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What one PropertyCollector loop knows (one vCenter, one caller): who watches which target, the filters
 * made for them on which session, the version of the updates seen, and what the loop is doing (a step, a
 * wait, a wait being interrupted, or ended). Each method is one event (a watcher comes or goes, a step is
 * due, a step's answer) and returns what the loop must do; the steps themselves are {@link FilterPlan}'s.
 * Thread-safe: watchers come and go on any thread while a step is under way.
 *
 * <p>Only one step is under way at a time, the loop's: a watcher coming or going meanwhile only changes
 * what is wanted, which the next step sees, except during a wait, which a new target interrupts (its filter
 * must be made), and so does the last watcher leaving (the loop can end); a filter abandoned while others
 * are watched waits for the wait's end to be destroyed. A new session (the first, or a fresh login) has none of the filters: they are made again
 * and their values reported from the start.
 *
 * @param <T> a watched target
 * @param <W> a watcher
 * @param <F> a filter made in vCenter
 */
final class CollectorFilters<T, W, F> {

    /** What a watcher's arrival means for the loop. */
    enum Added {
        /** The first watcher: the loop starts. */
        STARTS,
        /** A watcher of a target with no filter during a wait: interrupt it. */
        INTERRUPTS,
        /** Nothing to do now: the next step sees the watcher. */
        JOINED,
        /** The loop has ended: the watcher needs a new loop. */
        ENDED
    }

    private enum Phase { NEW, STEPPING, WAITING, INTERRUPTING, ENDED }

    private final Map<T, Set<W>> wanted = new LinkedHashMap<>();
    private final Map<T, F> made = new LinkedHashMap<>();
    private final List<F> destroying = new ArrayList<>();
    private String session;
    private String version = "";
    private Phase phase = Phase.NEW;

    synchronized Added add(T target, W watcher) {
        if (phase == Phase.ENDED) {
            return Added.ENDED;
        }
        wanted.computeIfAbsent(target, t -> new LinkedHashSet<>()).add(watcher);
        if (phase == Phase.NEW) {
            phase = Phase.STEPPING;
            return Added.STARTS;
        }
        return interruptsWait() ? Added.INTERRUPTS : Added.JOINED;
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
        return wanted.isEmpty() && interruptsWait();
    }

    private boolean interruptsWait() {
        if (phase != Phase.WAITING || !(FilterPlan.next(wanted.keySet(), made, version, FilterPlan.Wait.PENDING)
                instanceof FilterPlan.Interrupt)) {
            return false;
        }
        phase = Phase.INTERRUPTING;
        return true;
    }

    /**
     * The loop's next step on {@code session}, the session it holds now; whatever step was under way has
     * ended (a step retried on a fresh session after its own failed comes here again). A filter it says to
     * destroy is no longer its target's, and is counted until {@link #destroyed}; after {@code Stop} the
     * loop has ended and takes no watcher.
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
            destroying.clear();
        }
        FilterPlan.Step<T, F> step = FilterPlan.next(wanted.keySet(), made, version, FilterPlan.Wait.NONE);
        if (step instanceof FilterPlan.Destroy<T, F> destroy) {
            made.values().remove(destroy.filter());
            destroying.add(destroy.filter());
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

    /** CreateFilter made {@code filter} for {@code target} (if everyone has left meanwhile, the next step destroys it). */
    synchronized void created(T target, F filter) {
        made.put(target, filter);
    }

    /** DestroyPropertyFilter of {@code filter} has returned (done, or failed: it is not tried again). */
    synchronized void destroyed(F filter) {
        destroying.remove(filter);
    }

    /** vCenter refused a filter for {@code target} (the object is gone, ...): its watchers, to fail; the others go on. */
    synchronized List<W> refused(T target) {
        Set<W> watchers = wanted.remove(target);
        return watchers == null ? List.of() : List.copyOf(watchers);
    }

    /**
     * The wait ended: with updates from {@code version} (null: none, or interrupted) on the filters
     * {@code reported} accepts. The watchers to signal, each with the target that changed.
     */
    synchronized Map<W, T> waited(String version, Predicate<F> reported) {
        if (phase == Phase.WAITING || phase == Phase.INTERRUPTING) {
            phase = Phase.STEPPING;
        }
        if (version != null) {
            this.version = version;
        }
        Map<W, T> signals = new LinkedHashMap<>();
        made.forEach((target, filter) -> {
            Set<W> watchers = wanted.get(target);
            if (watchers != null && reported.test(filter)) {
                watchers.forEach(w -> signals.put(w, target));
            }
        });
        return signals;
    }

    /** Following cannot go on (the guard gave up): the loop ends, and every watcher fails. */
    synchronized List<W> failed() {
        phase = Phase.ENDED;
        List<W> all = new ArrayList<>();
        wanted.values().forEach(all::addAll);
        wanted.clear();
        made.clear();
        destroying.clear();
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
