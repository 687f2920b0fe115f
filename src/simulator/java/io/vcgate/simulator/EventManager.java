package io.vcgate.simulator;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.vcgate.vim25.CustomizationEvent;
import io.vcgate.vim25.CustomizationFailed;
import io.vcgate.vim25.CustomizationLinuxIdentityFailed;
import io.vcgate.vim25.CustomizationNetworkSetupFailed;
import io.vcgate.vim25.CustomizationStartedEvent;
import io.vcgate.vim25.CustomizationSucceeded;
import io.vcgate.vim25.CustomizationUnknownFailure;
import io.vcgate.vim25.Event;
import io.vcgate.vim25.EventFilterSpec;
import io.vcgate.vim25.ManagedObjectReference;
import io.vcgate.vim25.QueryEventsRequestType;
import io.vcgate.vim25.RuntimeFaultFaultMsg;
import io.vcgate.vim25.VmEventArgument;

/** The simulated EventManager: the customization events of a VM (the filter's entity), of the types asked for, from its begin time. */
final class EventManager implements SoapDispatcher.ManagedObject {

    @Override
    public void register(SoapDispatcher dispatcher) {
        dispatcher.on("QueryEvents", QueryEventsRequestType.class, this::queryEvents);
    }

    /** Oldest first; none for anything but a VM (the simulator keeps events of VMs only). */
    private List<Event> queryEvents(SoapCall call, QueryEventsRequestType request) throws RuntimeFaultFaultMsg {
        EventFilterSpec filter = request.getFilter();
        ManagedObjectReference entity = filter == null || filter.getEntity() == null ? null : filter.getEntity().getEntity();
        call.requireUser("QueryEvents", entity == null ? null : entity.getValue());
        if (entity == null || !"VirtualMachine".equals(entity.getType())) {
            return List.of();
        }
        Set<String> types = filter.getType() == null || filter.getType().isEmpty() ? null : Set.copyOf(filter.getType());
        OffsetDateTime begin = filter.getTime() == null || filter.getTime().getBeginTime() == null ? null
                : filter.getTime().getBeginTime().toGregorianCalendar().toZonedDateTime().toOffsetDateTime();
        List<Event> answer = new ArrayList<>();
        for (SimEvent event : call.state().events(entity.getValue())) {
            if ((types == null || types.contains(event.type())) && (begin == null || !event.created().isBefore(begin))) {
                answer.add(event(event));
            }
        }
        return answer;
    }

    private static Event event(SimEvent e) {
        CustomizationEvent event = switch (e.type()) {
            case "CustomizationStartedEvent" -> new CustomizationStartedEvent();
            case "CustomizationSucceeded" -> new CustomizationSucceeded();
            case "CustomizationNetworkSetupFailed" -> new CustomizationNetworkSetupFailed();
            case "CustomizationLinuxIdentityFailed" -> new CustomizationLinuxIdentityFailed();
            case "CustomizationUnknownFailure" -> new CustomizationUnknownFailure();
            default -> new CustomizationFailed();
        };
        event.setKey(e.key());
        event.setChainId(e.key());
        event.setCreatedTime(Vim.time(e.created()));
        event.setUserName("VSPHERE.LOCAL\\vpxd-extension");
        VmEventArgument vm = new VmEventArgument();
        vm.setName(e.vmName());
        vm.setVm(Vim.moref("VirtualMachine", e.vm()));
        event.setVm(vm);
        event.setFullFormattedMessage(e.message());
        event.setLogLocation(e.logLocation());
        if (event instanceof CustomizationFailed failed) {
            failed.setReason(e.reason());
        }
        return event;
    }
}
