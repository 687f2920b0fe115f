package io.vcgate.compat.session;

/**
 * A session id vcgate does not honour, and why. The message never holds the id or a credential, so that
 * a door may answer it and log it as it is.
 */
public final class CompatSessionRefused extends RuntimeException {

    /** Why an id is refused. */
    public enum Reason {
        /** No id at all (absent or blank). */
        MISSING,
        /** Not an id this gateway issued under its key: garbage, altered, too long, or sealed with another key. */
        MALFORMED,
        /** Past its absolute lifetime, or unused too long on this replica. */
        EXPIRED,
        /** Logged out on this replica. */
        LOGGED_OUT,
        /** Issued for another vCenter than the one asked. */
        OTHER_VCENTER
    }

    private final Reason reason;

    CompatSessionRefused(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String toString() {
        return "CompatSessionRefused[" + reason + ": " + getMessage() + "]";
    }
}
