package io.vcgate.simulator;

import java.time.OffsetDateTime;

import io.vcgate.vim25.GuestInfoCustomizationInfo;
import io.vcgate.vim25.InvalidPropertyFaultMsg;
import io.vcgate.vim25.ManagedObjectReference;
import io.vcgate.vim25.RuntimeFaultFaultMsg;
import io.vcgate.vim25.TaskInfo;
import io.vcgate.vim25.TaskInfoState;
import io.vcgate.vim25.TaskReasonUser;
import io.vcgate.vim25.VirtualMachinePowerState;

/**
 * The properties of the simulated managed objects, as vim25 values: a VirtualMachine's
 * {@code guest.customizationInfo}, {@code runtime.powerState} and {@code name}; a Task's {@code info}.
 */
final class ObjectProperties {

    private ObjectProperties() {
    }

    /** The value of the object's property; ManagedObjectNotFound for an unknown object, InvalidProperty for an unknown path. */
    static Object read(SimulatorState state, ManagedObjectReference obj, String path) throws RuntimeFaultFaultMsg, InvalidPropertyFaultMsg {
        switch (obj.getType()) {
            case "Task" -> {
                SimTask task = state.task(obj.getValue()).orElseThrow(() -> SoapFaults.notFound(obj));
                if (!"info".equals(path)) {
                    throw SoapFaults.invalidProperty(path);
                }
                return taskInfo(task);
            }
            case "VirtualMachine" -> {
                SimVm vm = state.vm(obj.getValue()).orElseThrow(() -> SoapFaults.notFound(obj));
                return switch (path) {
                    case "guest.customizationInfo" -> customizationInfo(vm);
                    case "runtime.powerState" -> vm.poweredOn ? VirtualMachinePowerState.POWERED_ON : VirtualMachinePowerState.POWERED_OFF;
                    case "name" -> vm.name;
                    default -> throw SoapFaults.invalidProperty(path);
                };
            }
            default -> throw SoapFaults.notFound(obj);
        }
    }

    private static GuestInfoCustomizationInfo customizationInfo(SimVm vm) {
        GuestInfoCustomizationInfo info = new GuestInfoCustomizationInfo();
        info.setCustomizationStatus("TOOLSDEPLOYPKG_" + vm.status.name());
        info.setStartTime(Vim.time(vm.start));
        info.setEndTime(Vim.time(vm.end));
        info.setErrorMsg(vm.status == SimVm.Status.FAILED ? vm.errorMessage : null);
        return info;
    }

    private static TaskInfo taskInfo(SimTask task) {
        OffsetDateTime now = SimulatorState.now();
        SimTask.Phase phase = task.phase(now);
        TaskInfo info = new TaskInfo();
        info.setKey(task.id());
        info.setTask(Vim.moref("Task", task.id()));
        info.setName("AbortCustomization_Task");
        info.setDescriptionId("vm.GuestCustomizationManager.abortCustomization");
        info.setEntity(Vim.moref("VirtualMachine", task.vm()));
        info.setEntityName(task.vmName());
        info.setState(TaskInfoState.fromValue(phase.name().toLowerCase()));
        info.setCancelled(false);
        info.setCancelable(false);
        info.setProgress(task.progress(now));
        TaskReasonUser reason = new TaskReasonUser();
        reason.setUserName(task.user());
        info.setReason(reason);
        info.setQueueTime(Vim.time(task.queued()));
        if (phase != SimTask.Phase.QUEUED) {
            info.setStartTime(Vim.time(task.started()));
        }
        if (phase == SimTask.Phase.SUCCESS || phase == SimTask.Phase.ERROR) {
            info.setCompleteTime(Vim.time(task.completed()));
        }
        if (phase == SimTask.Phase.ERROR) {
            info.setError(SoapFaults.taskError(task.fault(), task.faultMessage()));
        }
        info.setEventChainId(task.eventChainId());
        return info;
    }
}
