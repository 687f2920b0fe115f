package io.vcgate.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.vcgate.core.Backend;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vcgate.rest.RestAdapter;
import io.vcgate.simulator.SimulatorLedger;
import io.vcgate.simulator.SimulatorState;
import io.vcgate.soap.SoapAdapter;
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
    RestAdapter rest;

    @Inject
    SoapAdapter soap;

    @Inject
    SimulatorState simulator;

    @Inject
    SimulatorLedger ledger;

    @Test
    void theLeastRecentlyUsedSessionBeyondTheBoundIsLoggedOut() {
        rest.customizationLive(TwoCallers.ADMIN, "vm-103").await().atMost(WAIT);
        soap.customizationInfo(TwoCallers.ADMIN, "vm-103").await().atMost(WAIT);
        rest.customizationLive(TwoCallers.AUTOMATION, "vm-103").await().atMost(WAIT);
        soap.customizationInfo(TwoCallers.AUTOMATION, "vm-103").await().atMost(WAIT);

        awaitLogouts(Backend.REST, ADMIN, 1);
        awaitLogouts(Backend.SOAP, ADMIN, 1);
        assertEquals(0, ledger.logouts(Backend.REST, AUTOMATION));
        assertEquals(0, ledger.logouts(Backend.SOAP, AUTOMATION));
        assertEquals(1, simulator.sessionIds(Backend.REST).size(), "only automation's REST session is left in vCenter");
        assertEquals(1, simulator.sessionIds(Backend.SOAP).size(), "only automation's SOAP session is left in vCenter");
    }

    @Test
    void anIdleSessionIsLoggedOut() {
        rest.customizationLive(TwoCallers.ADMIN, "vm-103").await().atMost(WAIT);
        soap.customizationInfo(TwoCallers.ADMIN, "vm-103").await().atMost(WAIT);
        assertEquals(0, ledger.logouts(Backend.REST, ADMIN));

        awaitLogouts(Backend.REST, ADMIN, 1);
        awaitLogouts(Backend.SOAP, ADMIN, 1);
        assertEquals(0, simulator.sessionIds(Backend.REST).size());
        assertEquals(0, simulator.sessionIds(Backend.SOAP).size());
    }

    void awaitLogouts(Backend backend, String user, int expected) {
        Awaitility.await().atMost(WAIT).until(() -> ledger.logouts(backend, user) >= expected);
        assertEquals(expected, ledger.logouts(backend, user), backend + " logouts of " + user);
    }
}
