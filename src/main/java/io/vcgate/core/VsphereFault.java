package io.vcgate.core;

/**
 * A backend failure, as the facade needs it: the category (which decides the HTTP status), the vSphere
 * fault name where there is one (vim25 fault type or vapi error type), and a message fit for a caller.
 * Never carries a password, a session id or a raw backend body.
 */
public class VsphereFault extends RuntimeException {

    private final FaultCategory category;
    private final String fault;

    public VsphereFault(FaultCategory category, String fault, String message) {
        this(category, fault, message, null);
    }

    public VsphereFault(FaultCategory category, String fault, String message, Throwable cause) {
        super(message, cause, false, false);
        this.category = category;
        this.fault = fault;
    }

    /** A vim25 fault, by type name, categorised by {@link FaultCategory#ofVimFault(String)}. */
    public static VsphereFault vim(String faultType, String message) {
        return new VsphereFault(FaultCategory.ofVimFault(faultType), faultType, message);
    }

    /** A vapi standard error, categorised by {@link FaultCategory#ofVapiError(String)}. */
    public static VsphereFault vapi(String errorType, String message) {
        return new VsphereFault(FaultCategory.ofVapiError(errorType), errorType, message);
    }

    public FaultCategory category() {
        return category;
    }

    /** The vSphere fault name, or null when the failure is not a vSphere fault (timeout, connect error). */
    public String fault() {
        return fault;
    }

    public boolean retryable() {
        return category.retryable();
    }
}
