package io.vcgate.simulator;

import java.time.OffsetDateTime;

/** One simulated VM: its power and Tools state and its guest customization status. */
final class SimVm {

    enum Status { IDLE, PENDING, RUNNING, SUCCEEDED, FAILED }

    final String id;
    final String name;
    final boolean poweredOn;
    final boolean toolsRunning;
    /** The Task already running on the VM (abort fails TaskInProgress naming it), or null. */
    final String busyTask;
    /** Customization itself is broken: the abort Task ends in CustomizationFault. */
    final boolean customizationFault;
    volatile Status status;
    volatile OffsetDateTime start;
    volatile OffsetDateTime end;
    volatile String errorId;
    volatile String errorMessage;
    /** Customization runs started on it: a step of an earlier run no longer applies. */
    volatile int run;

    SimVm(String id, String name, boolean poweredOn, boolean toolsRunning, String busyTask, boolean customizationFault,
            Status status, OffsetDateTime start, OffsetDateTime end, String errorId, String errorMessage) {
        this.id = id;
        this.name = name;
        this.poweredOn = poweredOn;
        this.toolsRunning = toolsRunning;
        this.busyTask = busyTask;
        this.customizationFault = customizationFault;
        this.status = status;
        this.start = start;
        this.end = end;
        this.errorId = errorId;
        this.errorMessage = errorMessage;
    }
}
