package io.vcgate.core;

import java.time.Duration;

import io.smallrye.mutiny.Uni;

/**
 * The vim25 (SOAP) side, as the facade and the REST adapter use it. Every failure arrives as a
 * {@link VsphereFault}. Implemented in {@code io.vcgate.soap}.
 */
public interface GuestCustomizationBackend {

    /** AbortCustomization_Task on the VM; the id of the Task it started (e.g. "task-1001"). */
    Uni<String> abortCustomization(Caller caller, String vm, GuestAuth auth);

    /** The Task's info now. */
    Uni<TaskSnapshot> task(Caller caller, String taskId);

    /** The Task's info once it finished, or as it is when {@code maxWait} ran out. */
    Uni<TaskSnapshot> awaitTask(Caller caller, String taskId, Duration maxWait);

    /** The VM's guest.customizationInfo (vSphere 7.0.2+), for vCenters without customization-live. */
    Uni<CustomizationInfo> customizationInfo(Caller caller, String vm);
}
