package io.vcgate.customization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.vcgate.vcenter.Vcenter;
import io.vcgate.vcenter.Vcenters;
import io.quarkus.test.junit.QuarkusTest;
import io.vcgate.core.BackendFailure;
import io.vcgate.core.Caller;
import io.vcgate.core.CustomizationInfo;
import io.vcgate.core.CustomizationInfo.Source;
import io.vcgate.core.CustomizationInfo.Status;
import io.vcgate.core.FaultCategory;
import io.vcgate.core.GuestAuth;
import io.vcgate.core.TaskSnapshot;
import io.vcgate.simulator.SimulatorLedger;
import io.vcgate.simulator.SimulatorState;
import io.vcgate.simulator.VcenterApi;
import io.vcgate.testing.TwoCallers;

/** The application layer over both adapters and the simulated vCenter: status source policy, abort, Task following. */
@QuarkusTest
class CustomizationServiceTest {

    static final Caller ADMIN = TwoCallers.ADMIN;
    static final GuestAuth ROOT = new GuestAuth.Password("root", "guest-pass", false);
    static final Duration WAIT = Duration.ofSeconds(5);

    @Inject
    CustomizationService customization;

    @Inject
    Vcenters vcenters;

    Vcenter vcenter() {
        return vcenters.get(Vcenters.DEFAULT);
    }

    @Inject
    SimulatorState simulator;

    @Inject
    SimulatorLedger ledger;

    CustomizationInfo status(String vm) {
        return customization.status(vcenter(), ADMIN, vm).await().atMost(WAIT);
    }

    String abort(String vm, GuestAuth auth) {
        return customization.abort(vcenter(), ADMIN, vm, auth, null).await().atMost(WAIT).task().id();
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
        Status[] expected = { Status.RUNNING, Status.NOT_AVAILABLE, Status.RUNNING, Status.SUCCEEDED, Status.FAILED,
                Status.RUNNING, Status.RUNNING, Status.PENDING };
        for (int i = 0; i < expected.length; i++) {
            CustomizationInfo info = status("vm-10" + i);
            assertEquals(expected[i], info.status(), "vm-10" + i);
            assertEquals(Source.GUEST_CUSTOMIZATION_INFO, info.source(), "vm-10" + i);
            assertEquals("vm-10" + i, info.vm());
        }
        BackendFailure missing = assertThrows(BackendFailure.class, () -> status("vm-999"));
        assertEquals(FaultCategory.NOT_FOUND, missing.category());
    }

    long calls(VcenterApi api, String operation) {
        return ledger.calls(api).stream().filter(c -> c.operation().equals(operation)).count();
    }

    @Test
    void aLegacyVcenterIsDetectedOnceNotOnEveryCall() {
        simulator.apiLevel("7.0.3");
        for (int i = 0; i < 10; i++) {
            assertEquals(Source.GUEST_CUSTOMIZATION_INFO, status("vm-103").source());
        }
        assertEquals(1, calls(VcenterApi.SOAP, "RetrieveServiceContent"), "detected once, from its version");
        assertEquals(0, calls(VcenterApi.REST, "getCustomizationLive"), "7.0.3 has no customization-live: it is never asked");
        assertEquals(0, ledger.logins(VcenterApi.REST, ADMIN.username()), "no REST login");
        assertFalse(vcenter().capabilities().customizationLive());
    }

    @Test
    void aVcenterWhoseVersionPromisesCustomizationLiveButLacksItIsAskedOnceNotOnEveryCall() {
        assertEquals(Source.CUSTOMIZATION_LIVE, status("vm-103").source());
        // customization-live disappears (a 9.0 vCenter with it switched off, say) and vcgate is not told
        simulator.apiLevel("7.0.3");
        ledger.reset();
        for (int i = 0; i < 10; i++) {
            assertEquals(Source.GUEST_CUSTOMIZATION_INFO, status("vm-103").source());
        }
        long probes = calls(VcenterApi.REST, "getCustomizationLive");
        assertEquals(1, probes, "its answer that the operation does not exist is believed for api-level-recheck");
        assertFalse(vcenter().capabilities().customizationLive());
    }

