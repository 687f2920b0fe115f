package io.vcgate.facade;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;
import io.vcgate.core.TraceParents;

/**
 * Who carries W3C trace context: OpenTelemetry when it is built in (an exporter was chosen at build time:
 * Maven profile {@code otel}) and its SDK runs, else vcgate itself ({@link TraceParents}), at no per-request cost beyond reading and
 * writing one header.
 */
@ApplicationScoped
class Tracing {

    @ConfigProperty(name = "quarkus.otel.enabled", defaultValue = "false")
    boolean builtIn;

    @ConfigProperty(name = "quarkus.otel.sdk.disabled", defaultValue = "false")
    boolean sdkDisabled;

    void start(@Observes StartupEvent event) {
        TraceParents.enable(!builtIn || sdkDisabled);
    }
}
