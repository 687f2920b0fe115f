package io.vcgate.facade;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/** The abort's {@code wait}: an ISO-8601 duration. */
final class WaitParameter {

    private WaitParameter() {
    }

    /** Null when no wait was asked for. */
    static Duration parse(String wait) {
        if (wait == null || wait.isBlank()) {
            return null;
        }
        Duration asked;
        try {
            asked = Duration.parse(wait);
        } catch (DateTimeParseException e) {
            throw new InvalidInput("wait", "must be an ISO-8601 duration such as PT30S");
        }
        if (asked.isNegative()) {
            throw new InvalidInput("wait", "must not be negative");
        }
        return asked;
    }
}
