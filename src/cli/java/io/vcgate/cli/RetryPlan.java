package io.vcgate.cli;

import java.time.Duration;
import java.util.Optional;

/**
 * How long to wait before trying a call again, and when to stop: after a refusal that says "later" (429,
 * 503, with or without Retry-After), an answer from a gateway that cannot reach vCenter (502, 504), or no
 * answer at all. Pure: it is told each outcome. Consecutive failures count; a success starts over. The
 * deadline is the caller's: it never waits past it.
 */
final class RetryPlan {
    static final Duration BASE = Duration.ofSeconds(1);
    static final Duration CAP = Duration.ofSeconds(30);

    private final int attempts;
    private int failures;

    RetryPlan(int attempts) {
        this.attempts = attempts;
    }

    /**
     * A call failed in a way worth retrying: how long to wait, or nothing when the attempts are spent.
     * {@code retryAfter} is the gateway's Retry-After (null when absent), honoured as given, even above the
     * cap, since the gateway knows when it will answer again; otherwise 1 s, doubling up to 30 s.
     */
    Optional<Duration> afterFailure(Duration retryAfter) {
        failures++;
        if (failures > attempts) {
            return Optional.empty();
        }
        return Optional.of(retryAfter != null ? retryAfter : backoff());
    }

    void afterSuccess() {
        failures = 0;
    }

    int failures() {
        return failures;
    }

    private Duration backoff() {
        Duration d = BASE;
        for (int i = 1; i < failures && d.compareTo(CAP) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(CAP) > 0 ? CAP : d;
    }
}
