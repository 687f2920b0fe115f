package io.vcgate.facade.edge;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.vcgate.core.Caller;
import io.vertx.ext.web.RoutingContext;

/** The authenticated caller of the current {@code /v1} request, as the edge ({@link FacadeEdge}) found it. */
@RequestScoped
public class CurrentCaller {

    private static final String KEY = "vcgate.caller";

    @Inject
    RoutingContext request;

    static void set(RoutingContext request, Caller caller) {
        request.put(KEY, caller);
    }

    /** The caller's user name, or null before (or without) authentication. */
    public String name() {
        return name(request);
    }

    /** The user name of {@code request}'s caller, or null before (or without) authentication. */
    static String name(RoutingContext request) {
        Caller caller = request.get(KEY);
        return caller == null ? null : caller.username();
    }

    public Caller get() {
        Caller caller = request.get(KEY);
        if (caller == null) {
            throw new IllegalStateException("no authenticated caller on this request");
        }
        return caller;
    }
}
