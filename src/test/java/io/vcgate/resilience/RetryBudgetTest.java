package io.vcgate.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RetryBudgetTest {

    final AtomicLong now = new AtomicLong(1_000_000_000_000L);
    final RetryBudget budget = new RetryBudget(0.2, 3, Duration.ofSeconds(10), now::get);

    int retriesGranted(int attempts) {
        int granted = 0;
        for (int i = 0; i < attempts; i++) {
            if (budget.tryAcquireRetry()) {
                granted++;
            }
        }
        return granted;
    }

    @Test
    void aQuietGatewayStillGetsTheMinimumRetries() {
        assertEquals(3, retriesGranted(10));
    }

    @Test
    void retriesAreCappedAtTheRatioOfRequestsDuringAnOutage() {
        for (int i = 0; i < 100; i++) {
            budget.recordRequest();
        }
        assertEquals(3 + 20, retriesGranted(100));
        assertFalse(budget.tryAcquireRetry());
    }

    @Test
    void theBudgetRefillsOnceTheWindowHasPassed() {
        retriesGranted(10);
        assertFalse(budget.tryAcquireRetry());
        now.addAndGet(Duration.ofSeconds(11).toNanos());
        assertTrue(budget.tryAcquireRetry());
    }
}
