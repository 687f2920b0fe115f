package io.vcgate.simulator;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.vertx.core.Vertx;

/**
 * {@link Timers} on the application's Vert.x: the tasks run on an event loop, so they must not block.
 * {@link #close()} cancels every pending one: dev mode keeps Vert.x across a live reload, and a timer of
 * the application before must not fire into the one after.
 */
final class VertxTimers implements Timers {

    /** A task not run yet; a task runs only if it is still pending, so a cancelled one never runs. */
    private final class Pending implements Timer {
        volatile long id;

        @Override
        public void cancel() {
            if (pending.remove(this)) {
                vertx.cancelTimer(id);
            }
        }
    }

    private final Vertx vertx;
    private final Set<Pending> pending = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    VertxTimers(Vertx vertx) {
        this.vertx = vertx;
    }

    @Override
    public Timer after(Duration delay, Runnable task) {
        Pending timer = new Pending();
        if (closed) {
            return timer;
        }
        pending.add(timer);
        // Vert.x timers take at least 1 ms
        timer.id = vertx.setTimer(Math.max(1, delay.toMillis()), fired -> {
            if (pending.remove(timer)) {
                task.run();
            }
        });
        return timer;
    }

    /** Cancels every pending task; later ones never run. */
    void close() {
        closed = true;
        pending.forEach(Pending::cancel);
    }
}
