package io.vcgate.cli;

/**
 * The command's exit codes, the ones a pipeline branches on. {@code vcgate --help} and the README list them.
 */
public enum Exit {
    /** The customization SUCCEEDED, the Task succeeded, or the read was answered. */
    OK(0),
    /** The customization FAILED, the Task ended in error, or vCenter refused the abort. */
    FAILED(1),
    /** {@code --timeout} (or {@code --wait}) ran out before the end. */
    TIMEOUT(2),
    /** The command line or its configuration is wrong (nothing was sent), or the gateway refused it as malformed. */
    USAGE(3),
    /** The gateway or vCenter refused the credentials, or the user lacks the privilege (401, 403). */
    REFUSED(4),
    /** The gateway or vCenter could not be reached or answered, after retries. */
    UNAVAILABLE(5),
    /** The VM, Task or vCenter does not exist (404). */
    NOT_FOUND(6);

    public final int code;

    Exit(int code) {
        this.code = code;
    }

    /** What an HTTP status that ends a call means for the exit code (429, 5xx: after their retries). */
    static Exit forStatus(int status) {
        return switch (status) {
            case 400, 405, 406, 413, 414, 415, 431 -> USAGE;
            case 401, 403 -> REFUSED;
            case 404 -> NOT_FOUND;
            case 409, 422 -> FAILED;
            default -> UNAVAILABLE;
        };
    }
}
