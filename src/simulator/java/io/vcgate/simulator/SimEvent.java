package io.vcgate.simulator;

import java.time.OffsetDateTime;

/** An event the simulated vCenter logged about a VM's customization (EventManager.QueryEvents answers them). */
record SimEvent(int key, String type, String vm, String vmName, OffsetDateTime created, String message, String reason,
        String logLocation) {
}
