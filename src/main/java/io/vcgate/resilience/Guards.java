package io.vcgate.resilience;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Identifier;

/**
 * The named guards: {@code @Identifier("vcenter-rest")} and {@code @Identifier("vcenter-soap")}
 * {@link BackendGuard} beans, configured from {@code vcgate.resilience.rest.*} and
 * {@code vcgate.resilience.soap.*}. One per backend, so a slow SOAP endpoint never eats the REST
 * backend's capacity and one backend's outage never opens the other's circuit.
 */
@ApplicationScoped
public class Guards {

    public static final String REST = "vcenter-rest";
    public static final String SOAP = "vcenter-soap";

    @Produces
    @Singleton
    @Identifier(REST)
    BackendGuard rest(ResilienceConfig config, MeterRegistry meters) {
        return new BackendGuard("rest", config.rest(), meters);
    }

    @Produces
    @Singleton
    @Identifier(SOAP)
    BackendGuard soap(ResilienceConfig config, MeterRegistry meters) {
        return new BackendGuard("soap", config.soap(), meters);
    }
}
