package io.vcgate.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * With no span exporter configured (the default), the OpenTelemetry SDK and its instrumentation are off
 * (their cost is in the README's Performance) and the sampler would record nothing anyway; vcgate then
 * carries the caller's traceparent to vCenter itself (TracePropagationTest shows it arrives, as a child).
 */
@QuarkusTest
class TracingWithoutExporterTest {

    @ConfigProperty(name = "quarkus.otel.sdk.disabled")
    boolean sdkDisabled;

    @ConfigProperty(name = "quarkus.otel.traces.sampler")
    String sampler;

    @Test
    void withoutAnExporterNothingIsTracedButTheContext() {
        assertEquals(true, sdkDisabled, "no exporter: no SDK at work");
        assertEquals("always_off", sampler, "and nothing would be sampled");
    }
}
