package io.vcgate.core;

/**
 * The fields of a vim25 fault that name something a caller may act on, as vCenter sent them: the Task
 * in progress (TaskInProgress), the requested and existing power states (InvalidPowerState), the object
 * not found (ManagedObjectNotFound), the object and privilege refused (NoPermission), the invalid
 * property (InvalidArgument, InvalidProperty). vCenter's own VI/JSON dialect answers a fault with them;
 * null where the fault has no such field or vCenter left it out.
 */
public record VimFaultFields(MoRef task, String requestedState, String existingState, MoRef object, String privilegeId,
        String invalidProperty) {

    public static final VimFaultFields NONE = new VimFaultFields(null, null, null, null, null, null);
}
