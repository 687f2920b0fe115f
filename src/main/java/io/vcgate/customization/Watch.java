package io.vcgate.customization;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.Predicate;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.Cancellable;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * One watch of a feed as a stream of {@link Watched}: what to tell is decided by a {@link WatchState};
 * this only wires it to the feed, a timer and the caller's stream. Events are told under the state's lock
 * (a timeout is never told before a value decided earlier); the stream is ended outside it, since ending
 * it leaves the feed, which takes the feed's lock.
 */
final class Watch {

    /** Runs {@code task} once after {@code delay}; what it returns cancels it. Vert.x timers in the gateway. */
    interface Timers {
        Runnable schedule(Duration delay, Runnable task);
    }

    private Watch() {
    }

    /**
     * Follows {@code feed} until a value {@code ends} it, {@code timeout} runs out or following fails;
     * {@code release} runs once when the watch ends, however it ends (its caller gone included).
     */
    static <T> Multi<Watched<T>> of(Multi<T> feed, Predicate<T> ends, Duration timeout, Timers timers, Runnable release) {
        return Multi.createFrom().<Watched<T>> emitter(out -> {
            WatchState<T> state = new WatchState<>(ends);
            Runnable timer = timers.schedule(timeout, () -> tell(out, state, WatchState::timeout));
            Cancellable subscription = feed.subscribe().with(
                    value -> tell(out, state, s -> s.value(value)),
                    failure -> tell(out, state, s -> s.failure(failure)));
            out.onTermination(() -> {
                timer.run();
                subscription.cancel();
                release.run();
            });
        });
    }

    /** Decides with the state and tells its event under the state's lock, then ends the stream if it said so. */
    private static <T> void tell(MultiEmitter<? super Watched<T>> out, WatchState<T> state, Function<WatchState<T>, WatchState.Say<T>> decide) {
        WatchState.Say<T> say;
        synchronized (state) {
            say = decide.apply(state);
            if (say.event() != null) {
                out.emit(say.event());
            }
        }
        if (say.failure() != null) {
            out.fail(say.failure());
        } else if (say.end()) {
            out.complete();
        }
    }
}
