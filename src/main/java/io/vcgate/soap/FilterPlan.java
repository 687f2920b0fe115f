package io.vcgate.soap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The next step of a PropertyCollector loop, from what is wanted and what exists: pure functions, with
 * no vCenter and no I/O, so every case can be tested on its own ({@code FilterPlanTest}).
 *
 * <p>Wanted: the targets someone watches. Made: the filters made in vCenter on the loop's current
 * session, by target; a filter whose target no one watches any more is abandoned (a filter made on an
 * earlier session is gone with it and is not passed here). Creating: the targets whose CreateFilter is
 * under way, or that wait for the wait's end to be tried again after a failure (planned as if under
 * way). The loop never waits for its CreateFilter calls: they go beside its wait, which reports them
 * (vCenter reports a filter made during a wait in that wait). With no wait pending ({@link #next}):
 * <ol>
 * <li>abandoned filters are destroyed, up to {@code batch} at once (the step ends when they are);</li>
 * <li>then watched targets without a filter get one, so that at most {@code batch} CreateFilter calls
 * are under way at once: a farm's burst of new watches, or every filter again on a fresh session, goes a
 * batch at a time, each wait's answer making room for the next;</li>
 * <li>then, when no one watches anything, the loop stops;</li>
 * <li>else it waits for updates from the last version (WaitForUpdatesEx).</li>
 * </ol>
 * With a wait pending ({@link #duringWait}), a new target's filter is made beside it, within the same
 * bound, so the wait needs no interruption. Only the last watcher leaving interrupts it
 * (CancelWaitForUpdates), once, so that the loop can destroy its filters and end; a filter abandoned while
 * others are watched waits for the wait's end.
 */
final class FilterPlan {

    private FilterPlan() {
    }

    /** One step of the loop, with no wait pending. */
    sealed interface Step<T, F> permits Create, Destroy, WaitForUpdates, Stop {
    }

    /** CreateFilter for each of {@code targets}, at once. */
    record Create<T, F>(List<T> targets) implements Step<T, F> {
    }

    /** DestroyPropertyFilter of each of {@code filters}, whose targets no one watches any more, at once. */
    record Destroy<T, F>(List<F> filters) implements Step<T, F> {
    }

    /** WaitForUpdatesEx from {@code version} ("" for the current values of every filter). */
    record WaitForUpdates<T, F>(String version) implements Step<T, F> {
    }

    /** No one watches anything and no filter is left: the loop ends. */
    record Stop<T, F>() implements Step<T, F> {
    }

    /** What a change of what is watched means while a wait is pending. */
    sealed interface DuringWait<T> permits CreateBeside, Interrupt, KeepWaiting {
    }

    /** CreateFilter for each of {@code targets} beside the pending wait, which reports them. */
    record CreateBeside<T>(List<T> targets) implements DuringWait<T> {
    }

    /** CancelWaitForUpdates: no one watches anything any more, the loop can end. */
    record Interrupt<T>() implements DuringWait<T> {
    }

    /** Nothing to do while the pending wait goes on. */
    record KeepWaiting<T>() implements DuringWait<T> {
    }

    /**
     * The next step, with no wait pending: {@code wanted} the targets watched, {@code made} the filters on
     * the current session by target, {@code creating} the targets whose filter is being made, {@code version}
     * the last version of updates seen on the session, {@code batch} the most DestroyPropertyFilter calls of
     * one step and the most CreateFilter calls under way at once.
     */
    static <T, F> Step<T, F> next(Set<T> wanted, Map<T, F> made, Set<T> creating, String version, int batch) {
        List<F> abandoned = new ArrayList<>();
        for (Map.Entry<T, F> filter : made.entrySet()) {
            if (!wanted.contains(filter.getKey()) && abandoned.size() < batch) {
                abandoned.add(filter.getValue());
            }
        }
        if (!abandoned.isEmpty()) {
            return new Destroy<>(List.copyOf(abandoned));
        }
        List<T> unmade = unmade(wanted, made, creating, batch - creating.size());
        if (!unmade.isEmpty()) {
            return new Create<>(unmade);
        }
        if (wanted.isEmpty()) {
            return new Stop<>();
        }
        return new WaitForUpdates<>(version);
    }

    /**
     * What a change of what is watched means while a wait is pending ({@code interrupted}: the wait was
     * already asked to end): the targets with no filter and none under way get theirs beside the wait, so
     * that at most {@code batch} CreateFilter calls are under way at once; with no one watching anything
     * the wait is interrupted.
     */
    static <T, F> DuringWait<T> duringWait(Set<T> wanted, Map<T, F> made, Set<T> creating, boolean interrupted, int batch) {
        if (interrupted) {
            return new KeepWaiting<>();
        }
        if (wanted.isEmpty()) {
            return new Interrupt<>();
        }
        List<T> unmade = unmade(wanted, made, creating, batch - creating.size());
        return unmade.isEmpty() ? new KeepWaiting<>() : new CreateBeside<>(unmade);
    }

    /** Watched targets with no filter and none being made, at most {@code limit}, in the order they were first watched. */
    private static <T, F> List<T> unmade(Set<T> wanted, Map<T, F> made, Set<T> creating, int limit) {
        List<T> unmade = new ArrayList<>();
        for (T target : wanted) {
            if (unmade.size() >= limit) {
                break;
            }
            if (!made.containsKey(target) && !creating.contains(target)) {
                unmade.add(target);
            }
        }
        return List.copyOf(unmade);
    }
}
