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

    /**
     * auto: customization-live where the vCenter's version has it (9.0 and later), else guest.customizationInfo,
     * which also answers when customization-live turns out to be missing all the same; rest; soap.
     */
    @WithDefault("auto")
    Source customizationSource();

    /**
     * How long vCenter's answer that customization-live does not exist (on a vCenter whose version says it
     * should, or whose version is not known) is believed; then it is asked again. A restart of the vCenter
     * ends it too. A vCenter whose version is older than 9.0 is never asked.
     */
    @WithDefault("10m")
    Duration apiLevelRecheck();
}
