package io.vcgate.resilience;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vcgate.core.Backend;

/**
 * Makes the guards: one per vCenter and API, so a slow SOAP endpoint never eats the REST API's
 * capacity, and one vCenter's outage never opens another's circuit. Adapters only reference them.
 */
@ApplicationScoped
public class BackendGuards {

    /** SmallRye Fault Tolerance's meters name a guard by its description: {@code vcenter-rest@site-a}. */
    private static final Pattern DESCRIPTION = Pattern.compile("(vcenter-[a-z]+)@(.+)");

    @Inject
    MeterRegistry meters;

    /**
     * The guard of {@code backend} on vCenter {@code vcenter}, configured by {@code config}; {@code tls}
     * names the vCenter's TLS configuration, for the advice given when a handshake fails.
     */
    public BackendGuard guard(String vcenter, String tls, Backend backend, ResilienceConfig.Backend config) {
        return new BackendGuard(vcenter, tls, backend, config, meters);
    }

    /**
     * SmallRye Fault Tolerance's {@code ft_*} meters carry the guard's description as {@code method}:
     * split it into {@code method="vcenter-rest"} and {@code vcenter="site-a"}, as vcgate's own meters are tagged.
     */
    @Produces
    @Singleton
    MeterFilter vcenterTag() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                if (!id.getName().startsWith("ft.")) {
                    return id;
                }
                String method = id.getTag("method");
                Matcher match = method == null ? null : DESCRIPTION.matcher(method);
                if (match == null || !match.matches()) {
                    return id;
                }
                return id.withTags(java.util.List.of(Tag.of("method", match.group(1)), Tag.of("vcenter", match.group(2))));
            }
        };
    }
}
