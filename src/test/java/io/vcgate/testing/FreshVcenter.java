package io.vcgate.testing;

import java.time.Duration;

import org.awaitility.Awaitility;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.vcgate.core.Backend;
import io.vcgate.customization.CustomizationService;
import io.vcgate.simulator.SimulatedVcenters;
import io.vcgate.soap.SoapAdapter;
import io.vcgate.vcenter.Vcenter;
import io.vcgate.vcenter.Vcenters;

/**
 * The one reset between tests (registered in META-INF/services, so every {@code @QuarkusTest} method
 * starts from it): every simulated vCenter back to its fixtures and configured settings with no live
 * session and an empty ledger, and the gateway as freshly started: no session (forgotten, not logged
 * out: the simulator has forgotten them), nothing learned, no rejected password remembered, every
 * circuit closed and no watch of the test before still holding a vCenter filter. vCenter restarts
 * under a running gateway are tested on purpose (SoakTest, WatchTest, RestAdapterTest).
 */
public class FreshVcenter implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (Arc.container() == null) {
            return;
        }
        try (InstanceHandle<SoapAdapter> soap = Arc.container().instance(SoapAdapter.class)) {
            // the streams of the test before may still be closing: their vCenter filters go with them
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> soap.get().openFilters() == 0);
        }
        try (InstanceHandle<SimulatedVcenters> simulated = Arc.container().instance(SimulatedVcenters.class);
                InstanceHandle<Vcenters> vcenters = Arc.container().instance(Vcenters.class);
                InstanceHandle<CustomizationService> gateway = Arc.container().instance(CustomizationService.class)) {
            for (SimulatedVcenters.SimulatedVcenter vcenter : simulated.get().all()) {
                vcenter.state().reset();
                vcenter.ledger().reset();
            }
            gateway.get().forgetLearnedFacts();
            for (Vcenter vcenter : vcenters.get().all()) {
                vcenter.sessions().forgetSessions();
                vcenter.sessions().forgetFailedLogins();
                for (Backend backend : Backend.values()) {
                    vcenter.guard(backend).resetCircuit();
                }
            }
        }
    }
}
