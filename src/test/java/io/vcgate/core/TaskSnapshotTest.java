package io.vcgate.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

/** A Task's state as a value: two reads of the same failed Task are equal. */
class TaskSnapshotTest {

    static final OffsetDateTime QUEUED = OffsetDateTime.parse("2026-11-29T14:34:08.99Z");

    static TaskSnapshot failed(BackendFailure fault) {
        return new TaskSnapshot("task-1", "vm-100", TaskSnapshot.State.ERROR, 100, TaskSnapshot.Fault.of(fault), QUEUED, QUEUED.plusSeconds(1),
                QUEUED.plusSeconds(2));
    }

    @Test
    void twoReadsOfTheSameFailedTaskAreEqual() {
        // each read of the Task maps its error afresh: two failures, equal faults
        TaskSnapshot first = failed(BackendFailure.vim("InvalidGuestLogin", "Failed to authenticate with the guest operating system."));
        TaskSnapshot second = failed(BackendFailure.vim("InvalidGuestLogin", "Failed to authenticate with the guest operating system."));
        assertEquals(first, second);
        assertEquals(first.hashCode(), second.hashCode());
        assertNotEquals(first, failed(BackendFailure.vim("InvalidGuestLogin", "Another message.")));
        assertNotEquals(first, failed(BackendFailure.vim("GuestPermissionDenied", "Failed to authenticate with the guest operating system.")));
    }

    @Test
    void theFaultKeepsWhatTheAnswersNeedAndIsThrownAsVcenterWouldHaveThrownIt() {
        TaskSnapshot.Fault fault = TaskSnapshot.Fault.of(BackendFailure.vim("CustomizationFault", "Customization failed."));
        assertEquals(new TaskSnapshot.Fault(FaultCategory.CUSTOMIZATION_FAILED, "CustomizationFault", "Customization failed."), fault);
        BackendFailure thrown = fault.thrown();
        assertEquals(FaultCategory.CUSTOMIZATION_FAILED, thrown.category());
        assertEquals("CustomizationFault", thrown.fault());
        assertEquals("Customization failed.", thrown.getMessage());
        assertEquals(BackendFailure.Origin.ANSWER, thrown.origin());
    }
}
