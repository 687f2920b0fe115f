package io.vcgate.resilience;

import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;

import io.vcgate.core.Backend;
import io.vcgate.core.BackendFailure;

/**
 * What to do about a failed TLS handshake with one vCenter backend: the cause (untrusted certificate,
 * host name mismatch, other handshake failure) and the key to set, in the problem's detail and in one
 * warning (at most one a minute per backend, so a pipeline polling a misconfigured vCenter does not
 * flood the log). Retrying cannot help, so none of this is retried or counted against the circuit.
 */
final class TlsAdvice {

    private static final Logger LOG = Logger.getLogger(TlsAdvice.class);
    private static final long QUIET_NANOS = 60_000_000_000L;

    private final String vcenter;
    private final String tls;
    private final Backend backend;
    private final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - QUIET_NANOS);

    TlsAdvice(String vcenter, String tls, Backend backend) {
        this.vcenter = vcenter;
        this.tls = tls;
        this.backend = backend;
    }

    BackendFailure explain(Throwable failure) {
        BackendFailure tlsFailure = (BackendFailure) failure;
        String api = backend == Backend.REST ? "REST API" : "SOAP endpoint";
        String detail = switch (tlsFailure.category()) {
            case CERTIFICATE_UNTRUSTED -> "The certificate of vCenter " + vcenter + "'s " + api
                    + " is not trusted (it does not chain to a CA of TLS configuration '" + tls + "', or is expired): add the vCenter's CA"
                    + " to quarkus.tls." + tls + ".trust-store.* (PEM or PKCS12)" + other() + ".";
            case CERTIFICATE_NAME_MISMATCH -> "The certificate of vCenter " + vcenter + "'s " + api
                    + " does not name the host in vcgate.vcenters." + vcenter + ".url: use the host name the certificate was issued for"
                    + " in that URL, or have vCenter's certificate reissued for it.";
            default -> "The TLS handshake with vCenter " + vcenter + "'s " + api
                    + " failed (no protocol or cipher in common, or no TLS at that address): check vcgate.vcenters." + vcenter
                    + ".url and quarkus.tls." + tls + ".* (protocols, cipher suites).";
        };
        long now = System.nanoTime();
        long last = lastLogged.get();
        if (now - last >= QUIET_NANOS && lastLogged.compareAndSet(last, now)) {
            LOG.warnf("%s (%s; not retried; logged at most once a minute)", detail, tlsFailure.category());
        }
        return new BackendFailure(tlsFailure.category(), null, BackendFailure.Origin.TLS, detail, null);
    }

    private String other() {
        return "vcenter".equals(tls) ? ", or name a TLS configuration that trusts it in vcgate.vcenters." + vcenter + ".tls-configuration-name"
                : "";
    }
}
