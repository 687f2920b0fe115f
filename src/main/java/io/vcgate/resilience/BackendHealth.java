package io.vcgate.resilience;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.smallrye.common.annotation.Identifier;

/**
 * Readiness: each backend and the state of its circuit. It stays UP while a circuit is open, on
 * purpose: every replica sees the same vCenter, so turning replicas unready would only swap a precise
 * 503 problem with Retry-After for a refused connection at the load balancer. Operators alert on the
 * reported state (and on the {@code vcgate_circuit_*} metrics) instead. Liveness is Quarkus's own
 * and never depends on vCenter.
 */
@Readiness
@ApplicationScoped
public class BackendHealth implements HealthCheck {

    @Inject
    @Identifier(BackendGuards.REST)
    BackendGuard rest;

    @Inject
    @Identifier(BackendGuards.SOAP)
    BackendGuard soap;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("vcenter-backends")
                .up()
                .withData("rest.circuit", rest.circuitState())
                .withData("soap.circuit", soap.circuitState())
                .build();
    }
}
