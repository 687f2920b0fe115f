package io.vcgate.rest;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** REST backend policy: {@code vcgate.rest.*}. Transport settings live under {@code quarkus.rest-client.vcenter-rest.*}. */
@ConfigMapping(prefix = "vcgate.rest")
public interface RestConfig {

    /** auto: customization-live, falling back to guest.customizationInfo on vCenters without it; rest; soap. */
    @WithDefault("auto")
    Source customizationSource();

    /** How long a vCenter found to lack customization-live is believed to; then it is asked again (an upgrade). */
    @WithDefault("10m")
    Duration apiLevelRecheck();

    Session session();

    enum Source { AUTO, REST, SOAP }

    interface Session {
        /** Delete a caller's session unused this long; below vCenter's own 30 minute idle timeout. */
        @WithDefault("20m")
        Duration idleTimeout();

        /** Sessions kept at most; the least recently used is deleted beyond it. */
        @WithDefault("256")
        int max();

        /** How often idle sessions are looked for. */
        @WithDefault("1m")
        Duration evictionInterval();
    }
}
