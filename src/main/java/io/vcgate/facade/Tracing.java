package io.vcgate.facade;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;
import io.vcgate.core.TraceParents;

/**
 * Who carries W3C trace context: OpenTelemetry when its SDK runs (an exporter is configured), else
 * vcgate itself ({@link TraceParents}), at no per-request cost beyond reading and writing one header.
 */
@ApplicationScoped
class Tracing {

    @ConfigProperty(name = "quarkus.otel.sdk.disabled", defaultValue = "false")
    boolean sdkDisabled;

    void start(@Observes StartupEvent event) {
        TraceParents.enable(sdkDisabled);
    }
}
