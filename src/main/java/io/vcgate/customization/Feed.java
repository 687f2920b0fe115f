package io.vcgate.customization;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import java.util.function.Supplier;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * One object's value as it changes, read once per change however many follow it: everyone watching the
 * same VM (or Task) as the same caller shares one feed, so one vCenter filter and one read per change.
 * A feed reads the value at once and again on each change vCenter signals, and passes it on when it
 * differs from the last one; a watcher joining late gets the last value at once. It fails its watchers
 * when following fails, and stops (its vCenter filter with it) when the last one leaves.
 */
final class Feed<T> {

    private final String key;
    private final Map<String, Feed<T>> registry;
    private final Supplier<Multi<String>> changes;
    private final Supplier<Uni<T>> read;
    private final List<MultiEmitter<? super T>> watchers = new ArrayList<>();
    private T last;
    private Cancellable upstream;
    private boolean ended;

    Feed(String key, Map<String, Feed<T>> registry, Supplier<Multi<String>> changes, Supplier<Uni<T>> read) {
        this.key = key;
        this.registry = registry;
        this.changes = changes;
        this.read = read;
    }

    /** The feed of {@code key} in {@code registry}, joined by a new watcher (a feed is made or replaced as needed). */
    static <T> Multi<T> follow(Map<String, Feed<T>> registry, String key, Supplier<Multi<String>> changes, Supplier<Uni<T>> read) {
        return Multi.createFrom().emitter(watcher -> {
            while (true) {
                Feed<T> feed = registry.computeIfAbsent(key, k -> new Feed<>(k, registry, changes, read));
                if (feed.join(watcher)) {
                    watcher.onTermination(() -> feed.leave(watcher));
                    return;
                }
                registry.remove(key, feed);
            }
        });
    }

    private boolean join(MultiEmitter<? super T> watcher) {
        boolean start;
        synchronized (this) {
            if (ended) {
                return false;
            }
            watchers.add(watcher);
            start = upstream == null;
            if (start) {
                upstream = () -> { }; // being started
            }
            if (last != null) {
                watcher.emit(last); // under the lock: never after a newer value
            }
        }
        if (start) {
            // the value now, and again after each change vCenter signals (the filter's first report included)
            Cancellable subscription = Multi.createBy().merging().streams(Multi.createFrom().item("now"), changes.get())
                    .onItem().transformToUniAndConcatenate(x -> read.get())
                    .subscribe().with(this::publish, this::fail);
            boolean cancel;
            synchronized (this) {
                cancel = ended;
                upstream = subscription;
            }
            if (cancel) {
                subscription.cancel();
            }
        }
        return true;
    }

    private void leave(MultiEmitter<? super T> watcher) {
        Cancellable stop = null;
        synchronized (this) {
            if (!watchers.remove(watcher) || !watchers.isEmpty() || ended) {
                return;
            }
            ended = true;
            stop = upstream;
        }
        registry.remove(key, this);
        if (stop != null) {
            stop.cancel();
        }
    }

    private void publish(T value) {
        synchronized (this) {
            if (value.equals(last)) {
                return;
            }
            last = value;
            // a copy: a watcher that ends on this value leaves the list while it is being told
            List.copyOf(watchers).forEach(w -> w.emit(value));
        }
    }

    private void fail(Throwable failure) {
        List<MultiEmitter<? super T>> to;
        synchronized (this) {
            ended = true;
            to = new ArrayList<>(watchers);
        }
        registry.remove(key, this);
        to.forEach(w -> w.fail(failure));
    }
}
