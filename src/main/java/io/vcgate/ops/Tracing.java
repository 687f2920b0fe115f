package io.vcgate.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;
import io.vcgate.core.TraceParents;

/**
 * Who carries W3C trace context: OpenTelemetry when it is built in (an exporter was chosen at build time:
 * Maven profile {@code otel}), enabled and its SDK runs, else vcgate itself ({@link TraceParents}), at no
 * per-request cost beyond reading and writing one header. Whether it is built in is asked of the classpath,
 * not of settings: {@code quarkus.otel.enabled=true} in a build without it must not silence propagation.
 */
@ApplicationScoped
public class Tracing {

    @ConfigProperty(name = "quarkus.otel.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "quarkus.otel.sdk.disabled", defaultValue = "false")
    boolean sdkDisabled;

    void start(@Observes StartupEvent event) {
        TraceParents.enable(!openTelemetryBuiltIn() || !enabled || sdkDisabled);
    }

    static boolean openTelemetryBuiltIn() {
        try {
            Class.forName("io.opentelemetry.api.OpenTelemetry", false, Tracing.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }
}
