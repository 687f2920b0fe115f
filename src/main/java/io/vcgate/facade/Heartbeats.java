package io.vcgate.facade;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.vcgate.customization.WatchConfig;
import io.vertx.core.Vertx;

/**
 * The heartbeat of every open event stream, on one shared tick of {@code vcgate.watch.heartbeat}: each tick
 * sends a comment line on every stream open then. One timer for thousands of streams, not one each (a
 * farm's thousands of watches would otherwise each hold a periodic timer on an event loop). A stream opened
 * between two ticks has its first heartbeat within one period, as a timer of its own would.
 */
@ApplicationScoped
class Heartbeats {

    @Inject
    WatchConfig config;

    @Inject
    Vertx vertx;

    private final Set<Runnable> streams = ConcurrentHashMap.newKeySet();
    private long timer = -1;

    /** {@code beat} runs at every tick until what this returns is run (when its stream ends). */
    Runnable add(Runnable beat) {
        start();
        streams.add(beat);
        return () -> streams.remove(beat);
    }

    private synchronized void start() {
        if (timer < 0) {
            timer = vertx.setPeriodic(config.heartbeat().toMillis(), id -> streams.forEach(Runnable::run));
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
            timer = -1;
        }
    }
}
