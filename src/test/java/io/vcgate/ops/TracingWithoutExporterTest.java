package io.vcgate.ops;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * With no span exporter chosen at build time (the default), OpenTelemetry is not built in: not on the
 * classpath, no SDK, no instrumentation on any request (their cost is in the README's Performance); vcgate
 * then carries the caller's traceparent to vCenter itself (TracePropagationTest shows it arrives, as a child).
 */
@QuarkusTest
class TracingWithoutExporterTest {

    @Test
    void withoutAnExporterNothingIsTracedButTheContext() {
        assertThrows(ClassNotFoundException.class,
                () -> Class.forName("io.opentelemetry.api.OpenTelemetry", false, getClass().getClassLoader()),
                "no exporter: OpenTelemetry not built in at all");
    }
}
