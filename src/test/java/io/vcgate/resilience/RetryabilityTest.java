package io.vcgate.resilience;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.SocketTimeoutException;

import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

import io.vcgate.core.BackendFailure;
import io.vcgate.core.FaultCategory;
import io.vcgate.core.TransportFailures;

class RetryabilityTest {

    /** A transport failure as the adapters make it: classified from its cause. */
    static BackendFailure transport(Throwable cause) {
        TransportFailures.Kind kind = TransportFailures.classify(cause);
        return BackendFailure.transport(TransportFailures.category(kind), TransportFailures.origin(kind), "transport", cause);
    }

    static BackendFailure errorPage() {
        return BackendFailure.transport(FaultCategory.BAD_GATEWAY, BackendFailure.Origin.SENT, "HTTP 502 without a SOAP fault", null);
    }

    @Test
    void readsAreRetriedOnTransportFailuresOnly() {
        assertTrue(Retryability.retryableRead(transport(new ConnectException("refused"))));
        assertTrue(Retryability.retryableRead(errorPage()));
        assertTrue(Retryability.retryableRead(new TimeoutException()));
        assertTrue(Retryability.retryableRead(BackendFailure.vapi("SERVICE_UNAVAILABLE", "busy")));
        assertTrue(Retryability.retryableRead(BackendFailure.vim("SystemError", "vpxd busy")));
        assertFalse(Retryability.retryableRead(BackendFailure.vim("InvalidPowerState", "off")));
        assertFalse(Retryability.retryableRead(BackendFailure.vim("NoPermission", "no")));
        assertFalse(Retryability.retryableRead(BackendFailure.vapi("NOT_FOUND", "gone")));
        assertFalse(Retryability.retryableRead(BackendFailure.vapi("INTERNAL_SERVER_ERROR", "oops")));
    }

    @Test
    void nothingIsRetriedWhenThisGatewaysOwnGuardsSayNo() {
        assertFalse(Retryability.retryableRead(new CircuitBreakerOpenException()));
        assertFalse(Retryability.retryableRead(new BulkheadException()));
        assertFalse(Retryability.retryableRead(BackendGuard.translate(new CircuitBreakerOpenException())));
        assertFalse(Retryability.retryableRead(BackendGuard.translate(new BulkheadException())));
    }

    @Test
    void writesAreRetriedOnlyWhenTheirConnectionWasNeverMade() {
        assertTrue(Retryability.retryableWrite(transport(new ConnectException("refused"))));
        assertFalse(Retryability.retryableWrite(new CircuitBreakerOpenException()));
        assertFalse(Retryability.retryableWrite(new BulkheadException()));
        assertFalse(Retryability.retryableWrite(transport(new SocketTimeoutException("read"))));
        assertFalse(Retryability.retryableWrite(new TimeoutException()));
        assertFalse(Retryability.retryableWrite(errorPage()));
        assertFalse(Retryability.retryableWrite(BackendFailure.vim("SystemError", "vpxd busy")));
    }
}
