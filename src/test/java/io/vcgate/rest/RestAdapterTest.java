package io.vcgate.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.vcgate.vcenter.Vcenters;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vcgate.core.BackendFailure;
import io.vcgate.core.Caller;
import io.vcgate.core.CustomizationInfo;
import io.vcgate.core.CustomizationInfo.Source;
import io.vcgate.core.CustomizationInfo.Status;
import io.vcgate.core.FaultCategory;
import io.vcgate.simulator.SimulatorLedger;
import io.vcgate.simulator.SimulatorState;
import io.vcgate.simulator.VcenterApi;
import io.vcgate.testing.Isolation;
import io.vcgate.testing.TwoCallers;

/** The REST adapter against the simulated vSphere Automation API, over HTTP. */
@QuarkusTest
class RestAdapterTest {

    static final Caller ADMIN = TwoCallers.ADMIN;
    static final Duration WAIT = Duration.ofSeconds(5);

    @Inject
    RestAdapter rest;

    @Inject
    Vcenters vcenters;

    @Inject
    SimulatorState simulator;

    @Inject
    SimulatorLedger ledger;

    CustomizationInfo status(String vm) {
        return rest.customizationLive(vcenters.get(Vcenters.DEFAULT), ADMIN, vm).await().atMost(WAIT);
    }

    @Test
    void everyFixtureThroughCustomizationLive() {
        CustomizationInfo running = status("vm-100");
        assertEquals(Status.RUNNING, running.status());
        assertEquals(Source.CUSTOMIZATION_LIVE, running.source());
        assertNotNull(running.startTime());
        assertEquals(Status.NOT_AVAILABLE, status("vm-101").status());
        assertEquals(Status.RUNNING, status("vm-102").status());
        CustomizationInfo succeeded = status("vm-103");
        assertEquals(Status.SUCCEEDED, succeeded.status());
        assertEquals("2026-11-22T09:02:10Z", succeeded.endTime().toString());
        CustomizationInfo failed = status("vm-104");
        assertEquals(Status.FAILED, failed.status());
        assertEquals("com.vmware.vcenter.guest.customization.failed", failed.error().id());
        assertEquals("Customization failed: network configuration could not be applied.", failed.error().message());
        assertEquals(Status.RUNNING, status("vm-107").status());
        Status[] expected = { Status.RUNNING, Status.NOT_AVAILABLE, Status.RUNNING, Status.SUCCEEDED, Status.FAILED,
                Status.RUNNING, Status.RUNNING, Status.RUNNING };
        for (int i = 0; i < expected.length; i++) {
            CustomizationInfo info = status("vm-10" + i);
            assertEquals(expected[i], info.status(), "vm-10" + i);
            assertEquals(Source.CUSTOMIZATION_LIVE, info.source(), "vm-10" + i);
            assertEquals("vm-10" + i, info.vm());
        }
    }

    @Test
    void aVcenterWithoutCustomizationLiveIsNotSupportedNotABadGateway() {
        simulator.apiLevel("7.0.3");
        BackendFailure missing = assertThrows(BackendFailure.class, () -> status("vm-100"));
        assertEquals(FaultCategory.NOT_SUPPORTED, missing.category());
        assertTrue(missing.getMessage().contains("9.0"));
    }

    @Test
    void aMissingVmIsNotMistakenForAMissingOperation() {
        BackendFailure fault = assertThrows(BackendFailure.class, () -> status("vm-999"));
        assertEquals(FaultCategory.NOT_FOUND, fault.category());
        assertEquals("NOT_FOUND", fault.fault());
        assertTrue(fault.getMessage().contains("vm-999"));
    }

    @Test
    void badCredentialsAreUnauthenticated() {
        BackendFailure fault = assertThrows(BackendFailure.class,
                () -> rest.customizationLive(vcenters.get(Vcenters.DEFAULT), new Caller("administrator@vsphere.local", "wrong"), "vm-100").await().atMost(WAIT));
        assertEquals(FaultCategory.UNAUTHENTICATED, fault.category());
        assertTrue(!fault.getMessage().contains("wrong"));
    }

    @Test
    void anExpiredTokenCostsExactlyOneReCreation() {
        status("vm-103");
        int before = ledger.logins(VcenterApi.REST, "administrator@vsphere.local");
        simulator.expireSessions();
        assertEquals(Status.SUCCEEDED, status("vm-103").status());
        assertEquals(before + 1, ledger.logins(VcenterApi.REST, "administrator@vsphere.local"));
    }

    @Test
    void serviceUnavailableIsMappedAfterRetries() {
        status("vm-103");
        simulator.faults(VcenterApi.REST, new SimulatorState.Faults(0, 1.0, false));
        BackendFailure fault = assertThrows(BackendFailure.class, () -> status("vm-103"));
        assertEquals(FaultCategory.UNAVAILABLE, fault.category());
    }

    @Test
    void callersInterleavedUnderConcurrencyEachUseOnlyTheirOwnToken() {
        List<Uni<CustomizationInfo>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            calls.add(rest.customizationLive(vcenters.get(Vcenters.DEFAULT), TwoCallers.caller(i), TwoCallers.vm(i)));
        }
        Uni.join().all(calls).andCollectFailures().await().atMost(WAIT);
        Isolation.eachCallCarriedItsCallersSession(ledger, VcenterApi.REST, "getCustomizationLive", 40);
    }

    @Test
    void fiftyConcurrentFirstRequestsOfOneCallerCreateOneSession() {
        List<Uni<CustomizationInfo>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            calls.add(rest.customizationLive(vcenters.get(Vcenters.DEFAULT), ADMIN, "vm-103"));
        }
        Uni.join().all(calls).andCollectFailures().await().atMost(WAIT);
        assertEquals(1, ledger.logins(VcenterApi.REST, "administrator@vsphere.local"));
    }
}
