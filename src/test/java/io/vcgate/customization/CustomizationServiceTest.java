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

import org.awaitility.Awaitility;
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
import io.vcgate.testing.GatewayGauges;
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
        // the next read meets its lost session: a restart, so the capabilities are read again and it is made
        // once more from customization-live, as are the reads after it, on the session SOAP opened after the restart
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
        CustomizationService.Abort abort = customization.abort(vcenter(), ADMIN, "vm-100", ROOT, WAIT).await().atMost(WAIT);
        TaskSnapshot done = abort.task();
        assertTrue(abort.waited());
        assertTrue(done.id().startsWith("task-"));
        assertEquals(TaskSnapshot.State.SUCCESS, done.state());
        assertEquals("vm-100", done.vm());
        assertEquals(100, done.progress());
        assertNotNull(done.queuedAt());
        assertNotNull(done.completedAt());
        // followed as vCenter pushed it: one filter on the Task, read on its changes (its first report, running, success)
        assertEquals(1, calls("CreateFilter", done.id()));
        assertTrue(calls("RetrievePropertiesEx", done.id()) <= 4, "read on its changes, not polled: " + calls("RetrievePropertiesEx", done.id()));
    }

    @Test
    void awaitingReturnsTheRunningTaskAtTheDeadline() {
        simulator.taskDuration(Duration.ofSeconds(10));
        CustomizationService.Abort abort = customization.abort(vcenter(), ADMIN, "vm-100", ROOT, Duration.ofMillis(700)).await().atMost(WAIT);
        TaskSnapshot snapshot = abort.task();
        assertTrue(abort.waited());
        assertTrue(!snapshot.finished(), "still running");
        assertNotNull(snapshot.queuedAt(), "the Task as read, not as started");
        // it waited on the pushed Task watch, which reads the Task at once and on vCenter's first report of it
        // (it does not change within the wait): a poll would have read it again and again until the deadline
        long reads = calls("RetrievePropertiesEx", snapshot.id());
        assertTrue(reads >= 1 && reads <= 2, "read at once and on the filter's first report, not polled: " + reads + " reads");
        assertTrue(calls("CreateFilter", snapshot.id()) <= 1);
        // and when the wait ran out, its filter went with it
        Awaitility.await().atMost(WAIT).until(() -> GatewayGauges.watchFilters() == 0 && simulator.openFilters() == 0);
    }

    @Test
    void aWaitOfZeroAnswersTheTaskAsRead() {
        CustomizationService.Abort abort = customization.abort(vcenter(), ADMIN, "vm-100", ROOT, Duration.ZERO).await().atMost(WAIT);
        assertTrue(abort.waited());
        assertTrue(abort.task().id().startsWith("task-"));
        assertNotNull(abort.task().queuedAt(), "read at least once, though the wait ran out at once");
    }

    @Test
    void twoReadsOfTheSameFailedTaskAreEqual() {
        CustomizationService.Abort failed = customization.abort(vcenter(), ADMIN, "vm-106", ROOT, WAIT).await().atMost(WAIT);
        assertEquals(TaskSnapshot.State.ERROR, failed.task().state());
        TaskSnapshot once = customization.task(vcenter(), ADMIN, failed.task().id()).await().atMost(WAIT);
        TaskSnapshot again = customization.task(vcenter(), ADMIN, failed.task().id()).await().atMost(WAIT);
        assertEquals(once, again, "the same failed Task, read twice");
        assertEquals(failed.task(), once);
        assertEquals(new TaskSnapshot.Fault(FaultCategory.CUSTOMIZATION_FAILED, "CustomizationFault", once.error().message()), once.error());
    }

    /** SOAP calls of {@code operation} about {@code target} (a VM or Task id) the simulated vCenter saw. */
    long calls(String operation, String target) {
        return ledger.calls(VcenterApi.SOAP).stream().filter(c -> c.operation().equals(operation) && target.equals(c.target())).count();
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
        List<TaskSnapshot> ended = new java.util.ArrayList<>();
        ended.add(customization.abort(vcenter(), ADMIN, "vm-100", new GuestAuth.Password("root", "wrong", false), WAIT).await().atMost(WAIT).task());
        ended.add(customization.abort(vcenter(), ADMIN, "vm-103", new GuestAuth.Password("nobody", "x", false), WAIT).await().atMost(WAIT).task());
        ended.add(customization.abort(vcenter(), ADMIN, "vm-106", ROOT, WAIT).await().atMost(WAIT).task());
        for (TaskSnapshot done : ended) {
            assertEquals(TaskSnapshot.State.ERROR, done.state());
            assertEquals(expected.get(done.error().fault()), done.error().category(), done.error().fault());
        }
    }
}
