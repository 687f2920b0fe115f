package io.vcgate.ops;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vcgate.simulator.SimulatorLedger;
import io.vcgate.simulator.VcenterApi;
import io.vcgate.testing.Contract;

/**
 * An operator's {@code quarkus.otel.enabled=true} in a build without OpenTelemetry (no exporter chosen at
 * build time) does not silence propagation: nothing would carry the caller's trace then.
 */
@QuarkusTest
@TestProfile(TracingSettingWithoutOpenTelemetryTest.OtelEnabledSetting.class)
class TracingSettingWithoutOpenTelemetryTest {

    static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";

    public static class OtelEnabledSetting implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.enabled", "true");
        }
    }

    @Inject
    SimulatorLedger ledger;

    @Test
    void anOpenTelemetrySettingAloneDoesNotStopVcgateCarryingTheTrace() {
        Contract.api().header("traceparent", "00-" + TRACE_ID + "-b7ad6b7169203331-01")
                .get("/v1/vms/vm-103/guest/customization").then().statusCode(200);
        assertTrue(ledger.traceparents(VcenterApi.REST).stream().anyMatch(t -> t.contains(TRACE_ID)),
                "vCenter received the caller's trace: " + ledger.traceparents(VcenterApi.REST));
    }
}
