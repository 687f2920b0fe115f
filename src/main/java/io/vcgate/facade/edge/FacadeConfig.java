package io.vcgate.facade.edge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The facade's own policy: {@code vcgate.facade.*}. */
@ConfigMapping(prefix = "vcgate.facade")
public interface FacadeConfig {

    /**
     * Whether {@code /v1} requests (which carry vCenter passwords) are accepted over plain HTTP. Off in
     * production: they are refused with a 403 {@code https-required} problem. Turn it on only behind a
     * TLS-terminating proxy or ingress, and then let vcgate see the original scheme
     * ({@code quarkus.http.proxy.proxy-address-forwarding}, {@code allow-x-forwarded},
     * {@code trusted-proxies}); on in dev mode and tests.
     */
    @WithDefault("false")
    boolean allowPlainHttp();

    /**
     * Calls one caller (one vCenter user name) may have under way at once; more are answered 429 with
     * {@code Retry-After} before any vCenter call, so that one caller's burst cannot fill a backend's
     * bulkhead and starve the others. Watches and long polls are not counted (they have caps of their own).
     */
    @WithDefault("32")
    int callerMaxInFlight();
}
