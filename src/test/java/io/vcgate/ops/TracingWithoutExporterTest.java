package io.vcgate.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * With no span exporter chosen at build time (the default), OpenTelemetry is not built in: not on the
 * classpath, no SDK, no instrumentation on any request (their cost is in the README's Performance); vcgate
 * then carries the caller's traceparent to vCenter itself (TracePropagationTest shows it arrives, as a child).
 */
@QuarkusTest
class TracingWithoutExporterTest {

    @ConfigProperty(name = "quarkus.otel.enabled", defaultValue = "false")
    boolean builtIn;

    @Test
    void withoutAnExporterNothingIsTracedButTheContext() {
        assertEquals(false, builtIn, "no exporter: OpenTelemetry not enabled");
        assertThrows(ClassNotFoundException.class,
                () -> Class.forName("io.opentelemetry.api.OpenTelemetry", false, getClass().getClassLoader()),
                "and not built in at all");
    }
}
