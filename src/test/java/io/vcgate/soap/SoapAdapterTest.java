package io.vcgate.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import io.vcgate.core.FaultCategory;
import io.vcgate.core.GuestAuth;
import io.vcgate.core.TaskSnapshot;
import io.vcgate.simulator.SimulatorLedger;
import io.vcgate.simulator.SimulatorState;
import io.vcgate.simulator.VcenterApi;
import io.vcgate.testing.Isolation;
import io.vcgate.testing.TwoCallers;

/** The SOAP adapter against the simulated vim25 endpoint, over SOAP. */
@QuarkusTest
class SoapAdapterTest {

    static final Caller ADMIN = TwoCallers.ADMIN;
    static final GuestAuth ROOT = new GuestAuth.Password("root", "guest-pass", false);
    static final Duration WAIT = Duration.ofSeconds(5);

    @Inject
    SoapAdapter soap;

    @Inject
    Vcenters vcenters;

    @Inject
    SimulatorState simulator;

    @Inject
    SimulatorLedger ledger;

    static BackendFailure fault(Uni<?> call) {
        return assertThrows(BackendFailure.class, () -> call.await().atMost(WAIT));
    }

    @Test
    void abortAnswersTheTaskItStartedAndItsInfoIsRead() {
        String task = soap.abortCustomization(vcenters.get(Vcenters.DEFAULT), ADMIN, "vm-100", ROOT).await().atMost(WAIT);
        assertTrue(task.startsWith("task-"));
        TaskSnapshot started = soap.task(vcenters.get(Vcenters.DEFAULT), ADMIN, task).await().atMost(WAIT);
        assertEquals(task, started.id());
        assertEquals("vm-100", started.vm());
    }

    @Test
    void faultsThrownByTheCallArriveAsTheirOwnType() {
        BackendFailure off = fault(soap.abortCustomization(vcenters.get(Vcenters.DEFAULT), ADMIN, "vm-101", ROOT));
        assertEquals("InvalidPowerState", off.fault());
        assertEquals(FaultCategory.CONFLICT, off.category());
        assertTrue(off.getMessage().contains("Powered off"));
        assertEquals("InvalidState", fault(soap.abortCustomization(vcenters.get(Vcenters.DEFAULT), ADMIN, "vm-102", ROOT)).fault());
        assertEquals("TaskInProgress", fault(soap.abortCustomization(vcenters.get(Vcenters.DEFAULT), ADMIN, "vm-105", ROOT)).fault());
        BackendFailure missing = fault(soap.abortCustomization(vcenters.get(Vcenters.DEFAULT), ADMIN, "vm-999", ROOT));
        assertEquals("ManagedObjectNotFound", missing.fault());
        assertEquals(FaultCategory.NOT_FOUND, missing.category());
        assertEquals(FaultCategory.NOT_FOUND, fault(soap.task(vcenters.get(Vcenters.DEFAULT), ADMIN, "task-424242")).category());
    }

    @Test
    void badVcenterCredentialsAreInvalidLogin() {
        BackendFailure fault = fault(soap.task(vcenters.get(Vcenters.DEFAULT), new Caller("administrator@vsphere.local", "wrong"), "task-1"));
        assertEquals("InvalidLogin", fault.fault());
        assertEquals(FaultCategory.UNAUTHENTICATED, fault.category());
        assertTrue(!fault.getMessage().contains("wrong"));
    }

    @Test
    void legacyCustomizationInfoIsRead() {
        CustomizationInfo pending = soap.customizationInfo(vcenters.get(Vcenters.DEFAULT), ADMIN, "vm-107").await().atMost(WAIT);
        assertEquals(CustomizationInfo.Status.PENDING, pending.status());
        assertEquals(CustomizationInfo.Source.GUEST_CUSTOMIZATION_INFO, pending.source());
        CustomizationInfo failed = soap.customizationInfo(vcenters.get(Vcenters.DEFAULT), ADMIN, "vm-104").await().atMost(WAIT);
        assertEquals(CustomizationInfo.Status.FAILED, failed.status());
        assertEquals("Customization failed: network configuration could not be applied.", failed.error().message());
        assertEquals(CustomizationInfo.Status.NOT_AVAILABLE, soap.customizationInfo(vcenters.get(Vcenters.DEFAULT), ADMIN, "vm-101").await().atMost(WAIT).status());
        assertEquals(FaultCategory.NOT_FOUND, fault(soap.customizationInfo(vcenters.get(Vcenters.DEFAULT), ADMIN, "vm-999")).category());
    }

    @Test
    void twoCallersInterleavedEachUseOnlyTheirOwnSession() {
        List<Uni<CustomizationInfo>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            calls.add(soap.customizationInfo(vcenters.get(Vcenters.DEFAULT), TwoCallers.caller(i), TwoCallers.vm(i)));
        }
        Uni.join().all(calls).andCollectFailures().await().atMost(WAIT);
        // a session left over from an earlier test was forgotten by the simulator's reset and costs its
        // caller one re-login, which the ledger shows as a read with no user: those are not counted
        Isolation.eachCallCarriedItsCallersSession(ledger, VcenterApi.SOAP, "RetrievePropertiesEx", 40);
    }

    @Test
    void fiftyConcurrentFirstRequestsOfOneCallerCauseOneLogin() {
        List<Uni<CustomizationInfo>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            calls.add(soap.customizationInfo(vcenters.get(Vcenters.DEFAULT), ADMIN, "vm-103"));
        }
        Uni.join().all(calls).andCollectFailures().await().atMost(WAIT);
        assertEquals(1, ledger.logins(VcenterApi.SOAP, "administrator@vsphere.local"));
    }

    @Test
    void anExpiredSessionCostsExactlyOneReLogin() {
        soap.customizationInfo(vcenters.get(Vcenters.DEFAULT), ADMIN, "vm-103").await().atMost(WAIT);
        int before = ledger.logins(VcenterApi.SOAP, "administrator@vsphere.local");
        simulator.expireSessions();
        CustomizationInfo info = soap.customizationInfo(vcenters.get(Vcenters.DEFAULT), ADMIN, "vm-103").await().atMost(WAIT);
        assertEquals(CustomizationInfo.Status.SUCCEEDED, info.status());
        assertEquals(before + 1, ledger.logins(VcenterApi.SOAP, "administrator@vsphere.local"));
    }
}
