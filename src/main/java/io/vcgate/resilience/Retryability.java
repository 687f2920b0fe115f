package io.vcgate.resilience;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;

import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import io.vcgate.core.FaultCategory;
import io.vcgate.core.VsphereFault;

/**
 * Which failures may be retried.
 *
 * <p>Reads (session login, customization status, Task info) are idempotent, so they are retried on
 * any transport-level failure: a connection that could not be made or broke, an HTTP 502/503 from
 * vCenter or a proxy, a SOAP answer that is not a SOAP fault, a timeout, and vim25's SystemError (vpxd
 * saying it is unwell, typically while it restarts or is overloaded). Never on an answer vCenter
 * gave on purpose: a vSphere fault (InvalidPowerState, NoPermission, SystemError, ...), a vapi error
 * other than SERVICE_UNAVAILABLE, or any 4xx; retrying those cannot change the answer.
 *
 * <p>The abort starts a Task, so it is retried only when the request provably never reached vCenter:
 * the connection was refused or could not be made. Anything else (a reset, a timeout, a 502 after
 * sending) may have started a Task, and a second abort would start a second one.
 *
 * <p>Nothing is retried when this gateway's own circuit breaker or bulkhead turned the call away: the
 * point of both is to answer at once (503 with Retry-After) instead of waiting on a vCenter that is
 * down or saturated, and a retry after a backoff would only wait, then be turned away again.
 */
public final class Retryability {

    private Retryability() {
    }

    public static boolean retryableRead(Throwable failure) {
        if (failure instanceof CircuitBreakerOpenException || failure instanceof BulkheadException) {
            return false;
        }
        if (neverSent(failure) || failure instanceof TimeoutException) {
            return true;
        }
        if (failure instanceof VsphereFault fault) {
            FaultCategory category = fault.category();
            boolean transport = fault.fault() == null || "SERVICE_UNAVAILABLE".equals(fault.fault())
                    || "SystemError".equals(fault.fault());
            return transport && (category == FaultCategory.UNAVAILABLE || category == FaultCategory.BAD_GATEWAY
                    || category == FaultCategory.TIMEOUT);
        }
        return false;
    }

    public static boolean retryableWrite(Throwable failure) {
        return !(failure instanceof CircuitBreakerOpenException || failure instanceof BulkheadException) && neverSent(failure);
    }

    /** True when the request cannot have reached vCenter: its connection was never made. */
    public static boolean neverSent(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof NoRouteToHostException
                    || t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return true;
            }
            if (t.getClass().getName().endsWith("ConnectTimeoutException")) {
                return true;
            }
        }
        return false;
    }
}
