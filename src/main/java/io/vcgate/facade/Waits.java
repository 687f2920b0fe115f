package io.vcgate.facade;

import java.time.Duration;
import java.time.format.DateTimeParseException;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The abort's {@code wait}: an ISO-8601 duration, capped at {@code vcgate.abort.max-wait}. */
@ApplicationScoped
public class Waits {

    @ConfigProperty(name = "vcgate.abort.max-wait", defaultValue = "PT60S")
    Duration maxWait;

    /** Null when no wait was asked for; the asked duration, capped, otherwise. */
    Duration parse(String wait) {
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
        return asked.compareTo(maxWait) > 0 ? maxWait : asked;
    }
}
