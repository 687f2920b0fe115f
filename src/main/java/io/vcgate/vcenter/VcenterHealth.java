package io.vcgate.vcenter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.vcgate.core.Backend;

/**
 * Readiness: each vCenter, each API and the state of its circuit ({@code site-a.rest.circuit}). It stays
 * UP while a circuit is open, on purpose: every replica sees the same vCenters, so turning replicas unready
 * would only swap a precise 503 problem with Retry-After for a refused connection at the load balancer.
 * Operators alert on the reported state (and on the {@code vcgate_circuit_*} metrics) instead. Liveness is
 * Quarkus's own and never depends on vCenter.
 */
@Readiness
@ApplicationScoped
public class VcenterHealth implements HealthCheck {

    @Inject
    Vcenters vcenters;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("vcenter-backends").up();
        for (Vcenter vcenter : vcenters.all()) {
            for (Backend backend : Backend.values()) {
                response.withData(vcenter.name() + "." + backend.id() + ".circuit", vcenter.guard(backend).circuitState());
            }
        }
        return response.build();
    }
}
