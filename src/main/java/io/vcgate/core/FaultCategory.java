package io.vcgate.core;

/**
 * What a backend failure means for the caller. Adapters decide the category; the facade's problem
 * table turns each category into one HTTP status, title and retry advice.
 */
public enum FaultCategory {
    /** TaskInProgress, InvalidPowerState, InvalidState: the VM's state forbids it now. */
    CONFLICT,
    /** InvalidGuestLogin: the guest rejected the guest credentials. */
    GUEST_LOGIN_REJECTED,
    /** GuestPermissionDenied: the guest user may not do this. */
    GUEST_PERMISSION_DENIED,
    /** CustomizationFault: customization itself failed. */
    CUSTOMIZATION_FAILED,
    /** ManagedObjectNotFound, vapi NOT_FOUND. */
    NOT_FOUND,
    /** NoPermission, vapi UNAUTHORIZED, or NotAuthenticated again right after a fresh login. */
    FORBIDDEN,
    /** InvalidLogin, vapi UNAUTHENTICATED: vCenter rejected the caller's credentials. */
    UNAUTHENTICATED,
    /** InvalidArgument: vCenter rejected an argument that passed vcgate's own checks. */
    INVALID_ARGUMENT,
    /** vCenter lacks the API: no guestCustomizationManager before vSphere 7.0.2, no customization-live before 9.0. */
    NOT_SUPPORTED,
    /** vCenter unreachable or answering 503, its circuit open, or vcgate's capacity for it full. */
    UNAVAILABLE,
    /** The caller has as much under way in vcgate as one caller may (watches): vcgate's own answer, vCenter not asked. */
    TOO_MANY_REQUESTS,
    /** vCenter's TLS certificate does not chain to a CA its TLS configuration trusts (or is out of its validity). */
    CERTIFICATE_UNTRUSTED,
    /** vCenter's TLS certificate is trusted but does not name the host of vcgate's URL for it. */
    CERTIFICATE_NAME_MISMATCH,
    /** The TLS handshake with vCenter failed otherwise: no protocol or cipher in common, or no TLS at all. */
    TLS_HANDSHAKE_FAILED,
    /** vCenter did not answer in time. */
    TIMEOUT,
    /** An answer vcgate cannot use: unknown fault, RuntimeFault, SystemError, a non-SOAP page. */
    BAD_GATEWAY;

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
