package io.vcgate.resilience;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.SocketTimeoutException;

import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

import io.vcgate.core.FaultCategory;
import io.vcgate.core.VsphereFault;

class RetryabilityTest {

    static VsphereFault transport(FaultCategory category, Throwable cause) {
        return new VsphereFault(category, null, "transport", cause);
    }

    @Test
    void readsAreRetriedOnTransportFailuresOnly() {
        assertTrue(Retryability.retryableRead(transport(FaultCategory.UNAVAILABLE, new ConnectException("refused"))));
        assertTrue(Retryability.retryableRead(transport(FaultCategory.BAD_GATEWAY, null)));
        assertTrue(Retryability.retryableRead(new TimeoutException()));
        assertTrue(Retryability.retryableRead(VsphereFault.vapi("SERVICE_UNAVAILABLE", "busy")));
        assertTrue(Retryability.retryableRead(VsphereFault.vim("SystemError", "vpxd busy")));
        assertFalse(Retryability.retryableRead(VsphereFault.vim("InvalidPowerState", "off")));
        assertFalse(Retryability.retryableRead(VsphereFault.vim("NoPermission", "no")));
        assertFalse(Retryability.retryableRead(VsphereFault.vapi("NOT_FOUND", "gone")));
        assertFalse(Retryability.retryableRead(VsphereFault.vapi("INTERNAL_SERVER_ERROR", "oops")));
    }

    @Test
    void nothingIsRetriedWhenThisGatewaysOwnGuardsSayNo() {
        assertFalse(Retryability.retryableRead(new CircuitBreakerOpenException()));
        assertFalse(Retryability.retryableRead(new BulkheadException()));
    }

    @Test
    void writesAreRetriedOnlyWhenTheirConnectionWasNeverMade() {
        assertTrue(Retryability.retryableWrite(transport(FaultCategory.UNAVAILABLE, new ConnectException("refused"))));
        assertFalse(Retryability.retryableWrite(new CircuitBreakerOpenException()));
        assertFalse(Retryability.retryableWrite(new BulkheadException()));
        assertFalse(Retryability.retryableWrite(transport(FaultCategory.TIMEOUT, new SocketTimeoutException("read"))));
        assertFalse(Retryability.retryableWrite(new TimeoutException()));
        assertFalse(Retryability.retryableWrite(transport(FaultCategory.BAD_GATEWAY, null)));
        assertFalse(Retryability.retryableWrite(VsphereFault.vim("SystemError", "vpxd busy")));
    }
}
