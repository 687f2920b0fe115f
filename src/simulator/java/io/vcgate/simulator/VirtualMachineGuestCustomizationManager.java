package io.vcgate.simulator;

import io.vcgate.vim25.AbortCustomizationRequestType;
import io.vcgate.vim25.GuestAuthentication;
import io.vcgate.vim25.ManagedObjectReference;
import io.vcgate.vim25.NamePasswordAuthentication;
import io.vcgate.vim25.RuntimeFaultFaultMsg;
import io.vcgate.vim25.SAMLTokenAuthentication;
import io.vcgate.vim25.SSPIAuthentication;
import io.vcgate.vim25.TicketedSessionAuthentication;

/**
 * The simulated VirtualMachineGuestCustomizationManager: AbortCustomization_Task checks the VM at once
 * (power, Tools, a Task in progress) and starts a Task; guest credentials are checked by Tools inside the
 * guest, so their faults arrive in the Task's error, as on vCenter.
 */
final class VirtualMachineGuestCustomizationManager implements SoapDispatcher.ManagedObject {

    @Override
    public void register(SoapDispatcher dispatcher) {
        dispatcher.on("AbortCustomization_Task", AbortCustomizationRequestType.class, this::abortCustomizationTask);
    }

    private ManagedObjectReference abortCustomizationTask(SoapCall call, AbortCustomizationRequestType request) throws Exception {
        ManagedObjectReference vm = request.getVm();
        String vmId = vm == null ? null : vm.getValue();
        String user = call.requireUser("AbortCustomization_Task", vmId);
        SimVm target = call.state().vm(vmId).orElseThrow(() -> SoapFaults.notFound(vm == null ? Vim.moref("VirtualMachine", "") : vm));
        if (!target.poweredOn) {
            throw SoapFaults.poweredOff();
        }
        if (!target.toolsRunning) {
            throw SoapFaults.toolsNotRunning();
        }
        if (target.busyTask != null) {
            throw SoapFaults.taskInProgress(target.busyTask);
        }
        String[] fault = guestFault(request.getAuth());
        if (fault == null && target.customizationFault) {
            fault = new String[] { "CustomizationFault", "Customization of the guest operating system failed: the deployment package is corrupt." };
        }
        SimTask task = call.state().startTask(target, user, fault == null ? null : fault[0], fault == null ? null : fault[1]);
        return Vim.moref("Task", task.id());
    }

    /** The fault Tools reports for the guest credentials (name and message), or null when they are good. */
    private static String[] guestFault(GuestAuthentication auth) {
        if (auth instanceof NamePasswordAuthentication password) {
            if (Fixtures.GUEST_DENIED_USER.equals(password.getUsername())) {
                return new String[] { "GuestPermissionDenied", "Insufficient permissions in guest operating system to perform this operation." };
            }
            if (Fixtures.GUEST_USER.equals(password.getUsername()) && Fixtures.GUEST_PASSWORD.equals(password.getPassword())) {
                return null;
            }
        } else if (auth instanceof SAMLTokenAuthentication saml && notBlank(saml.getToken())
                || auth instanceof SSPIAuthentication sspi && notBlank(sspi.getSspiToken())
                || auth instanceof TicketedSessionAuthentication ticket && notBlank(ticket.getTicket())) {
            return null;
        }
        return new String[] { "InvalidGuestLogin", "Failed to authenticate with the guest operating system using the supplied credentials." };
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
