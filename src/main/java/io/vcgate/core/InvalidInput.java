package io.vcgate.core;

/**
 * A request field that passed the contract's pattern but is still not acceptable (a user name vCenter cannot
 * take, a duration that does not parse): each door answers it in its own format, naming the field (the
 * facade: a 400 problem). The message names the problem, never the value.
 */
public class InvalidInput extends RuntimeException {

    private final String field;

    public InvalidInput(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
