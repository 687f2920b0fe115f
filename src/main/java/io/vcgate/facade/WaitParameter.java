package io.vcgate.facade;

import java.time.Duration;
import java.time.format.DateTimeParseException;

import io.vcgate.core.InvalidInput;

/** A duration parameter ({@code wait}, {@code timeout}): an ISO-8601 duration. */
final class WaitParameter {

    private WaitParameter() {
    }

    /** The abort's {@code wait}; null when no wait was asked for. */
    static Duration parse(String wait) {
        return parse("wait", wait);
    }

    /** The parameter {@code name}; null when absent. */
    static Duration parse(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Duration asked;
        try {
            asked = Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(name, "must be an ISO-8601 duration such as PT30S");
        }
        if (asked.isNegative()) {
            throw new InvalidInput(name, "must not be negative");
        }
        return asked;
    }
}
