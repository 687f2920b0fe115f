package io.vcgate.resilience;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A cap on retries as a share of traffic, as Envoy's retry budget: over a rolling window, retries may
 * be at most {@code ratio} of the requests plus {@code minRetries}. When vCenter struggles, every caller
 * fails and would retry; the budget keeps that from doubling or tripling the load on a backend that is
 * already down, while a few retries still smooth over an isolated blip.
 *
 * <p>Requests and retries are counted over a rolling window ({@link RollingCounts}).
 */
public final class RetryBudget {

    private final double ratio;
    private final int minRetries;
    /** Requests (first) and retries (second) over the window. */
    private final RollingCounts counts;

    public RetryBudget(double ratio, int minRetries, Duration window) {
        this(ratio, minRetries, window, System::nanoTime);
    }

    RetryBudget(double ratio, int minRetries, Duration window, LongSupplier clock) {
        this.ratio = ratio;
        this.minRetries = minRetries;
        this.counts = new RollingCounts(window, clock);
    }

    /** Counts a first attempt. */
    public void recordRequest() {
        counts.countFirst(counts.slot());
    }

    /** Takes one retry from the budget; false when the budget is spent. */
    public boolean tryAcquireRetry() {
        int current = counts.slot();
        long allowed = minRetries + (long) Math.floor(ratio * counts.first());
        if (counts.second() >= allowed) {
            return false;
        }
        counts.countSecond(current);
        return true;
    }
}
