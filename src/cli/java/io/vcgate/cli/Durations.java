package io.vcgate.cli;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command's own spellings of durations and instants, and the contract's. A duration is {@code 90s},
 * {@code 30m}, {@code 2h}, {@code 1h30m}, {@code 500ms} or ISO-8601 ({@code PT30M}); an instant is RFC 3339
 * ({@code 2026-11-29T10:15:00Z}). Anything else is a usage error before any call.
 */
final class Durations {
    private static final Pattern HUMAN = Pattern.compile("(?:(\\d{1,4})h)?(?:(\\d{1,5})m(?!s))?(?:(\\d{1,6})s)?(?:(\\d{1,6})ms)?");

    private Durations() {
    }

    static Duration parse(String option, String text) {
        if (text == null || text.isEmpty() || text.length() > 24) {
            throw CommandFailure.usage(option + ": not a duration: use e.g. 90s, 30m, 1h30m or PT30M");
        }
        if (text.startsWith("PT") || text.startsWith("pt")) {
            try {
                Duration d = Duration.parse(text.toUpperCase());
                if (!d.isNegative() && !d.isZero()) {
                    return d;
                }
            } catch (DateTimeParseException e) {
                // reported below
            }
            throw CommandFailure.usage(option + ": not a duration: " + quoted(text) + " (use e.g. 90s, 30m, 1h30m or PT30M)");
        }
        Matcher m = HUMAN.matcher(text);
        if (!m.matches() || (m.group(1) == null && m.group(2) == null && m.group(3) == null && m.group(4) == null)) {
            throw CommandFailure.usage(option + ": not a duration: " + quoted(text) + " (use e.g. 90s, 30m, 1h30m or PT30M)");
        }
        Duration d = Duration.ofHours(group(m, 1)).plusMinutes(group(m, 2)).plusSeconds(group(m, 3)).plusMillis(group(m, 4));
        if (d.isZero()) {
            throw CommandFailure.usage(option + ": the duration must be more than zero");
        }
        return d;
    }

    static OffsetDateTime instant(String option, String text) {
        try {
            if (text != null && text.length() <= 40) {
                return OffsetDateTime.parse(text);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw CommandFailure.usage(option + ": not an RFC 3339 time: " + quoted(text) + " (use e.g. 2026-11-29T10:15:00Z)");
    }

    /** The contract's form of a duration: ISO-8601 with whole milliseconds at most ({@code PT1M30.5S}). */
    static String iso(Duration d) {
        Duration whole = d.getNano() % 1_000_000 == 0 ? d : Duration.ofMillis(d.toMillis());
        return whole.isZero() ? "PT0.001S" : whole.toString();
    }

    /** {@code 1:05:09} or {@code 5:09}: elapsed time on a status line. */
    static String clock(Duration d) {
        long s = Math.max(0, d.getSeconds());
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, (s % 3600) / 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }

    private static long group(Matcher m, int i) {
        return m.group(i) == null ? 0 : Long.parseLong(m.group(i));
    }

    /** A bad argument as typed, shortened, with control characters shown as '?' (it goes to a terminal). */
    static String quoted(String text) {
        if (text == null) {
            return "nothing";
        }
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return "'" + shown.replaceAll("\\p{Cntrl}", "?") + "'";
    }
}
