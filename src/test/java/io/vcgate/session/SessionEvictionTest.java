package io.vcgate.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vcgate.rest.RestAdapter;
import io.vcgate.simulator.SimulatedVcenters;
import io.vcgate.simulator.VcenterApi;
import io.vcgate.soap.SoapAdapter;
import io.vcgate.testing.TwoCallers;
import io.vcgate.vcenter.Vcenter;
import io.vcgate.vcenter.Vcenters;

/**
 * Evicted sessions are logged out in vCenter, over the wire: {@code DELETE /api/session} for REST,
 * {@code SessionManager.Logout} for SOAP, whether a session goes for the budget or for being idle. On
 * the test vCenter {@code evicting}: 8.0.2 (a session per API), a budget of two, idle after 3 s.
 */
@QuarkusTest
class SessionEvictionTest {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final String ADMIN = TwoCallers.ADMIN.username();
    static final String AUTOMATION = TwoCallers.AUTOMATION.username();

    @Inject
    RestAdapter rest;

    @Inject
    SoapAdapter soap;

    @Inject
    Vcenters vcenters;

    @Inject
    SimulatedVcenters simulated;

    Vcenter evicting() {
        return vcenters.get("evicting");
    }

    SimulatedVcenters.SimulatedVcenter simulator() {
        return simulated.get("evicting");
    }

    @Test
    void theLeastRecentlyUsedSessionBeyondTheBudgetIsLoggedOut() {
        rest.customizationLive(evicting(), TwoCallers.ADMIN, "vm-103").onFailure().recoverWithNull().await().atMost(WAIT);
        soap.customizationInfo(evicting(), TwoCallers.ADMIN, "vm-103").await().atMost(WAIT);
        rest.customizationLive(evicting(), TwoCallers.AUTOMATION, "vm-103").onFailure().recoverWithNull().await().atMost(WAIT);
        soap.customizationInfo(evicting(), TwoCallers.AUTOMATION, "vm-103").await().atMost(WAIT);

        awaitLogouts(VcenterApi.REST, ADMIN, 1);
        awaitLogouts(VcenterApi.SOAP, ADMIN, 1);
        assertEquals(0, simulator().ledger().logouts(VcenterApi.REST, AUTOMATION));
        assertEquals(0, simulator().ledger().logouts(VcenterApi.SOAP, AUTOMATION));
        assertEquals(1, simulator().state().sessionIds(VcenterApi.REST).size(), "only automation's REST session is left in vCenter");
        assertEquals(1, simulator().state().sessionIds(VcenterApi.SOAP).size(), "only automation's SOAP session is left in vCenter");
        assertEquals(2, evicting().sessions().size());
    }

    @Test
    void anIdleSessionIsLoggedOut() {
        rest.customizationLive(evicting(), TwoCallers.ADMIN, "vm-103").onFailure().recoverWithNull().await().atMost(WAIT);
        soap.customizationInfo(evicting(), TwoCallers.ADMIN, "vm-103").await().atMost(WAIT);
        assertEquals(0, simulator().ledger().logouts(VcenterApi.REST, ADMIN));

        awaitLogouts(VcenterApi.REST, ADMIN, 1);
        awaitLogouts(VcenterApi.SOAP, ADMIN, 1);
        assertEquals(0, simulator().state().sessionIds(VcenterApi.REST).size());
        assertEquals(0, simulator().state().sessionIds(VcenterApi.SOAP).size());
    }

    void awaitLogouts(VcenterApi backend, String user, int expected) {
        Awaitility.await().atMost(WAIT).until(() -> simulator().ledger().logouts(backend, user) >= expected);
        assertEquals(expected, simulator().ledger().logouts(backend, user), backend + " logouts of " + user);
    }
}
