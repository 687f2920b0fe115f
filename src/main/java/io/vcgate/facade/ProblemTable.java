package io.vcgate.facade;

import java.util.EnumMap;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.vcgate.core.FaultCategory;
import io.vcgate.resilience.ResilienceConfig;

/**
 * What each fault category means to a caller: the HTTP status, the problem's title, whether the same
 * request may succeed later, and the {@code Retry-After} seconds sent with it (null: none). The one
 * table from backend failures to answers; adapters only decide the category.
 */
@ApplicationScoped
public class ProblemTable {

    /** One row of the table. */
    public record Row(int status, String title, boolean retryable, Long retryAfterSeconds) {
    }

    @Inject
    ResilienceConfig resilience;

    private final Map<FaultCategory, Row> rows = new EnumMap<>(FaultCategory.class);

    @PostConstruct
    void init() {
        long later = Math.max(1, resilience.retryAfter().toSeconds());
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
        rows.put(FaultCategory.TOO_MANY_REQUESTS, new Row(429, "Too many requests from this caller", true, later));
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
}
