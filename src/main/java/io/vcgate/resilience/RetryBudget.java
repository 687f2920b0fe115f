package io.vcgate.resilience;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongSupplier;

/**
 * A cap on retries as a share of traffic, as Envoy's retry budget: over a rolling window, retries may
 * be at most {@code ratio} of the requests plus {@code minRetries}. When vCenter struggles, every caller
 * fails and would retry; the budget keeps that from doubling or tripling the load on a backend that is
 * already down, while a few retries still smooth over an isolated blip.
 *
 * <p>The window is ten one-tenth slots in a ring; counts of slots older than the window are dropped as
 * the ring turns. Lock-free; approximate at slot edges, which is all a budget needs.
 */
public final class RetryBudget {

    private static final int SLOTS = 10;

    private final double ratio;
    private final int minRetries;
    private final long slotNanos;
    private final LongSupplier clock;
    private final AtomicLongArray requests = new AtomicLongArray(SLOTS);
    private final AtomicLongArray retries = new AtomicLongArray(SLOTS);
    private final AtomicLongArray stamps = new AtomicLongArray(SLOTS);

    public RetryBudget(double ratio, int minRetries, Duration window) {
        this(ratio, minRetries, window, System::nanoTime);
    }

    RetryBudget(double ratio, int minRetries, Duration window, LongSupplier clock) {
        this.ratio = ratio;
        this.minRetries = minRetries;
        this.slotNanos = Math.max(1, window.toNanos() / SLOTS);
        this.clock = clock;
    }

    /** Counts a first attempt. */
    public void recordRequest() {
        requests.incrementAndGet(slot());
    }

    /** Takes one retry from the budget; false when the budget is spent. */
    public boolean tryAcquireRetry() {
        int current = slot();
        long allowed = minRetries + (long) Math.floor(ratio * sum(requests));
        if (sum(retries) >= allowed) {
            return false;
        }
        retries.incrementAndGet(current);
        return true;
    }

    private int slot() {
        long tick = clock.getAsLong() / slotNanos;
        int i = (int) Math.floorMod(tick, (long) SLOTS);
        long stamp = stamps.get(i);
        if (stamp != tick && stamps.compareAndSet(i, stamp, tick)) {
            requests.set(i, 0);
            retries.set(i, 0);
        }
        return i;
    }

    private long sum(AtomicLongArray counts) {
        long tick = clock.getAsLong() / slotNanos;
        long total = 0;
        for (int i = 0; i < SLOTS; i++) {
            if (tick - stamps.get(i) < SLOTS) {
                total += counts.get(i);
            }
        }
        return total;
    }
}
