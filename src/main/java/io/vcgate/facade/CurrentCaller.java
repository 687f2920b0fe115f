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

    public Caller get() {
        if (caller == null) {
            throw new IllegalStateException("no authenticated caller on this request");
        }
        return caller;
    }
}
