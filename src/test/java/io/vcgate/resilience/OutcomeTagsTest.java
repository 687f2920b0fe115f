package io.vcgate.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.vcgate.core.BackendFailure;
import io.vcgate.core.FaultCategory;

/**
 * The outcome tags of {@code vcgate_backend_calls_seconds}: made from {@link FaultCategory} itself, so
 * every category (one added later too) has a tag and an attempt's outcome never fails the call it measures.
 */
class OutcomeTagsTest {

    /** The tags as dashboards know them: the values before the tags were made from FaultCategory. */
    static final List<String> TAGS = List.of("success", "circuit-open", "bulkhead-full", "error", "conflict", "guest-login-rejected",
            "guest-permission-denied", "customization-failed", "not-found", "forbidden", "unauthenticated", "invalid-argument",
            "not-supported", "unavailable", "too-many-requests", "certificate-untrusted", "certificate-name-mismatch",
            "tls-handshake-failed", "timeout", "bad-gateway");

    @Test
    void everyCategoryHasItsOwnTagAndAPlaceInTheTimerTable() {
        Set<Integer> indices = new HashSet<>();
        Set<String> tags = new HashSet<>();
        List<BackendGuard.Outcome> all = new ArrayList<>(List.of(BackendGuard.Outcome.SUCCESS, BackendGuard.Outcome.CIRCUIT_OPEN,
                BackendGuard.Outcome.BULKHEAD_FULL, BackendGuard.Outcome.ERROR));
        for (FaultCategory category : FaultCategory.values()) {
            BackendGuard.Outcome outcome = BackendGuard.Outcome.of(category);
            assertNotNull(outcome, category.name());
            assertTrue(outcome != BackendGuard.Outcome.ERROR, category + " has a tag of its own");
            all.add(outcome);
        }
        for (BackendGuard.Outcome outcome : all) {
            assertTrue(outcome.index() >= 0 && outcome.index() < BackendGuard.Outcome.COUNT, outcome.toString());
            assertTrue(indices.add(outcome.index()), "one timer per outcome: " + outcome);
            assertTrue(tags.add(outcome.tag()), "one tag per outcome: " + outcome);
        }
        assertEquals(BackendGuard.Outcome.COUNT, all.size());
    }

    @Test
    void theTagValuesAreTheOnesDashboardsKnow() {
        Set<String> tags = new HashSet<>(List.of(BackendGuard.Outcome.SUCCESS.tag(), BackendGuard.Outcome.CIRCUIT_OPEN.tag(),
                BackendGuard.Outcome.BULKHEAD_FULL.tag(), BackendGuard.Outcome.ERROR.tag()));
        for (FaultCategory category : FaultCategory.values()) {
            tags.add(BackendGuard.Outcome.of(category).tag());
        }
        assertEquals(new HashSet<>(TAGS), tags);
        assertEquals("not-found", BackendGuard.Outcome.of(FaultCategory.NOT_FOUND).tag());
        assertEquals("certificate-name-mismatch", BackendGuard.Outcome.of(FaultCategory.CERTIFICATE_NAME_MISMATCH).tag());
    }

    @Test
    void theOutcomeOfAnyFailureIsFoundWithoutThrowing() {
        for (FaultCategory category : FaultCategory.values()) {
            for (BackendFailure.Origin origin : BackendFailure.Origin.values()) {
                BackendFailure failure = new BackendFailure(category, null, origin, "m", null);
                BackendGuard.Outcome outcome = BackendGuard.Outcome.of(failure);
                assertEquals(origin == BackendFailure.Origin.GATEWAY ? BackendGuard.Outcome.BULKHEAD_FULL : BackendGuard.Outcome.of(category),
                        outcome, category + "/" + origin);
            }
        }
        assertEquals(BackendGuard.Outcome.ERROR, BackendGuard.Outcome.of(new BackendFailure(null, null, BackendFailure.Origin.ANSWER, "m", null)));
        assertEquals(BackendGuard.Outcome.ERROR, BackendGuard.Outcome.of(new IllegalStateException("not a backend failure")));
        assertEquals(BackendGuard.Outcome.SUCCESS, BackendGuard.Outcome.of((Throwable) null));
        assertEquals(BackendGuard.Outcome.CIRCUIT_OPEN, BackendGuard.Outcome.of(BackendGuard.CIRCUIT_OPEN));
        assertEquals(BackendGuard.Outcome.BULKHEAD_FULL, BackendGuard.Outcome.of(BackendGuard.BULKHEAD_FULL));
    }
}
