package io.vcgate.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vcgate.simulator.SimulatorLedger;
import io.vcgate.simulator.VcenterApi;
import io.vcgate.testing.Contract;

@QuarkusTest
class TracePropagationTest {

    static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final String TRACEPARENT = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";

    @Inject
    SimulatorLedger ledger;

    @Test
    void theCallersTraceContinuesIntoBothBackends() {
        Contract.api().header("traceparent", TRACEPARENT)
                .get("/v1/vms/vm-103/guest/customization").then().statusCode(200);
        Contract.api().header("traceparent", TRACEPARENT)
                .contentType("application/json")
                .body("{\"credentials\":{\"type\":\"password\",\"username\":\"root\",\"password\":\"guest-pass\"}}")
                .post("/v1/vms/vm-103/guest/customization/abort").then().statusCode(202);
        for (VcenterApi backend : VcenterApi.values()) {
            List<String> received = ledger.traceparents(backend);
            assertFalse(received.isEmpty(), backend + " received no traceparent");
            assertTrue(received.stream().allMatch(t -> t.contains(TRACE_ID)), backend + " calls continue the caller's trace: " + received);
            assertTrue(received.stream().noneMatch(t -> t.equals(TRACEPARENT)), backend + " calls are child spans, not the caller's span");
        }
    }
}
