package io.vcgate.resilience;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The pause before a retry: {@code delay} doubled on each retry up to {@code maxDelay}, spread at
 * random by up to {@code jitter} of it either way (a share of the pause), then clipped to
 * [{@code delay}, {@code maxDelay}]: the first pause only grows, a pause at the maximum only shrinks.
 * (Mutiny's exponential backoff, computed here because retries are built only once an attempt has
 * failed: see {@link BackendGuard}.)
 */
record Backoff(Duration delay, Duration maxDelay, double jitter) {

    static Backoff of(ResilienceConfig.Retry retry) {
        double jitter = retry.delay().isZero() ? 0 : Math.min(1.0, (double) retry.jitter().toMillis() / retry.delay().toMillis());
        return new Backoff(retry.delay(), retry.maxDelay(), jitter);
    }

    /** The pause before retry number {@code retry} (0 for the first). */
    Duration before(int retry) {
        return before(retry, ThreadLocalRandom.current().nextDouble());
    }

    /** The same, with {@code random} in [0, 1) choosing where in the spread it falls. */
    Duration before(int retry, double random) {
        long first = delay.toMillis();
        long max = maxDelay.toMillis();
        long pause = retry < 63 && first <= max >> retry ? first << retry : max; // doubled, never past the maximum (nor overflowing)
        long spread = (long) (pause * jitter);
        long low = Math.max(first - pause, -spread);
        long high = Math.min(max - pause, spread);
        return Duration.ofMillis(pause + low + (long) ((high - low) * random));
    }
}
