package io.vcgate.customization;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link Feed} knows: who watches, the last value told, whether following has started (and how
 * to stop it), and whether the feed has ended. Each method says what to do; the feed does it. Not
 * thread-safe: its feed guards it.
 *
 * <p>A value equal to the last one is a repeat and is told to no one; a watcher joining late is told the
 * last value at once; the last watcher leaving ends the feed, as does a failure (every watcher fails with
 * it). An ended feed takes no one: a newcomer starts a new feed.
 *
 * @param <T> the value followed
 * @param <W> a watcher
 */
final class FeedState<T, W> {

    /** How a watcher joined: the first (following starts now), late (it is told the last value, if any), or not at all. */
    enum Joined { FIRST, LATE, ENDED }

    private final List<W> watchers = new ArrayList<>();
    private T last;
    private boolean following;
    private Runnable stop;
    private boolean ended;

    Joined join(W watcher) {
        if (ended) {
            return Joined.ENDED;
        }
        watchers.add(watcher);
        if (following) {
            return Joined.LATE;
        }
        following = true;
        return Joined.FIRST;
    }

    /** The last value told; null before the first one. */
    T last() {
        return last;
    }

    /** Following has started and stops with {@code stop}; true when the feed ended meanwhile, so it must stop at once. */
    boolean started(Runnable stop) {
        this.stop = stop;
        return ended;
    }

    /** The watcher leaves; true when it was the last one, which ends the feed (then {@link #stop()} stops following). */
    boolean leave(W watcher) {
        if (!watchers.remove(watcher) || !watchers.isEmpty() || ended) {
            return false;
        }
        ended = true;
        return true;
    }

    /** How to stop following: null while it is being started (then {@link #started} says to stop at once). */
    Runnable stop() {
        return stop;
    }

    /** The watchers to tell of {@code value}: none when it repeats the last one or the feed has ended. */
    List<W> publish(T value) {
        if (ended || Objects.equals(value, last)) {
            return List.of();
        }
        last = value;
        // a copy: a watcher that ends on this value leaves while it is being told
        return List.copyOf(watchers);
    }

    /** Following failed: the feed ends, and these watchers fail with it. */
    List<W> fail() {
        if (ended) {
            return List.of();
        }
        ended = true;
        List<W> failed = List.copyOf(watchers);
        watchers.clear();
        return failed;
    }

    boolean ended() {
        return ended;
    }

    int watchers() {
        return watchers.size();
    }
}
