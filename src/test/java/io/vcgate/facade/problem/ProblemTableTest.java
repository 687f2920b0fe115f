package io.vcgate.facade.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.vcgate.core.FaultCategory;

class ProblemTableTest {

    static final ProblemTable TABLE = new ProblemTable(Duration.ofSeconds(7));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "TaskInProgress, 409", "InvalidPowerState, 409", "InvalidState, 409",
            "InvalidGuestLogin, 422", "GuestPermissionDenied, 403", "CustomizationFault, 422",
            "ManagedObjectNotFound, 404", "NoPermission, 403", "NotAuthenticated, 403",
            "InvalidLogin, 401", "InvalidArgument, 400",
            "RuntimeFault, 502", "SystemError, 502", "SomethingNewInVsphere10, 502"})
    void vimFaultsMapToTheDocumentedStatus(String fault, int status) {
        assertEquals(status, TABLE.of(FaultCategory.ofVimFault(fault)).status());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"NOT_FOUND, 404", "UNAUTHORIZED, 403", "UNAUTHENTICATED, 401",
            "SERVICE_UNAVAILABLE, 503", "INTERNAL_SERVER_ERROR, 502", "SOME_NEW_TYPE, 502"})
    void vapiErrorsMapToTheDocumentedStatus(String errorType, int status) {
        assertEquals(status, TABLE.of(FaultCategory.ofVapiError(errorType)).status());
    }

    @Test
    void everyCategoryHasARowAndOnlyUnavailableAndTooManyRequestsSayWhenToRetry() {
        for (FaultCategory category : FaultCategory.values()) {
            ProblemTable.Row row = TABLE.of(category);
            assertNotNull(row, category.name());
            assertFalse(row.title().isBlank());
            if (category == FaultCategory.UNAVAILABLE || category == FaultCategory.TOO_MANY_REQUESTS) {
                assertEquals(7L, row.retryAfterSeconds());
                assertTrue(row.retryable());
            } else {
                assertNull(row.retryAfterSeconds(), category.name());
            }
        }
        assertEquals(429, TABLE.of(FaultCategory.TOO_MANY_REQUESTS).status());
        assertEquals(501, TABLE.of(FaultCategory.NOT_SUPPORTED).status());
        assertFalse(TABLE.of(FaultCategory.NOT_SUPPORTED).retryable(), "a vCenter without the API stays without it");
    }
}
