package io.vcgate.resilience;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongSupplier;

/**
 * Two counts over a rolling time window (calls and failures for the breaker, requests and retries for
 * the retry budget): ten one-tenth slots in a ring; a slot's counts are dropped when the ring comes
 * round to it again, and slots older than the window are left out of the sums. Lock-free; approximate
 * at slot edges, which is all a breaker or a budget needs.
 */
final class RollingCounts {

    private static final int SLOTS = 10;

    private final long slotNanos;
    private final LongSupplier clock;
    private final AtomicLongArray first = new AtomicLongArray(SLOTS);
    private final AtomicLongArray second = new AtomicLongArray(SLOTS);
    private final AtomicLongArray stamps = new AtomicLongArray(SLOTS);

    RollingCounts(Duration window, LongSupplier clock) {
        this.slotNanos = Math.max(1, window.toNanos() / SLOTS);
        this.clock = clock;
        for (int i = 0; i < SLOTS; i++) {
            stamps.set(i, Long.MIN_VALUE);
        }
    }

    /** The slot of now, emptied first if it last counted an earlier turn of the ring. */
    int slot() {
        long tick = clock.getAsLong() / slotNanos;
        int i = (int) Math.floorMod(tick, (long) SLOTS);
        long stamp = stamps.get(i);
        if (stamp != tick && stamps.compareAndSet(i, stamp, tick)) {
            first.set(i, 0);
            second.set(i, 0);
        }
        return i;
    }

    void countFirst(int slot) {
        first.incrementAndGet(slot);
    }

    void countSecond(int slot) {
        second.incrementAndGet(slot);
    }

    /** The first count over the window. */
    long first() {
        return sum(first);
    }

    /** The second count over the window. */
    long second() {
        return sum(second);
    }

    /** Forgets both counts. */
    void clear() {
        for (int i = 0; i < SLOTS; i++) {
            first.set(i, 0);
            second.set(i, 0);
        }
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
