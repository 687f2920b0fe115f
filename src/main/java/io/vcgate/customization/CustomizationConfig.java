package io.vcgate.customization;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Which API answers a status read: {@code vcgate.rest.*}, where these keys have always been
 * configured (the REST adapter's own sessions are configured beside them, {@code vcgate.rest.session.*}).
 */
@ConfigMapping(prefix = "vcgate.rest")
public interface CustomizationConfig {

    enum Source { AUTO, REST, SOAP }

    /** auto: customization-live, falling back to guest.customizationInfo on vCenters without it; rest; soap. */
    @WithDefault("auto")
    Source customizationSource();

    /** How long a vCenter found to lack customization-live is believed to; then it is asked again (an upgrade). */
    @WithDefault("10m")
    Duration apiLevelRecheck();
}
