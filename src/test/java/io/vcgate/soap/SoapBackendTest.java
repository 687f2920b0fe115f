package io.vcgate.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import io.vcgate.core.FaultCategory;
import io.vcgate.core.GuestAuth;
import io.vcgate.core.GuestCustomizationBackend;
import io.vcgate.core.TaskSnapshot;
import io.vcgate.core.VsphereFault;
import io.vcgate.simulator.SimulatorLedger;
import io.vcgate.simulator.SimulatorState;
import io.vcgate.testing.TwoCallers;

@QuarkusTest
class SoapBackendTest {

    static final Caller ADMIN = TwoCallers.ADMIN;
    static final Caller AUTOMATION = TwoCallers.AUTOMATION;
    static final GuestAuth ROOT = new GuestAuth.Password("root", "guest-pass", false);
    static final Duration WAIT = Duration.ofSeconds(5);

    @Inject
    GuestCustomizationBackend backend;

    @Inject
    SimulatorState simulator;

    @Inject
    SimulatorLedger ledger;

    @BeforeEach
    void reset() {
        simulator.reset();
        simulator.expireSessions();
        ledger.reset();
    }

    static VsphereFault fault(Uni<?> call) {
        return assertThrows(VsphereFault.class, () -> call.await().atMost(WAIT));
    }

    @Test
    void abortStartsATaskThatIsFollowedToSuccess() {
        String task = backend.abortCustomization(ADMIN, "vm-100", ROOT).await().atMost(WAIT);
        assertTrue(task.startsWith("task-"));
        TaskSnapshot done = backend.awaitTask(ADMIN, task, WAIT).await().atMost(WAIT);
        assertEquals(TaskSnapshot.State.SUCCESS, done.state());
        assertEquals("vm-100", done.vm());
        assertEquals(100, done.progress());
        assertNotNull(done.queuedAt());
        assertNotNull(done.completedAt());
    }

    @Test
    void awaitingReturnsTheRunningTaskAtTheDeadline() {
        simulator.taskDuration(Duration.ofSeconds(10));
        String task = backend.abortCustomization(ADMIN, "vm-100", ROOT).await().atMost(WAIT);
        long start = System.nanoTime();
        TaskSnapshot snapshot = backend.awaitTask(ADMIN, task, Duration.ofMillis(700)).await().atMost(WAIT);
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        assertTrue(!snapshot.finished(), "still running");
        assertTrue(tookMs >= 600 && tookMs < 3000, "returned at the deadline, took " + tookMs);
    }

    @Test
    void everyGuestAuthenticationKindIsSent() {
        for (GuestAuth auth : List.of(ROOT, new GuestAuth.Saml("token", "alice", false),
                new GuestAuth.Sspi("sspi", true), new GuestAuth.Ticket("ticket", false))) {
            simulator.reset();
            String task = backend.abortCustomization(ADMIN, "vm-100", auth).await().atMost(WAIT);
            assertEquals(TaskSnapshot.State.SUCCESS, backend.awaitTask(ADMIN, task, WAIT).await().atMost(WAIT).state(), auth.toString());
        }
    }

    @Test
    void faultsThrownByTheCallArriveAsTheirOwnType() {
        VsphereFault off = fault(backend.abortCustomization(ADMIN, "vm-101", ROOT));
        assertEquals("InvalidPowerState", off.fault());
        assertEquals(FaultCategory.CONFLICT, off.category());
        assertTrue(off.getMessage().contains("Powered off"));
        assertEquals("InvalidState", fault(backend.abortCustomization(ADMIN, "vm-102", ROOT)).fault());
        assertEquals("TaskInProgress", fault(backend.abortCustomization(ADMIN, "vm-105", ROOT)).fault());
        VsphereFault missing = fault(backend.abortCustomization(ADMIN, "vm-999", ROOT));
        assertEquals("ManagedObjectNotFound", missing.fault());
        assertEquals(FaultCategory.NOT_FOUND, missing.category());
        assertEquals(FaultCategory.NOT_FOUND, fault(backend.task(ADMIN, "task-424242")).category());
    }

