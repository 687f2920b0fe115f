package io.vcgate.testing;

import jakarta.enterprise.inject.Any;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.vcgate.customization.CustomizationService;
import io.vcgate.resilience.BackendGuard;
import io.vcgate.simulator.SimulatorLedger;
import io.vcgate.simulator.SimulatorState;

/**
 * The one reset between tests (registered in META-INF/services, so every {@code @QuarkusTest} method
 * starts from it): the simulated vCenter back to its fixtures and configured settings with no live
 * session (as after a restart), an empty ledger, and the gateway with nothing learned and every circuit
 * closed. The gateway's own session caches are left as they are, as in production: a session the
 * simulator forgot costs its caller one re-login.
 */
public class FreshVcenter implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (Arc.container() == null) {
            return;
        }
        try (InstanceHandle<SimulatorState> state = Arc.container().instance(SimulatorState.class);
                InstanceHandle<SimulatorLedger> ledger = Arc.container().instance(SimulatorLedger.class);
                InstanceHandle<CustomizationService> gateway = Arc.container().instance(CustomizationService.class)) {
            if (state.isAvailable()) {
                state.get().reset();
                ledger.get().reset();
            }
            gateway.get().forgetLearnedFacts();
        }
        for (InstanceHandle<BackendGuard> guard : Arc.container().listAll(BackendGuard.class, Any.Literal.INSTANCE)) {
            guard.get().resetCircuit();
        }
    }
}
