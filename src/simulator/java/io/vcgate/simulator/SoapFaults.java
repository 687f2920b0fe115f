package io.vcgate.simulator;

import io.vcgate.vim25.CustomizationFault;
import io.vcgate.vim25.GuestPermissionDenied;
import io.vcgate.vim25.InvalidArgument;
import io.vcgate.vim25.InvalidGuestLogin;
import io.vcgate.vim25.InvalidLogin;
import io.vcgate.vim25.InvalidLoginFaultMsg;
import io.vcgate.vim25.InvalidPowerState;
import io.vcgate.vim25.InvalidProperty;
import io.vcgate.vim25.InvalidPropertyFaultMsg;
import io.vcgate.vim25.InvalidState;
import io.vcgate.vim25.InvalidStateFaultMsg;
import io.vcgate.vim25.LocalizedMethodFault;
import io.vcgate.vim25.ManagedObjectNotFound;
import io.vcgate.vim25.ManagedObjectReference;
import io.vcgate.vim25.MethodFault;
import io.vcgate.vim25.NotAuthenticated;
import io.vcgate.vim25.RequestCanceled;
import io.vcgate.vim25.RuntimeFaultFaultMsg;
import io.vcgate.vim25.TaskInProgress;
import io.vcgate.vim25.TaskInProgressFaultMsg;
import io.vcgate.vim25.VirtualMachinePowerState;

/** The vim25 faults the simulator throws or puts in a Task's error, with vCenter's own messages. */
final class SoapFaults {

    private SoapFaults() {
    }

    static RuntimeFaultFaultMsg notAuthenticated() {
        return new RuntimeFaultFaultMsg("The session is not authenticated.", new NotAuthenticated());
    }

    static InvalidLoginFaultMsg invalidLogin() {
        return new InvalidLoginFaultMsg("Cannot complete login due to an incorrect user name or password.", new InvalidLogin());
    }

    static RuntimeFaultFaultMsg requestCanceled() {
        return new RuntimeFaultFaultMsg("The task was canceled by a user.", new RequestCanceled());
    }

    static InvalidPropertyFaultMsg invalidProperty(String path) {
        InvalidProperty fault = new InvalidProperty();
        fault.setName(path);
        return new InvalidPropertyFaultMsg("Invalid property: " + path, fault);
    }

    static RuntimeFaultFaultMsg invalidArgument(String property) {
        InvalidArgument fault = new InvalidArgument();
        fault.setInvalidProperty(property);
        return new RuntimeFaultFaultMsg("A specified parameter was not correct: " + property, fault);
    }

    static RuntimeFaultFaultMsg notFound(ManagedObjectReference obj) {
        ManagedObjectNotFound fault = new ManagedObjectNotFound();
        fault.setObj(obj);
        return new RuntimeFaultFaultMsg("The object '" + obj.getType() + ":" + obj.getValue() + "' has already been deleted or has not been completely created", fault);
    }

    static InvalidStateFaultMsg poweredOff() {
        InvalidPowerState fault = new InvalidPowerState();
        fault.setRequestedState(VirtualMachinePowerState.POWERED_ON);
        fault.setExistingState(VirtualMachinePowerState.POWERED_OFF);
        return new InvalidStateFaultMsg("The attempted operation cannot be performed in the current state (Powered off).", fault);
    }

    static InvalidStateFaultMsg toolsNotRunning() {
        return new InvalidStateFaultMsg("The operation is not allowed in the current state: VMware Tools is not running in the guest.", new InvalidState());
    }

    /** The VM is busy with {@code busyTask}: TaskInProgress names it. */
    static TaskInProgressFaultMsg taskInProgress(String busyTask) {
        TaskInProgress fault = new TaskInProgress();
        fault.setTask(Vim.moref("Task", busyTask));
        return new TaskInProgressFaultMsg("The operation is not allowed in the current state because the virtual machine has a task in progress.", fault);
    }

    /** The Task error for a fault name decided at abort time. */
    static LocalizedMethodFault taskError(String fault, String message) {
        MethodFault methodFault = switch (fault) {
            case "InvalidGuestLogin" -> new InvalidGuestLogin();
            case "GuestPermissionDenied" -> new GuestPermissionDenied();
            case "CustomizationFault" -> new CustomizationFault();
            default -> new io.vcgate.vim25.SystemError();
        };
        LocalizedMethodFault error = new LocalizedMethodFault();
        error.setFault(methodFault);
        error.setLocalizedMessage(message);
        return error;
    }
}
