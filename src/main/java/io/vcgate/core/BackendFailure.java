package io.vcgate.core;

/**
 * Why a call to one of vCenter's backends did not give the answer asked for: the category (which
 * decides the caller's HTTP status), the vSphere fault name where vCenter sent one (vim25 fault type
 * or vapi error type), where the failure came from (which decides retries and the circuit breaker),
 * and a message fit for a caller. Never carries a password, a session id or a raw backend body.
 */
public final class BackendFailure extends RuntimeException {

    /** Where a failure came from. */
    public enum Origin {
        /** vCenter answered with a fault or an error document. */
        ANSWER,
        /** The request never left vcgate: connection refused, no route, unknown host. Safe to resend, even a write. */
        NOT_SENT,
        /** The request may have reached vCenter: a reset connection, an HTTP error page, an unreadable answer. */
        SENT,
        /** No answer within the timeout; the request may have reached vCenter. */
        TIMEOUT,
        /** vcgate turned the call away itself: the circuit is open or the capacity for vCenter is full. */
        GATEWAY,
        /**
         * The TLS handshake with vCenter failed (untrusted certificate, host name mismatch, no common
         * protocol): nothing was sent, and no resend can help until the TLS configuration or vCenter's
         * certificate changes. Not retried, and no evidence that vCenter is unwell.
         */
        TLS
    }

    private final FaultCategory category;
    private final String fault;
    private final Origin origin;
    private final VimFaultFields fields;

    public BackendFailure(FaultCategory category, String fault, Origin origin, String message, Throwable cause) {
        this(category, fault, origin, message, cause, VimFaultFields.NONE);
    }

    public BackendFailure(FaultCategory category, String fault, Origin origin, String message, Throwable cause, VimFaultFields fields) {
        super(message, cause, false, false);
        this.category = category;
        this.fault = fault;
        this.origin = origin;
        this.fields = fields == null ? VimFaultFields.NONE : fields;
    }

    /** A vim25 fault vCenter answered with, with the fault's own fields (the Task in progress, the power states). */
    public static BackendFailure vim(String faultType, String message, VimFaultFields fields) {
        return new BackendFailure(FaultCategory.ofVimFault(faultType), faultType, Origin.ANSWER, message, null, fields);
    }

    /** A vim25 fault vCenter answered with, by type name, categorised by {@link FaultCategory#ofVimFault(String)}. */
    public static BackendFailure vim(String faultType, String message) {
        return new BackendFailure(FaultCategory.ofVimFault(faultType), faultType, Origin.ANSWER, message, null);
    }

    /** A vapi standard error vCenter answered with, categorised by {@link FaultCategory#ofVapiError(String)}. */
    public static BackendFailure vapi(String errorType, String message) {
        return new BackendFailure(FaultCategory.ofVapiError(errorType), errorType, Origin.ANSWER, message, null);
    }

    /** An answer vCenter gave that is no vSphere fault (an API it lacks, a body without a status). */
    public static BackendFailure answer(FaultCategory category, String message) {
        return new BackendFailure(category, null, Origin.ANSWER, message, null);
    }

    /** A call that went wrong on the way: see {@link TransportFailures}. */
    public static BackendFailure transport(FaultCategory category, Origin origin, String message, Throwable cause) {
        return new BackendFailure(category, null, origin, message, cause);
    }

    /** A call vcgate's own guard turned away before it reached vCenter. */
    public static BackendFailure gateway(FaultCategory category, String message) {
        return new BackendFailure(category, null, Origin.GATEWAY, message, null);
    }

    public FaultCategory category() {
        return category;
    }

    /** The vSphere fault name, or null when the failure is not a vSphere fault (a timeout, a connect error). */
    public String fault() {
        return fault;
    }

    public Origin origin() {
        return origin;
    }

    /** The vim25 fault's own fields where vCenter sent them; none for other failures. */
    public VimFaultFields fields() {
        return fields;
    }

    /**
     * True when the failure says vCenter (or the way to it) is unwell rather than answering on purpose:
     * a transport failure, a timeout, vim25's {@code SystemError} or vapi's {@code SERVICE_UNAVAILABLE}.
     * Such failures count against the circuit breaker and make an idempotent call worth retrying; a
     * vSphere fault (InvalidPowerState, NotFound, a bad password) is a healthy answer.
     */
    public boolean vcenterUnwell() {
        return switch (origin) {
            case NOT_SENT, SENT, TIMEOUT -> true;
            case ANSWER -> "SystemError".equals(fault) || "SERVICE_UNAVAILABLE".equals(fault);
            case GATEWAY, TLS -> false;
        };
    }
}
