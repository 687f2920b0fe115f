package io.vcgate.customization;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * One object's value as it changes, however many follow it: everyone watching the same VM (or Task) as
 * the same caller shares one feed, so one vCenter filter, and at most one read per change. A feed reads
 * the value at once; on each change vCenter pushes, it asks its {@code changed} function what the value is
 * now (the pushed value itself, a read, or the last value when nothing that matters changed), one change
 * after the other; it passes a value on when it differs from the last one; a watcher joining late gets
 * the last value at once. It fails its watchers when following fails, and stops (its vCenter filter with
 * it) when the last one leaves.
 *
 * <p>What to do is decided by its {@link FeedState}; this class only carries it out with Mutiny, under
 * the state's lock where the order of values matters (a late joiner is never told an older value after
 * a newer one).
 */
final class Feed<K, T> {

    private final K key;
    private final Map<K, Feed<K, T>> registry;
    /** Each change as what makes the value from the last one. */
    private final Supplier<Multi<Function<T, Uni<T>>>> changes;
    private final Supplier<Uni<T>> read;
    private final FeedState<T, MultiEmitter<? super T>> state = new FeedState<>();

    private Feed(K key, Map<K, Feed<K, T>> registry, Supplier<Multi<Function<T, Uni<T>>>> changes, Supplier<Uni<T>> read) {
        this.key = key;
        this.registry = registry;
        this.changes = changes;
        this.read = read;
    }

    /**
     * The feed of {@code key} in {@code registry}, joined by a new watcher (a feed is made or replaced as
     * needed): {@code read} the value now, {@code changes} what vCenter pushes, {@code changed} the value
     * after a pushed change, from the last value told (never null: it was read first) and the change.
     */
    static <K, T, C> Multi<T> follow(Map<K, Feed<K, T>> registry, K key, Supplier<Multi<C>> changes, Supplier<Uni<T>> read,
            BiFunction<T, C, Uni<T>> changed) {
        Supplier<Multi<Function<T, Uni<T>>>> asSteps = () -> changes.get().map(change -> last -> changed.apply(last, change));
        return Multi.createFrom().emitter(watcher -> {
            while (true) {
                Feed<K, T> feed = registry.computeIfAbsent(key, k -> new Feed<>(k, registry, asSteps, read));
                if (feed.join(watcher)) {
                    watcher.onTermination(() -> feed.leave(watcher));
                    return;
                }
                registry.remove(key, feed); // ended just now: make a new one
            }
        });
    }

    private boolean join(MultiEmitter<? super T> watcher) {
        FeedState.Joined joined;
        synchronized (state) {
            joined = state.join(watcher);
            T last = state.last();
            if (joined == FeedState.Joined.LATE && last != null) {
                watcher.emit(last);
            }
        }
        if (joined == FeedState.Joined.FIRST) {
            // the value now, and again after each change vCenter pushes (the filter's first report included),
            // each from the value told before it
            Function<T, Uni<T>> now = last -> read.get();
            Cancellable following = Multi.createBy().merging().streams(Multi.createFrom().item(now), changes.get())
                    .onItem().transformToUniAndConcatenate(step -> Uni.createFrom().deferred(() -> step.apply(last())))
                    .subscribe().with(this::publish, this::fail);
            boolean stopNow;
            synchronized (state) {
                stopNow = state.started(following::cancel);
            }
            if (stopNow) {
                following.cancel();
            }
        }
        return joined != FeedState.Joined.ENDED;
    }

    private T last() {
        synchronized (state) {
            return state.last();
        }
    }

    private void leave(MultiEmitter<? super T> watcher) {
        Runnable stop;
        synchronized (state) {
            if (!state.leave(watcher)) {
                return;
            }
            stop = state.stop();
        }
        registry.remove(key, this);
        if (stop != null) {
            stop.run();
        }
    }

    private void publish(T value) {
        synchronized (state) {
            state.publish(value).forEach(w -> w.emit(value));
        }
    }

    private void fail(Throwable failure) {
        List<MultiEmitter<? super T>> failed;
        synchronized (state) {
            failed = state.fail();
        }
        registry.remove(key, this);
        failed.forEach(w -> w.fail(failure));
    }
}
