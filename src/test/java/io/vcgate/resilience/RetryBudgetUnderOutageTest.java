package io.vcgate.resilience;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vcgate.simulator.SimulatorLedger;
import io.vcgate.simulator.SimulatorState;
import io.vcgate.simulator.VcenterApi;

/** During a sustained outage, retries stay within the budget: no retry storm on a vCenter that is down. */
@QuarkusTest
@TestProfile(RetryBudgetUnderOutageTest.NoBreaker.class)
class RetryBudgetUnderOutageTest {

    public static class NoBreaker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("vcgate.resilience.rest.circuit-breaker.request-volume-threshold", "100000",
                    "vcgate.resilience.rest.circuit-breaker.consecutive-failures", "100000",
                    "vcgate.resilience.rest.retry.delay", "5ms", "vcgate.resilience.rest.retry.jitter", "1ms",
                    "vcgate.resilience.rest.budget.window", "60s", "vcgate.resilience.rest.budget.ratio", "0.2");
        }
    }

    @Inject
    SimulatorState simulator;

    @Inject
    SimulatorLedger ledger;

    @Test
    void retriesStayWithinTheBudget() {
        given().auth().preemptive().basic("administrator@vsphere.local", "VMware1!").get("/v1/vms/vm-103/guest/customization")
                .then().statusCode(200);
        simulator.faults(VcenterApi.REST, new SimulatorState.Faults(0, 0, true));
        int before = ledger.hits(VcenterApi.REST);
        int requests = 50;
        for (int i = 0; i < requests; i++) {
            given().auth().preemptive().basic("administrator@vsphere.local", "VMware1!").get("/v1/vms/vm-103/guest/customization")
                    .then().statusCode(503);
        }
        int hits = ledger.hits(VcenterApi.REST) - before;
        // without a budget: 50 x 3 = 150 attempts; with it: 50 + 3 + 20% of the requests in the window
        assertTrue(hits >= requests && hits <= requests + 3 + (int) (0.2 * (requests + 1)) + 1, "vCenter was hit " + hits + " times");
    }
}
