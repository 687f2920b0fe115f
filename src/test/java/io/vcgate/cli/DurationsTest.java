package io.vcgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The command's durations and times: what is accepted, and that anything else is a usage error. */
class DurationsTest {

    @ParameterizedTest
    @CsvSource({"90s,PT1M30S", "30m,PT30M", "2h,PT2H", "1h30m,PT1H30M", "500ms,PT0.5S", "PT45S,PT45S", "pt5m,PT5M", "1h0m5s,PT1H5S"})
    void accepted(String text, String iso) {
        assertEquals(Duration.parse(iso), Durations.parse("--timeout", text));
        assertEquals(iso, Durations.iso(Durations.parse("--timeout", text)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "10x", "0s", "-5m", "5", "m", "PT", "P1D", "PT-5S", "1d", "1.5h", "99999999999s", "5m 3s", "PT1M\n"})
    void refusedAsUsage(String text) {
        CommandFailure f = assertThrows(CommandFailure.class, () -> Durations.parse("--timeout", text));
        assertEquals(Exit.USAGE, f.exit);
        assertTrue(f.getMessage().startsWith("--timeout: "), f.getMessage());
        assertTrue(f.getMessage().chars().noneMatch(Character::isISOControl), "no control character reaches the terminal");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2026-11-29", "2026-11-29T10:15:00", "2026-13-01T00:00:00Z"})
    void instantsAreRfc3339(String text) {
        assertEquals(Exit.USAGE, assertThrows(CommandFailure.class, () -> Durations.instant("--since", text)).exit);
    }

    @ParameterizedTest
    @CsvSource({"2026-11-29T10:15:00Z", "2026-11-29T11:15:00+01:00", "2026-11-29T10:15:00.250Z"})
    void rfc3339IsAccepted(String text) {
        assertEquals(OffsetDateTime.parse(text), Durations.instant("--since", text));
    }
}
