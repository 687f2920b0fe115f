package io.vcgate.testing;

import java.time.Duration;

import org.awaitility.Awaitility;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.vcgate.simulator.SimulatedVcenters;
import io.vcgate.vcenter.FreshGateway;
import io.vcgate.vcenter.Vcenters;

/**
 * The one reset between tests (registered in META-INF/services, so every {@code @QuarkusTest} method
 * starts from it): every simulated vCenter back to its fixtures and configured settings with no live
 * session and an empty ledger, and the gateway as freshly started ({@link FreshGateway}): no session (logged out, to a vCenter
 * that has forgotten them), nothing learned, no rejected password remembered, every
 * circuit closed and no watch of the test before still holding a vCenter filter. vCenter restarts
 * under a running gateway are tested on purpose (SoakTest, WatchTest, RestAdapterTest).
 */
public class FreshVcenter implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (Arc.container() == null) {
            return;
        }
        // the streams of the test before may still be closing: their vCenter filters go with them
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> GatewayGauges.watchFilters() == 0);
        try (InstanceHandle<SimulatedVcenters> simulated = Arc.container().instance(SimulatedVcenters.class);
                InstanceHandle<Vcenters> vcenters = Arc.container().instance(Vcenters.class)) {
            for (SimulatedVcenters.SimulatedVcenter vcenter : simulated.get().all()) {
                vcenter.state().reset();
            }
            // the old sessions' logouts meet a vCenter that has forgotten them; the ledgers are cleared after
            FreshGateway.renew(vcenters.get());
            for (SimulatedVcenters.SimulatedVcenter vcenter : simulated.get().all()) {
                vcenter.ledger().reset();
            }
        }
    }
}
