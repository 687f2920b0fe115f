package io.vcgate.core;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

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
        BROKEN
    }

    private TransportFailures() {
    }

    public static Kind classify(Throwable failure) {
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
        };
    }

    /** The category the caller sees for a transport failure: 503 when unreachable, 504 when slow, else 502. */
    public static FaultCategory category(Kind kind) {
        return switch (kind) {
            case NOT_CONNECTED -> FaultCategory.UNAVAILABLE;
            case TIMED_OUT -> FaultCategory.TIMEOUT;
            case BROKEN -> FaultCategory.BAD_GATEWAY;
        };
    }
}
