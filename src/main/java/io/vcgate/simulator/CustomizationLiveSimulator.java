package io.vcgate.simulator;

import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import io.vcgate.core.Backend;
import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.mutiny.Uni;
import io.vcgate.vcrest.api.CustomizationLiveApi;
import io.vcgate.vcrest.model.VapiStdLocalizableMessage;
import io.vcgate.vcrest.model.VcenterVmGuestCustomizationLiveInfo;
import io.vcgate.vcrest.model.VcenterVmGuestCustomizationLiveInfoStatus;

/** The simulated customization-live operation (vSphere 9.0), on the generated interface. */
@Simulated
@IfBuildProperty(name = "vcgate.simulator.enabled", stringValue = "true")
public class CustomizationLiveSimulator implements CustomizationLiveApi {

    @Inject
    SimulatedVcenters vcenters;

    private SimulatorState state() {
        return vcenters.current().state();
    }

    private SimulatorLedger ledger() {
        return vcenters.current().ledger();
    }

    @Override
    public Uni<VcenterVmGuestCustomizationLiveInfo> getCustomizationLive(String sessionId, String vm) {
        Optional<String> user = state().sessionUser(Backend.REST, sessionId);
        ledger().call(Backend.REST, "getCustomizationLive", user.orElse(null), sessionId, vm);
        if (state().legacy()) {
            return error(VapiErrors.operationNotFound());
        }
        if (user.isEmpty()) {
            return error(VapiErrors.unauthenticated());
        }
        return state().vm(vm).map(CustomizationLiveSimulator::live).map(info -> Uni.createFrom().item(info))
                .orElseGet(() -> error(VapiErrors.vmNotFound(vm)));
    }

    private static Uni<VcenterVmGuestCustomizationLiveInfo> error(Response vapiError) {
        return Uni.createFrom().failure(new WebApplicationException(vapiError));
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
