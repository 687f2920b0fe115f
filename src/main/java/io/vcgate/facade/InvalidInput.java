package io.vcgate.facade;

/** A request field that passed the contract's pattern but is still not acceptable: a 400 problem naming it. */
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
