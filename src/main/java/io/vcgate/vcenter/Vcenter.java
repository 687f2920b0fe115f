package io.vcgate.vcenter;

import io.vcgate.core.Backend;
import io.vcgate.resilience.BackendGuard;
import io.vcgate.session.SessionPool;

/**
 * One vCenter behind the gateway and everything vcgate keeps for it alone: what it can do (its
 * {@link Capabilities}), its sessions (and their budget), and a guard per API (circuit breaker, retry
 * budget, bulkhead). Nothing here is shared with another vCenter: one vCenter's outage never opens
 * another's circuit or fills its bulkhead, and a rebuilt {@code Vcenter} starts fresh.
 *
 * <p>Its capabilities and its sessions are wired to each other here: the sessions learn from the
 * capabilities whether one session serves both APIs (before a caller's first login, since capabilities
 * are learned before any call is made), and the capabilities are learned again once the sessions show
 * that the vCenter restarted.
 */
public final class Vcenter {

    private final String name;
    private final String url;
    private final BackendGuard rest;
    private final BackendGuard soap;
    private final SessionPool sessions;
    private final Capabilities capabilities;
    private final String tlsConfigurationName;

    Vcenter(String name, String url, String tlsConfigurationName, BackendGuard rest, BackendGuard soap, SessionPool sessions) {
        this.name = name;
        this.tlsConfigurationName = tlsConfigurationName;
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.rest = rest;
        this.soap = soap;
        this.sessions = sessions;
        this.capabilities = new Capabilities(sessions::restartsSeen, known -> sessions.unifiedSessions(known.unifiedSessions()), System::nanoTime);
    }

    public String name() {
        return name;
    }

    /** The base URL: the REST API is under {@code /api}. */
    public String url() {
        return url;
    }

    /** The vim25 SOAP endpoint. */
    public String sdkUrl() {
        return url + "/sdk";
    }

    /** The Quarkus TLS configuration ({@code quarkus.tls.<name>.*}) both APIs use for this vCenter over HTTPS. */
    public String tlsConfigurationName() {
        return tlsConfigurationName;
    }

    public BackendGuard guard(Backend backend) {
        return backend == Backend.REST ? rest : soap;
    }

    public SessionPool sessions() {
        return sessions;
    }

    /** What this vCenter can do, as learned from its ServiceContent. */
    public Capabilities capabilities() {
        return capabilities;
    }

    @Override
    public String toString() {
        return "vCenter " + name;
    }
}
