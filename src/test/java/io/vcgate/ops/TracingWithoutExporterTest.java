package io.vcgate.ops;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.test.junit.QuarkusTest;

/**
 * With no span exporter configured (the default), spans are not recorded, so tracing costs close to
 * nothing; their context is still made, so a caller's traceparent still reaches vCenter
 * (TracePropagationTest).
 */
@QuarkusTest
class TracingWithoutExporterTest {

    @Inject
    Tracer tracer;

    @Test
    void spansAreNotRecordedWhenNothingWouldExportThem() {
        Span span = tracer.spanBuilder("probe").startSpan();
        try {
            assertFalse(span.isRecording(), "no exporter: nothing is recorded");
            assertTrue(span.getSpanContext().isValid(), "the span still has a context to propagate");
        } finally {
            span.end();
        }
    }
}
