package io.vcgate.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FaultCategoryTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "TaskInProgress, 409", "InvalidPowerState, 409", "InvalidState, 409",
            "InvalidGuestLogin, 422", "GuestPermissionDenied, 403", "CustomizationFault, 422",
            "ManagedObjectNotFound, 404", "NoPermission, 403", "NotAuthenticated, 403",
            "InvalidLogin, 401", "InvalidArgument, 400",
            "RuntimeFault, 502", "SystemError, 502", "SomethingNewInVsphere10, 502"})
    void vimFaultsMapToTheDocumentedStatus(String fault, int status) {
        assertEquals(status, FaultCategory.ofVimFault(fault).status());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"NOT_FOUND, 404", "UNAUTHORIZED, 403", "UNAUTHENTICATED, 401",
            "SERVICE_UNAVAILABLE, 503", "INTERNAL_SERVER_ERROR, 502", "SOME_NEW_TYPE, 502"})
    void vapiErrorsMapToTheDocumentedStatus(String errorType, int status) {
        assertEquals(status, FaultCategory.ofVapiError(errorType).status());
    }
}
