package io.vcgate.simulator;

import java.util.List;
import java.util.Optional;

import io.vcgate.simulator.SimulatedVcenters.SimulatedVcenter;
import io.vcgate.vcrest.model.VapiStdLocalizableMessage;
import io.vcgate.vcrest.model.VcenterVmGuestCustomizationLiveInfo;
import io.vcgate.vcrest.model.VcenterVmGuestCustomizationLiveInfoStatus;
import io.vertx.ext.web.RoutingContext;

/** The simulated customization-live operation (vSphere 9.0): {@code GET /api/vcenter/vm/{vm}/guest/customization-live}. */
final class CustomizationLive {

    void get(RoutingContext rc) {
        SimulatedVcenter vcenter = SimulatorServer.vcenter(rc);
        String sessionId = rc.request().getHeader(RestSessions.SESSION);
        String vm = rc.pathParam("vm");
        Optional<String> user = vcenter.state().sessionUser(VcenterApi.REST, sessionId);
        vcenter.ledger().call(VcenterApi.REST, "getCustomizationLive", user.orElse(null), sessionId, vm);
        if (vcenter.state().legacy()) {
            VapiErrors.operationNotFound().send(rc);
        } else if (user.isEmpty()) {
            VapiErrors.unauthenticated().send(rc);
        } else {
            vcenter.state().vm(vm).ifPresentOrElse(found -> Json.answer(rc, 200, Json.UTF8, live(found)),
                    () -> VapiErrors.vmNotFound(vm).send(rc));
        }
    }

    private static VcenterVmGuestCustomizationLiveInfo live(SimVm vm) {
        VcenterVmGuestCustomizationLiveInfo info = new VcenterVmGuestCustomizationLiveInfo()
                .status(switch (vm.status) {
                    case IDLE -> VcenterVmGuestCustomizationLiveInfoStatus.NOT_AVAILABLE;
                    // 9.0 has no PENDING: a customization waiting to start is reported as running
                    case PENDING, RUNNING -> VcenterVmGuestCustomizationLiveInfoStatus.RUNNING;
                    case SUCCEEDED -> VcenterVmGuestCustomizationLiveInfoStatus.SUCCEEDED;
                    case FAILED -> VcenterVmGuestCustomizationLiveInfoStatus.FAILED;
                })
                .startTime(vm.start)
                .endTime(vm.end);
        if (vm.status == SimVm.Status.FAILED && vm.errorMessage != null) {
            info.error(new VapiStdLocalizableMessage().id(vm.errorId).defaultMessage(vm.errorMessage).args(List.of()));
        }
        return info;
    }
}
