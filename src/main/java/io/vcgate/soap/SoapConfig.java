package io.vcgate.soap;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** SOAP session policy: {@code vcgate.soap.session.*}. Transport settings live under {@code quarkus.cxf.client.vim.*}. */
@ConfigMapping(prefix = "vcgate.soap")
public interface SoapConfig {

    Session session();

    interface Session {
        /** Log out a caller's session unused this long; below vCenter's own 30 minute idle timeout. */
        @WithDefault("20m")
        Duration idleTimeout();

        /** Sessions kept at most; the least recently used is logged out beyond it. */
        @WithDefault("256")
        int max();

        /** How often idle sessions are looked for. */
        @WithDefault("1m")
        Duration evictionInterval();
    }
}
