package io.vcgate.core;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLException;

/**
 * The one place that reads a transport failure's cause chain (the REST client and the CXF conduit wrap
 * Netty's and Vert.x's exceptions differently) and says what happened on the wire, by exception type.
 */
public final class TransportFailures {

    /** What happened to a call that got no answer from vCenter. */
    public enum Kind {
        /** No connection was made (refused, no route, unknown host, connect timeout): nothing was sent. */
        NOT_CONNECTED,
        /** The connection was made but no answer came in time. */
        TIMED_OUT,
        /** Anything else: the connection broke, the answer was cut off or unreadable. */
        BROKEN,
        /** TLS: vCenter's certificate does not chain to a trusted CA (or has expired): nothing was sent. */
        CERTIFICATE_UNTRUSTED,
        /** TLS: vCenter's certificate is trusted but names another host than the URL's: nothing was sent. */
        CERTIFICATE_NAME_MISMATCH,
        /** TLS: the handshake failed otherwise (no common protocol or cipher, not TLS at all): nothing was sent. */
        TLS_HANDSHAKE_FAILED;

        /** True for the kinds a resend cannot cure: the TLS configuration (or vCenter's certificate) must change. */
        public boolean tls() {
            return this == CERTIFICATE_UNTRUSTED || this == CERTIFICATE_NAME_MISMATCH || this == TLS_HANDSHAKE_FAILED;
        }
    }

    private TransportFailures() {
    }

    public static Kind classify(Throwable failure) {
        if (find(failure, SSLException.class).isPresent()) {
            return tls(failure);
        }
        // Netty's ConnectTimeoutException is a ConnectException: a connect timeout sent nothing either
        if (find(failure, ConnectException.class).isPresent() || find(failure, NoRouteToHostException.class).isPresent()
                || find(failure, UnknownHostException.class).isPresent() || find(failure, UnresolvedAddressException.class).isPresent()) {
            return Kind.NOT_CONNECTED;
        }
        // Vert.x's NoStackTraceTimeoutException is a java.util.concurrent.TimeoutException
        if (find(failure, SocketTimeoutException.class).isPresent() || find(failure, TimeoutException.class).isPresent()
                || find(failure, io.netty.handler.timeout.TimeoutException.class).isPresent()) {
            return Kind.TIMED_OUT;
        }
        return Kind.BROKEN;
    }

    /**
     * What went wrong in a TLS handshake, by the JDK's exception types: a certificate path that cannot be
     * built or validated (or a certificate out of its validity) is an untrusted certificate; the JDK's
     * host name check throws a plain {@link CertificateException} ("No subject alternative DNS name
     * matching ...", "No name matching ..."), the one case only its message tells apart.
     */
    private static Kind tls(Throwable failure) {
        if (find(failure, CertPathBuilderException.class).isPresent() || find(failure, CertPathValidatorException.class).isPresent()
                || find(failure, CertificateExpiredException.class).isPresent()
                || find(failure, CertificateNotYetValidException.class).isPresent()) {
            return Kind.CERTIFICATE_UNTRUSTED;
        }
        Optional<CertificateException> certificate = find(failure, CertificateException.class);
        if (certificate.isPresent()) {
            String message = String.valueOf(certificate.get().getMessage());
            return message.contains("No subject alternative") || message.contains("No name matching")
                    ? Kind.CERTIFICATE_NAME_MISMATCH
                    : Kind.CERTIFICATE_UNTRUSTED;
        }
        return Kind.TLS_HANDSHAKE_FAILED;
    }

    /** The first exception of {@code type} in the cause chain, the failure itself included. */
    public static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth++ < 32; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    /** The failure's origin for {@link BackendFailure}: whether the request may have reached vCenter. */
    public static BackendFailure.Origin origin(Kind kind) {
        return switch (kind) {
            case NOT_CONNECTED -> BackendFailure.Origin.NOT_SENT;
            case TIMED_OUT -> BackendFailure.Origin.TIMEOUT;
            case BROKEN -> BackendFailure.Origin.SENT;
            case CERTIFICATE_UNTRUSTED, CERTIFICATE_NAME_MISMATCH, TLS_HANDSHAKE_FAILED -> BackendFailure.Origin.TLS;
        };
    }

    /** The category the caller sees for a transport failure: 503 when unreachable, 504 when slow, else 502. */
    public static FaultCategory category(Kind kind) {
        return switch (kind) {
            case NOT_CONNECTED -> FaultCategory.UNAVAILABLE;
            case TIMED_OUT -> FaultCategory.TIMEOUT;
            case BROKEN -> FaultCategory.BAD_GATEWAY;
            case CERTIFICATE_UNTRUSTED -> FaultCategory.CERTIFICATE_UNTRUSTED;
            case CERTIFICATE_NAME_MISMATCH -> FaultCategory.CERTIFICATE_NAME_MISMATCH;
            case TLS_HANDSHAKE_FAILED -> FaultCategory.TLS_HANDSHAKE_FAILED;
        };
    }
}
