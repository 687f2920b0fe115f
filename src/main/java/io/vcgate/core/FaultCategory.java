package io.vcgate.core;

/**
 * What a backend failure means for the caller. The facade turns each category into one HTTP status
 * (see the problem mapping); adapters only decide the category.
 */
public enum FaultCategory {
    /** TaskInProgress, InvalidPowerState, InvalidState: the VM's state forbids it now. 409. */
    CONFLICT(409, false),
    /** InvalidGuestLogin: the guest rejected the guest credentials. 422. */
    GUEST_LOGIN_REJECTED(422, false),
    /** GuestPermissionDenied: the guest user may not do this. 403. */
    GUEST_PERMISSION_DENIED(403, false),
    /** CustomizationFault: customization itself failed. 422. */
    CUSTOMIZATION_FAILED(422, false),
    /** ManagedObjectNotFound, vapi NOT_FOUND. 404. */
    NOT_FOUND(404, false),
    /** NoPermission, vapi UNAUTHORIZED, or NotAuthenticated again right after a fresh login. 403. */
    FORBIDDEN(403, false),
    /** InvalidLogin, vapi UNAUTHENTICATED: vCenter rejected the caller's credentials. 401. */
    UNAUTHENTICATED(401, false),
    /** InvalidArgument: vCenter rejected an argument that passed vcgate's own checks. 400. */
    INVALID_ARGUMENT(400, false),
    /** vCenter lacks the API (e.g. no guestCustomizationManager before vSphere 7.0.2). 501. */
    NOT_SUPPORTED(501, false),
    /** vCenter unreachable, answering 503, circuit open, bulkhead full. 503 with Retry-After. */
    UNAVAILABLE(503, true),
    /** vCenter did not answer in time. 504. */
    TIMEOUT(504, true),
    /** An answer vcgate cannot use: unknown fault, RuntimeFault, SystemError, non-SOAP page. 502. */
    BAD_GATEWAY(502, true);

    private final int status;
    private final boolean retryable;

    FaultCategory(int status, boolean retryable) {
        this.status = status;
        this.retryable = retryable;
    }

    public int status() {
        return status;
    }

    public boolean retryable() {
        return retryable;
    }

    /**
     * The category of a vim25 fault type name (the xsi:type's local part, or the detail element's name
     * without its "Fault" suffix). Used both for faults thrown by a call and for a Task's error, so the
     * same fault always maps the same way.
     */
    public static FaultCategory ofVimFault(String faultType) {
        return switch (faultType == null ? "" : faultType) {
            case "TaskInProgress", "InvalidPowerState", "InvalidState", "ToolsUnavailable" -> CONFLICT;
            case "InvalidGuestLogin" -> GUEST_LOGIN_REJECTED;
            case "GuestPermissionDenied" -> GUEST_PERMISSION_DENIED;
            case "CustomizationFault" -> CUSTOMIZATION_FAILED;
            case "ManagedObjectNotFound" -> NOT_FOUND;
            case "NoPermission", "NotAuthenticated" -> FORBIDDEN;
            case "InvalidLogin" -> UNAUTHENTICATED;
            case "InvalidArgument", "InvalidProperty" -> INVALID_ARGUMENT;
            case "NotSupported", "NotImplemented", "MethodNotFound" -> NOT_SUPPORTED;
            case "HostCommunication", "HostNotConnected", "HostNotReachable", "RequestCanceled" -> UNAVAILABLE;
            default -> BAD_GATEWAY;
        };
    }

    /** The category of a vapi standard error type (REST). */
    public static FaultCategory ofVapiError(String errorType) {
        return switch (errorType == null ? "" : errorType) {
            case "NOT_FOUND" -> NOT_FOUND;
            case "UNAUTHORIZED" -> FORBIDDEN;
            case "UNAUTHENTICATED" -> UNAUTHENTICATED;
            case "SERVICE_UNAVAILABLE" -> UNAVAILABLE;
            case "TIMED_OUT" -> TIMEOUT;
            default -> BAD_GATEWAY;
        };
    }
}
