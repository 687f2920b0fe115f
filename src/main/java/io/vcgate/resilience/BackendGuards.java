package io.vcgate.resilience;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Identifier;
import io.vcgate.core.Backend;

/**
 * The named guards: one {@link BackendGuard} per backend, {@code @Identifier("vcenter-rest")} and
 * {@code @Identifier("vcenter-soap")}, configured from {@code vcgate.resilience.rest.*} and
 * {@code vcgate.resilience.soap.*}. One per backend, so a slow SOAP endpoint never eats the REST
 * backend's capacity and one backend's outage never opens the other's circuit. Adapters only
 * reference them.
 */
@ApplicationScoped
public class BackendGuards {

    public static final String REST = "vcenter-rest";
    public static final String SOAP = "vcenter-soap";

    @Produces
    @Singleton
    @Identifier(REST)
    BackendGuard rest(ResilienceConfig config, MeterRegistry meters) {
        return new BackendGuard(Backend.REST, config.rest(), meters);
    }

    @Produces
    @Singleton
    @Identifier(SOAP)
    BackendGuard soap(ResilienceConfig config, MeterRegistry meters) {
        return new BackendGuard(Backend.SOAP, config.soap(), meters);
    }
}
