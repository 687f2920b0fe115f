package io.vcgate.resilience;

import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import io.vcgate.core.BackendFailure;

/**
 * Which failures may be retried, from where they came ({@link BackendFailure.Origin}).
 *
 * <p>Reads (session login, customization status, Task info) are idempotent, so they are retried
 * whenever vCenter or the way to it seems unwell ({@link BackendFailure#vcenterUnwell()}): a
 * connection that could not be made or broke, an HTTP error page from vCenter or a proxy, a SOAP answer
 * that is not a SOAP fault, a timeout, and the two faults with which vCenter itself says it is unwell,
 * vim25's {@code SystemError} (vpxd restarting or overloaded) and vapi's {@code SERVICE_UNAVAILABLE}.
 * Never on any other answer vCenter gave on purpose (InvalidPowerState, NoPermission, a 4xx):
 * retrying cannot change it.
 *
 * <p>The abort starts a Task, so it is retried only when the request provably never reached vCenter:
 * the connection was refused or could not be made. Anything else (a reset, a timeout, a 502 or a
 * {@code SystemError} after sending) may have started a Task, and a second abort would start a second.
 *
 * <p>Nothing is retried when this gateway's own circuit breaker or bulkhead turned the call away: the
 * point of both is to answer at once (503 with Retry-After) instead of waiting on a vCenter that is
 * down or saturated; a retry after a backoff would only wait, then be turned away again.
 */
public final class Retryability {

    private Retryability() {
    }

    public static boolean retryableRead(Throwable failure) {
        if (failure instanceof CircuitBreakerOpenException || failure instanceof BulkheadException) {
            return false;
        }
        if (failure instanceof TimeoutException) {
            return true;
        }
        return failure instanceof BackendFailure f && f.vcenterUnwell();
    }

    public static boolean retryableWrite(Throwable failure) {
        return failure instanceof BackendFailure f && f.origin() == BackendFailure.Origin.NOT_SENT;
    }
}
