package io.vcgate.cli;

import java.time.Duration;
import java.util.Optional;

/**
 * When to try a call again: after a refusal that says "later" (429, 503, with or without Retry-After), an
 * answer from a gateway that cannot reach vCenter (502, 504), or no answer at all. Pure: it is told each
 * outcome and the time left, and answers how long to wait before the next attempt, or nothing when the
 * attempts are spent or the wait would pass the deadline. Consecutive failures count; a success starts over.
 */
final class RetryPlan {
    private final int attempts;
    private final Duration base;
    private final Duration cap;
    private int failures;

    RetryPlan(int attempts, Duration base, Duration cap) {
        this.attempts = attempts;
        this.base = base;
        this.cap = cap;
    }

    /**
     * A call failed in a way worth retrying. {@code retryAfter} is the gateway's Retry-After (null when
     * absent): honoured as given, even above the cap, since the gateway knows when it will answer again.
     */
    Optional<Duration> afterFailure(Duration retryAfter, Duration timeLeft) {
        failures++;
        if (failures > attempts) {
            return Optional.empty();
        }
        Duration delay = retryAfter != null ? retryAfter : backoff();
        if (delay.compareTo(timeLeft) > 0) {
            return Optional.empty();
        }
        return Optional.of(delay);
    }

    void afterSuccess() {
        failures = 0;
    }

    int failures() {
        return failures;
    }

    private Duration backoff() {
        Duration d = base;
        for (int i = 1; i < failures && d.compareTo(cap) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(cap) > 0 ? cap : d;
    }
}
