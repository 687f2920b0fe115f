package io.vcgate.simulator;

import java.time.OffsetDateTime;

/** One simulated VM: its power and Tools state and its guest customization status. */
final class SimVm {

    enum Status { IDLE, PENDING, RUNNING, SUCCEEDED, FAILED }

    final String id;
    final String name;
    final boolean poweredOn;
    final boolean toolsRunning;
    /** A task already runs on the VM: abort fails TaskInProgress. */
    final boolean busy;
    /** Customization itself is broken: the abort Task ends in CustomizationFault. */
    final boolean customizationFault;
    volatile Status status;
    volatile OffsetDateTime start;
    volatile OffsetDateTime end;
    volatile String errorId;
    volatile String errorMessage;

    SimVm(String id, String name, boolean poweredOn, boolean toolsRunning, boolean busy, boolean customizationFault,
            Status status, OffsetDateTime start, OffsetDateTime end, String errorId, String errorMessage) {
        this.id = id;
        this.name = name;
        this.poweredOn = poweredOn;
        this.toolsRunning = toolsRunning;
        this.busy = busy;
        this.customizationFault = customizationFault;
        this.status = status;
        this.start = start;
        this.end = end;
        this.errorId = errorId;
        this.errorMessage = errorMessage;
    }
}
