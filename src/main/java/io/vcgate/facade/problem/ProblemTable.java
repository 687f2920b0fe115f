package io.vcgate.facade.problem;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.vcgate.core.FaultCategory;
import io.vcgate.resilience.ResilienceConfig;

/**
 * What each failure means to a caller: the HTTP status, the problem's title, whether the same request may
 * succeed later, and the {@code Retry-After} seconds sent with it (null: none). The one table from failures
 * to answers (adapters only decide the category), and the one place every 429 and 503 takes its
 * {@code Retry-After} from:
 * <ul>
 * <li>{@code vcgate.resilience.retry-after} for a vCenter that is unavailable (its circuit open, vcgate's
 * capacity for it full) and for a caller over its watch cap: each takes seconds or minutes to clear;</li>
 * <li>one second for a caller over its in-flight limit ({@link #callerBusy()}): a call ends within about a
 * second, and its place is free again at once.</li>
 * </ul>
 */
@Singleton
public class ProblemTable {

    /** One row of the table. */
    public record Row(int status, String title, boolean retryable, Long retryAfterSeconds) {
    }

    private static final Row CALLER_BUSY = new Row(429, "Too many requests from this caller", true, 1L);

    private final Map<FaultCategory, Row> rows = new EnumMap<>(FaultCategory.class);

    @Inject
    ProblemTable(ResilienceConfig resilience) {
        this(resilience.retryAfter());
    }

    /** The table, with {@code retryAfter} (at least a second) for what clears in seconds or minutes. */
    public ProblemTable(Duration retryAfter) {
        long later = Math.max(1, retryAfter.toSeconds());
        rows.put(FaultCategory.CONFLICT, new Row(409, "VM is not in a state that allows this", false, null));
        rows.put(FaultCategory.GUEST_LOGIN_REJECTED, new Row(422, "Guest credentials were rejected", false, null));
        rows.put(FaultCategory.GUEST_PERMISSION_DENIED, new Row(403, "Guest user may not do this", false, null));
        rows.put(FaultCategory.CUSTOMIZATION_FAILED, new Row(422, "Guest customization failed", false, null));
        rows.put(FaultCategory.NOT_FOUND, new Row(404, "No such object in vCenter", false, null));
        rows.put(FaultCategory.FORBIDDEN, new Row(403, "vCenter denied this to the caller", false, null));
        rows.put(FaultCategory.UNAUTHENTICATED, new Row(401, "vCenter rejected the caller's credentials", false, null));
        rows.put(FaultCategory.INVALID_ARGUMENT, new Row(400, "vCenter rejected an argument", false, null));
        rows.put(FaultCategory.NOT_SUPPORTED, new Row(501, "vCenter does not support this", false, null));
        rows.put(FaultCategory.UNAVAILABLE, new Row(503, "vCenter is unavailable", true, later));
        rows.put(FaultCategory.TOO_MANY_REQUESTS, new Row(429, CALLER_BUSY.title(), true, later));
        rows.put(FaultCategory.CERTIFICATE_UNTRUSTED, new Row(502, "vCenter's TLS certificate is not trusted", false, null));
        rows.put(FaultCategory.CERTIFICATE_NAME_MISMATCH, new Row(502, "vCenter's TLS certificate names another host", false, null));
        rows.put(FaultCategory.TLS_HANDSHAKE_FAILED, new Row(502, "TLS handshake with vCenter failed", false, null));
        rows.put(FaultCategory.TIMEOUT, new Row(504, "vCenter did not answer in time", true, null));
        rows.put(FaultCategory.BAD_GATEWAY, new Row(502, "vCenter gave an answer vcgate cannot use", true, null));
        if (rows.size() != FaultCategory.values().length) {
            throw new IllegalStateException("every fault category needs a row in the problem table");
        }
    }

    public Row of(FaultCategory category) {
        return rows.get(category);
    }

    /** A caller that already has as many calls under way as it may ({@code vcgate.facade.caller-max-in-flight}). */
    public Row callerBusy() {
        return CALLER_BUSY;
    }
}
