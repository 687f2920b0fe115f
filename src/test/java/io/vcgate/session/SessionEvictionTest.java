package io.vcgate.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vcgate.core.CustomizationStatusBackend;
import io.vcgate.core.GuestCustomizationBackend;
import io.vcgate.simulator.SimulatorLedger;
import io.vcgate.simulator.SimulatorState;
import io.vcgate.testing.TwoCallers;

/**
 * Evicted sessions are logged out in vCenter, over the wire: {@code DELETE /api/session} for REST,
 * {@code SessionManager.Logout} for SOAP, whether a session goes for the bound or for being idle.
 */
@QuarkusTest
@TestProfile(SessionEvictionTest.OneSessionEach.class)
class SessionEvictionTest {

    public static class OneSessionEach implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("vcgate.rest.session.max", "1", "vcgate.soap.session.max", "1",
                    "vcgate.rest.session.idle-timeout", "3s", "vcgate.soap.session.idle-timeout", "3s",
                    "vcgate.rest.session.eviction-interval", "100ms", "vcgate.soap.session.eviction-interval", "100ms");
        }
    }

    static final Duration WAIT = Duration.ofSeconds(10);
    static final String ADMIN = TwoCallers.ADMIN.username();
    static final String AUTOMATION = TwoCallers.AUTOMATION.username();

    @Inject
    CustomizationStatusBackend rest;

    @Inject
    GuestCustomizationBackend soap;

    @Inject
    SimulatorState simulator;

    @Inject
    SimulatorLedger ledger;

    @BeforeEach
    void reset() {
        // vCenter forgets every session: what the pool still holds from an earlier test fails to log out
        simulator.reset();
        ledger.reset();
    }

    @Test
    void theLeastRecentlyUsedSessionBeyondTheBoundIsLoggedOut() {
        rest.status(TwoCallers.ADMIN, "vm-103").await().atMost(WAIT);
        soap.customizationInfo(TwoCallers.ADMIN, "vm-103").await().atMost(WAIT);
        rest.status(TwoCallers.AUTOMATION, "vm-103").await().atMost(WAIT);
        soap.customizationInfo(TwoCallers.AUTOMATION, "vm-103").await().atMost(WAIT);

        awaitLogouts("rest", ADMIN, 1);
        awaitLogouts("soap", ADMIN, 1);
        assertEquals(0, ledger.logouts("rest", AUTOMATION));
        assertEquals(0, ledger.logouts("soap", AUTOMATION));
        assertEquals(1, simulator.sessionIds("rest").size(), "only automation's REST session is left in vCenter");
        assertEquals(1, simulator.sessionIds("soap").size(), "only automation's SOAP session is left in vCenter");
    }

    @Test
    void anIdleSessionIsLoggedOut() {
        rest.status(TwoCallers.ADMIN, "vm-103").await().atMost(WAIT);
        soap.customizationInfo(TwoCallers.ADMIN, "vm-103").await().atMost(WAIT);
        assertEquals(0, ledger.logouts("rest", ADMIN));

        awaitLogouts("rest", ADMIN, 1);
        awaitLogouts("soap", ADMIN, 1);
        assertEquals(0, simulator.sessionIds("rest").size());
        assertEquals(0, simulator.sessionIds("soap").size());
    }

    void awaitLogouts(String backend, String user, int expected) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (ledger.logouts(backend, user) < expected && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertEquals(expected, ledger.logouts(backend, user), backend + " logouts of " + user);
    }
}
