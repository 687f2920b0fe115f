package io.vcgate.customization;

import java.util.function.Predicate;

/**
 * What one watch has told its caller, and what it tells next: each value (ending the watch on the first
 * one that ends it), the timeout with the last value, or the failure that stops following: before any
 * value the failure is the answer itself (the stream fails: a 404, a 503, ...), after one it is an error
 * event that ends the stream. Once ended, it tells nothing more. Not thread-safe: its shell ({@link Watch})
 * guards it.
 *
 * @param <T> the value followed
 */
final class WatchState<T> {

    /**
     * What to do: tell {@code event} (when not null), then end the stream when {@code end}, failing it
     * with {@code failure} when that is not null, completing it otherwise.
     */
    record Say<T>(Watched<T> event, boolean end, Throwable failure) {

        static <T> Say<T> nothing() {
            return new Say<>(null, false, null);
        }
    }

    private final Predicate<T> ends;
    private T last;
    private boolean told;
    private boolean ended;

    WatchState(Predicate<T> ends) {
        this.ends = ends;
    }

    /** A value from the feed: told, ending the watch when it ends it. */
    Say<T> value(T value) {
        if (ended) {
            return Say.nothing();
        }
        last = value;
        told = true;
        ended = ends.test(value);
        return new Say<>(Watched.value(value, ended), ended, null);
    }

    /** The watch's time ran out: the timeout, with the last value (null when none came). */
    Say<T> timeout() {
        if (ended) {
            return Say.nothing();
        }
        ended = true;
        return new Say<>(Watched.timeout(last), true, null);
    }

    /** Following failed: the stream fails with it when nothing was told yet, else an error event ends it. */
    Say<T> failure(Throwable failure) {
        if (ended) {
            return Say.nothing();
        }
        ended = true;
        return told ? new Say<>(Watched.error(failure), true, null) : new Say<>(null, true, failure);
    }

    /** The last value told; null before the first one. */
    T last() {
        return last;
    }

    boolean ended() {
        return ended;
    }
}
