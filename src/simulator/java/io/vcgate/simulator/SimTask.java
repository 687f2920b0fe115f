package io.vcgate.simulator;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * An AbortCustomization Task. Its state is derived from the time: queued for the first fifth of the
 * task duration, running until the end, then success or, when {@code fault} is set, error.
 */
record SimTask(String id, String vm, String vmName, String user, OffsetDateTime queued, Duration duration,
        String fault, String faultMessage, int eventChainId) {

    enum Phase { QUEUED, RUNNING, SUCCESS, ERROR }

    Phase phase(OffsetDateTime now) {
        Duration elapsed = Duration.between(queued, now);
        if (elapsed.compareTo(duration.dividedBy(5)) < 0) {
            return Phase.QUEUED;
        }
        if (elapsed.compareTo(duration) < 0) {
            return Phase.RUNNING;
        }
        return fault == null ? Phase.SUCCESS : Phase.ERROR;
    }

    OffsetDateTime started() {
        return queued.plus(duration.dividedBy(5));
    }

    OffsetDateTime completed() {
        return queued.plus(duration);
    }

    int progress(OffsetDateTime now) {
        return switch (phase(now)) {
            case QUEUED -> 0;
            case RUNNING -> (int) Math.min(99, 100 * Duration.between(queued, now).toMillis() / Math.max(1, duration.toMillis()));
            default -> 100;
        };
    }
}
