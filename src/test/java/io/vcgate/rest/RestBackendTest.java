package io.vcgate.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vcgate.core.Caller;
import io.vcgate.core.CustomizationInfo;
import io.vcgate.core.CustomizationInfo.Source;
import io.vcgate.core.CustomizationInfo.Status;
import io.vcgate.core.CustomizationStatusBackend;
import io.vcgate.core.FaultCategory;
import io.vcgate.core.VsphereFault;
import io.vcgate.simulator.SimulatorLedger;
import io.vcgate.simulator.SimulatorState;
import io.vcgate.testing.TwoCallers;

@QuarkusTest
class RestBackendTest {

    static final Caller ADMIN = TwoCallers.ADMIN;
    static final Caller AUTOMATION = TwoCallers.AUTOMATION;
    static final Duration WAIT = Duration.ofSeconds(5);

    @Inject
    CustomizationStatusBackend backend;

    @Inject
    ApiLevel apiLevel;

    @Inject
    SimulatorState simulator;

    @Inject
    SimulatorLedger ledger;

    @BeforeEach
    void reset() {
        simulator.reset();
        simulator.expireSessions();
        ledger.reset();
        apiLevel.forget();
    }

    CustomizationInfo status(String vm) {
        return backend.status(ADMIN, vm).await().atMost(WAIT);
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
        assertEveryFixture(Source.CUSTOMIZATION_LIVE, Status.RUNNING);
    }

    /** vm-100 to vm-107 as the README's fixture table says; vm-107 is PENDING only where vim25 can say so. */
    void assertEveryFixture(Source source, Status pending) {
        Status[] expected = { Status.RUNNING, Status.NOT_AVAILABLE, Status.RUNNING, Status.SUCCEEDED, Status.FAILED,
                Status.RUNNING, Status.RUNNING, pending };
        for (int i = 0; i < expected.length; i++) {
            CustomizationInfo info = status("vm-10" + i);
            assertEquals(expected[i], info.status(), "vm-10" + i);
            assertEquals(source, info.source(), "vm-10" + i);
            assertEquals("vm-10" + i, info.vm());
        }
    }

    @Test
    void everyFixtureThroughGuestCustomizationInfoOnALegacyVcenter() {
        simulator.apiLevel("7.0.3");
        CustomizationInfo running = status("vm-100");
        assertEquals(Status.RUNNING, running.status());
        assertEquals(Source.GUEST_CUSTOMIZATION_INFO, running.source());
        assertEquals(Status.NOT_AVAILABLE, status("vm-101").status());
        assertEquals(Status.SUCCEEDED, status("vm-103").status());
        CustomizationInfo failed = status("vm-104");
        assertEquals(Status.FAILED, failed.status());
        assertEquals("Customization failed: network configuration could not be applied.", failed.error().message());
        assertNull(failed.error().id());
        assertEquals(Status.PENDING, status("vm-107").status());
        assertEveryFixture(Source.GUEST_CUSTOMIZATION_INFO, Status.PENDING);
        VsphereFault missing = assertThrows(VsphereFault.class, () -> status("vm-999"));
        assertEquals(FaultCategory.NOT_FOUND, missing.category());
    }

    @Test
    void aLegacyVcenterIsDetectedOnceNotOnEveryCall() {
        simulator.apiLevel("7.0.3");
        for (int i = 0; i < 10; i++) {
            assertEquals(Source.GUEST_CUSTOMIZATION_INFO, status("vm-103").source());
        }
        long probes = ledger.calls("rest").stream().filter(c -> c.operation().equals("getCustomizationLive")).count();
        assertEquals(1, probes);
        assertTrue(apiLevel.legacy());
    }

    @Test
    void aMissingVmIsNotMistakenForAMissingOperation() {
        VsphereFault fault = assertThrows(VsphereFault.class, () -> status("vm-999"));
        assertEquals(FaultCategory.NOT_FOUND, fault.category());
        assertEquals("NOT_FOUND", fault.fault());
        assertTrue(fault.getMessage().contains("vm-999"));
        assertTrue(!apiLevel.legacy());
    }

    @Test
    void badCredentialsAreUnauthenticated() {
        VsphereFault fault = assertThrows(VsphereFault.class,
                () -> backend.status(new Caller("administrator@vsphere.local", "wrong"), "vm-100").await().atMost(WAIT));
        assertEquals(FaultCategory.UNAUTHENTICATED, fault.category());
        assertTrue(!fault.getMessage().contains("wrong"));
    }

    @Test
    void anExpiredTokenCostsExactlyOneReCreation() {
        status("vm-103");
        int before = ledger.logins("rest", "administrator@vsphere.local");
        simulator.expireSessions();
        assertEquals(Status.SUCCEEDED, status("vm-103").status());
        assertEquals(before + 1, ledger.logins("rest", "administrator@vsphere.local"));
    }

    @Test
    void serviceUnavailableIsMappedAfterRetries() {
        status("vm-103");
        simulator.faults("rest", new SimulatorState.Faults(0, 1.0, false));
        VsphereFault fault = assertThrows(VsphereFault.class, () -> status("vm-103"));
        assertEquals(FaultCategory.UNAVAILABLE, fault.category());
    }

    @Test
    void callersInterleavedUnderConcurrencyEachUseOnlyTheirOwnToken() {
        List<Uni<CustomizationInfo>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            calls.add(backend.status(TwoCallers.caller(i), TwoCallers.vm(i)));
        }
        Uni.join().all(calls).andCollectFailures().await().atMost(WAIT);
        List<SimulatorLedger.Call> reads = ledger.calls("rest").stream()
                .filter(c -> c.operation().equals("getCustomizationLive") && c.user() != null).toList();
        assertEquals(40, reads.size());
        Map<String, List<String>> usersByToken = reads.stream().collect(Collectors.groupingBy(
                SimulatorLedger.Call::sessionFingerprint, Collectors.mapping(SimulatorLedger.Call::user, Collectors.toList())));
        assertEquals(2, usersByToken.size());
        usersByToken.values().forEach(users -> assertEquals(1, users.stream().distinct().count()));
        // admin asked for the even VMs, automation for the odd ones: a token sent on the other caller's call fails here
        reads.forEach(read -> assertEquals(TwoCallers.askedBy(read.target()), read.user(), read.target() + " read with another caller's token"));
        assertEquals(1, ledger.logins("rest", "administrator@vsphere.local"));
        assertEquals(1, ledger.logins("rest", "automation@vsphere.local"));
    }

    @Test
    void fiftyConcurrentFirstRequestsOfOneCallerCreateOneSession() {
        List<Uni<CustomizationInfo>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            calls.add(backend.status(ADMIN, "vm-103"));
        }
        Uni.join().all(calls).andCollectFailures().await().atMost(WAIT);
        assertEquals(1, ledger.logins("rest", "administrator@vsphere.local"));
    }
}
