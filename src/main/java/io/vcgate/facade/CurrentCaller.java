package io.vcgate.facade;

import jakarta.enterprise.context.RequestScoped;

import io.vcgate.core.Caller;

/** The authenticated caller of the current request, set by {@link CallerAuthentication}. */
@RequestScoped
public class CurrentCaller {

    private Caller caller;

    void set(Caller caller) {
        this.caller = caller;
    }

    /** The caller's user name, or null before (or without) authentication. */
    String name() {
        return caller == null ? null : caller.username();
    }

    public Caller get() {
        if (caller == null) {
            throw new IllegalStateException("no authenticated caller on this request");
        }
        return caller;
    }
}