    @Test
    void faultsReportedInTheTaskMapTheSameWay() {
        Map<String, FaultCategory> expected = Map.of(
                "InvalidGuestLogin", FaultCategory.GUEST_LOGIN_REJECTED,
                "GuestPermissionDenied", FaultCategory.GUEST_PERMISSION_DENIED,
                "CustomizationFault", FaultCategory.CUSTOMIZATION_FAILED);
        String badPassword = backend.abortCustomization(ADMIN, "vm-100", new GuestAuth.Password("root", "wrong", false)).await().atMost(WAIT);
        String denied = backend.abortCustomization(ADMIN, "vm-103", new GuestAuth.Password("nobody", "x", false)).await().atMost(WAIT);
        String broken = backend.abortCustomization(ADMIN, "vm-106", ROOT).await().atMost(WAIT);
        for (String task : List.of(badPassword, denied, broken)) {
            TaskSnapshot done = backend.awaitTask(ADMIN, task, WAIT).await().atMost(WAIT);
            assertEquals(TaskSnapshot.State.ERROR, done.state());
            assertEquals(expected.get(done.error().fault()), done.error().category(), done.error().fault());
        }
    }

    @Test
    void badVcenterCredentialsAreInvalidLogin() {
        VsphereFault fault = fault(backend.task(new Caller("administrator@vsphere.local", "wrong"), "task-1"));
        assertEquals("InvalidLogin", fault.fault());
        assertEquals(FaultCategory.UNAUTHENTICATED, fault.category());
        assertTrue(!fault.getMessage().contains("wrong"));
    }

    @Test
    void legacyCustomizationInfoIsRead() {
        CustomizationInfo pending = backend.customizationInfo(ADMIN, "vm-107").await().atMost(WAIT);
        assertEquals(CustomizationInfo.Status.PENDING, pending.status());
        assertEquals(CustomizationInfo.Source.GUEST_CUSTOMIZATION_INFO, pending.source());
        CustomizationInfo failed = backend.customizationInfo(ADMIN, "vm-104").await().atMost(WAIT);
        assertEquals(CustomizationInfo.Status.FAILED, failed.status());
        assertEquals("Customization failed: network configuration could not be applied.", failed.error().message());
        assertEquals(CustomizationInfo.Status.NOT_AVAILABLE, backend.customizationInfo(ADMIN, "vm-101").await().atMost(WAIT).status());
        assertEquals(FaultCategory.NOT_FOUND, fault(backend.customizationInfo(ADMIN, "vm-999")).category());
    }

    @Test
    void twoCallersInterleavedEachUseOnlyTheirOwnSession() {
        List<Uni<CustomizationInfo>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            calls.add(backend.customizationInfo(TwoCallers.caller(i), TwoCallers.vm(i)));
        }
        Uni.join().all(calls).andCollectFailures().await().atMost(WAIT);
        // reads that carried a live session; a session left over from an earlier test was expired in
        // reset() and costs its caller one re-login, which the ledger shows as a read with no user
        List<SimulatorLedger.Call> reads = ledger.calls("soap").stream()
                .filter(c -> c.operation().equals("RetrievePropertiesEx") && c.user() != null).toList();
        assertEquals(40, reads.size());
        Map<String, List<String>> usersBySession = reads.stream().collect(Collectors.groupingBy(
                SimulatorLedger.Call::sessionFingerprint, Collectors.mapping(SimulatorLedger.Call::user, Collectors.toList())));
        assertEquals(2, usersBySession.size(), "one session per caller");
        usersBySession.values().forEach(users -> assertEquals(1, users.stream().distinct().count(), "a session served one user"));
        // the caller asked for these VMs: admin the even ones, automation the odd ones; each read must have
        // carried the session of the caller who asked, so a cookie sent on the other caller's call fails here
        reads.forEach(read -> assertEquals(TwoCallers.askedBy(read.target()), read.user(), read.target() + " read with another caller's session"));
        assertEquals(1, ledger.logins("soap", "administrator@vsphere.local"));
        assertEquals(1, ledger.logins("soap", "automation@vsphere.local"));
    }

    @Test
    void fiftyConcurrentFirstRequestsOfOneCallerCauseOneLogin() {
        List<Uni<CustomizationInfo>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            calls.add(backend.customizationInfo(ADMIN, "vm-103"));
        }
        Uni.join().all(calls).andCollectFailures().await().atMost(WAIT);
        assertEquals(1, ledger.logins("soap", "administrator@vsphere.local"));
    }

    @Test
    void anExpiredSessionCostsExactlyOneReLogin() {
        backend.customizationInfo(ADMIN, "vm-103").await().atMost(WAIT);
        simulator.expireSessions();
        CustomizationInfo info = backend.customizationInfo(ADMIN, "vm-103").await().atMost(WAIT);
        assertEquals(CustomizationInfo.Status.SUCCEEDED, info.status());
        assertEquals(2, ledger.logins("soap", "administrator@vsphere.local"));
    }
}