    @Test
    void aVcenterRestartedAtANewVersionIsPickedUp() {
        long restarts = vcenter().sessions().restartsSeen();
        simulator.apiLevel("7.0.3");
        assertEquals(Source.GUEST_CUSTOMIZATION_INFO, status("vm-103").source());
        simulator.apiLevel("9.0"); // upgraded: restarted, every session lost
        // the next read meets its lost session: a restart, so the capabilities are read again...
        assertEquals(Source.GUEST_CUSTOMIZATION_INFO, status("vm-103").source());
        // ...and the reads after it use customization-live, on the session SOAP opened after the restart
        assertEquals(Source.CUSTOMIZATION_LIVE, status("vm-103").source());
        assertEquals(Source.CUSTOMIZATION_LIVE, status("vm-103").source());
        assertEquals(2, calls(VcenterApi.SOAP, "RetrieveServiceContent"), "read once, and once again after the restart");
        assertEquals(2, ledger.logins(VcenterApi.SOAP, ADMIN.username()) + ledger.logins(VcenterApi.REST, ADMIN.username()),
                "one login, one more after the restart: 9.0 takes the SOAP session on REST too");
        assertEquals(restarts + 1, vcenter().sessions().restartsSeen(), "one restart seen");
    }

    @Test
    void aMissingVmIsNotMistakenForAMissingOperation() {
        BackendFailure fault = assertThrows(BackendFailure.class, () -> status("vm-999"));
        assertEquals(FaultCategory.NOT_FOUND, fault.category());
        assertTrue(vcenter().capabilities().customizationLive());
    }

    @Test
    void abortStartsATaskThatIsFollowedToSuccess() {
        String task = abort("vm-100", ROOT);
        assertTrue(task.startsWith("task-"));
        TaskSnapshot done = customization.awaitTask(vcenter(), ADMIN, task, WAIT).await().atMost(WAIT);
        assertEquals(TaskSnapshot.State.SUCCESS, done.state());
        assertEquals("vm-100", done.vm());
        assertEquals(100, done.progress());
        assertNotNull(done.queuedAt());
        assertNotNull(done.completedAt());
    }

    @Test
    void awaitingReturnsTheRunningTaskAtTheDeadline() {
        simulator.taskDuration(Duration.ofSeconds(10));
        String task = abort("vm-100", ROOT);
        long start = System.nanoTime();
        TaskSnapshot snapshot = customization.awaitTask(vcenter(), ADMIN, task, Duration.ofMillis(700)).await().atMost(WAIT);
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        assertTrue(!snapshot.finished(), "still running");
        assertTrue(tookMs >= 600 && tookMs < 3000, "returned at the deadline, took " + tookMs);
    }

    @Test
    void everyGuestAuthenticationKindIsSent() {
        for (GuestAuth auth : List.of(ROOT, new GuestAuth.Saml("token", "alice", false),
                new GuestAuth.Sspi("sspi", true), new GuestAuth.Ticket("ticket", false))) {
            simulator.reset();
            CustomizationService.Abort done = customization.abort(vcenter(), ADMIN, "vm-100", auth, WAIT).await().atMost(WAIT);
            assertEquals(TaskSnapshot.State.SUCCESS, done.task().state(), auth.toString());
        }
    }

    @Test
    void faultsReportedInTheTaskMapTheSameWay() {
        Map<String, FaultCategory> expected = Map.of(
                "InvalidGuestLogin", FaultCategory.GUEST_LOGIN_REJECTED,
                "GuestPermissionDenied", FaultCategory.GUEST_PERMISSION_DENIED,
                "CustomizationFault", FaultCategory.CUSTOMIZATION_FAILED);
        String badPassword = abort("vm-100", new GuestAuth.Password("root", "wrong", false));
        String denied = abort("vm-103", new GuestAuth.Password("nobody", "x", false));
        String broken = abort("vm-106", ROOT);
        for (String task : List.of(badPassword, denied, broken)) {
            TaskSnapshot done = customization.awaitTask(vcenter(), ADMIN, task, WAIT).await().atMost(WAIT);
            assertEquals(TaskSnapshot.State.ERROR, done.state());
            assertEquals(expected.get(done.error().fault()), done.error().category(), done.error().fault());
        }
    }
}
