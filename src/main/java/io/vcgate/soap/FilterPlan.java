package io.vcgate.soap;

import java.util.Map;
import java.util.Set;

/**
 * The next step of a PropertyCollector loop, from what is wanted and what exists: a pure function, with
 * no vCenter and no I/O, so every case can be tested on its own ({@code FilterPlanTest}).
 *
 * <p>Wanted: the targets someone watches. Exists: the filters made in vCenter on the loop's current
 * session, by target; a filter whose target no one watches any more is abandoned (a filter made on an
 * earlier session is gone with it and is not passed here). Then, with no wait pending:
 * <ol>
 * <li>an abandoned filter is destroyed (DestroyPropertyFilter), one at a time;</li>
 * <li>then a watched target without a filter gets one (CreateFilter);</li>
 * <li>then, when no one watches anything, the loop stops;</li>
 * <li>else it waits for updates from the last version (WaitForUpdatesEx).</li>
 * </ol>
 * With a wait pending, nothing but the wait happens; when the filters are no longer those wanted, the wait
 * is interrupted (CancelWaitForUpdates), once, so that the next step can make or destroy them (whether an
 * abandoned filter is worth an interruption is the loop's to decide: {@code CollectorFilters}).
 */
final class FilterPlan {

    private FilterPlan() {
    }

    /** Whether a WaitForUpdatesEx is under way, and whether it was already asked to end. */
    enum Wait { NONE, PENDING, INTERRUPTED }

    /** One step of the loop. */
    sealed interface Step<T, F> permits Create, Destroy, WaitForUpdates, Interrupt, KeepWaiting, Stop {
    }

    /** CreateFilter for {@code target}. */
    record Create<T, F>(T target) implements Step<T, F> {
    }

    /** DestroyPropertyFilter of {@code filter}, whose target no one watches any more. */
    record Destroy<T, F>(F filter) implements Step<T, F> {
    }

    /** WaitForUpdatesEx from {@code version} ("" for the current values of every filter). */
    record WaitForUpdates<T, F>(String version) implements Step<T, F> {
    }

    /** CancelWaitForUpdates: the pending wait must end, the filters have to change. */
    record Interrupt<T, F>() implements Step<T, F> {
    }

    /** Nothing to do while the pending wait goes on (its filters are the ones wanted, or it is already being interrupted). */
    record KeepWaiting<T, F>() implements Step<T, F> {
    }

    /** No one watches anything and no filter is left: the loop ends. */
    record Stop<T, F>() implements Step<T, F> {
    }

    /**
     * The next step: {@code wanted} the targets watched, {@code made} the filters on the current session by
     * target, {@code version} the last version of updates seen on it, {@code wait} the state of the wait.
     */
    static <T, F> Step<T, F> next(Set<T> wanted, Map<T, F> made, String version, Wait wait) {
        if (wait != Wait.NONE) {
            return wait == Wait.PENDING && !inStep(wanted, made) ? new Interrupt<>() : new KeepWaiting<>();
        }
        for (Map.Entry<T, F> filter : made.entrySet()) {
            if (!wanted.contains(filter.getKey())) {
                return new Destroy<>(filter.getValue());
            }
        }
        for (T target : wanted) {
            if (!made.containsKey(target)) {
                return new Create<>(target);
            }
        }
        if (wanted.isEmpty()) {
            return new Stop<>();
        }
        return new WaitForUpdates<>(version);
    }

    /** Whether the filters made are exactly those wanted: one for every watched target, none for another. */
    static <T, F> boolean inStep(Set<T> wanted, Map<T, F> made) {
        return made.keySet().equals(wanted);
    }
}
