package io.vcgate.vcenter;

import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;
import io.vcgate.resilience.ResilienceConfig;
import io.vcgate.session.SessionConfig;

/**
 * The named vCenters: {@code vcgate.vcenters.<name>.url}, and for each, optional overrides of the
 * session and resilience keys ({@code vcgate.vcenters.<name>.session.max},
 * {@code vcgate.vcenters.<name>.resilience.rest.timeout}, ...). A key a vCenter does not set is the
 * global one ({@code vcgate.session.*}, {@code vcgate.resilience.*}): see {@link VcenterConfigFallbacks}.
 * {@code vcgate.vcenter.url} is the vCenter named {@code default}.
 */
@ConfigMapping(prefix = "vcgate.vcenters")
public interface VcentersConfig {

    /** The TLS configuration of every vCenter that names none: {@code quarkus.tls.vcenter.*}. */
    String DEFAULT_TLS = "vcenter";

    @WithParentName
    Map<String, Vcenter> named();

    interface Vcenter {
        /** Where the vCenter is, e.g. https://vcenter.example.com: REST at /api, SOAP at /sdk. */
        Optional<String> url();

        /**
         * The Quarkus TLS configuration for this vCenter ({@code quarkus.tls.<name>.*}: its CA, or
         * trust-all for a lab); the one named {@code vcenter} by default.
         */
        @WithDefault(DEFAULT_TLS)
        String tlsConfigurationName();

        SessionConfig session();

        Resilience resilience();
    }

    interface Resilience {
        ResilienceConfig.Backend rest();

        ResilienceConfig.Backend soap();
    }
}
