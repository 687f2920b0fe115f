package io.vcgate.session;

import java.time.Duration;

import io.smallrye.config.WithDefault;

/** A backend's session policy: {@code vcgate.rest.session.*} and {@code vcgate.soap.session.*}. */
public interface SessionConfig {

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
