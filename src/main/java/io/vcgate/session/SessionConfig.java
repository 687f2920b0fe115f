package io.vcgate.session;

import java.time.Duration;

import io.smallrye.config.WithDefault;

/**
 * One vCenter's session policy: {@code vcgate.session.*} for every vCenter, overridden per vCenter by
 * {@code vcgate.vcenters.<name>.session.*}.
 */
public interface SessionConfig {

    /** Log out a caller's session unused this long; below vCenter's own 30 minute idle timeout. */
    @WithDefault("20m")
    Duration idleTimeout();

    /**
     * Sessions this replica holds on the vCenter at most, both APIs together: a new caller's login first
     * makes room by logging out the least recently used idle session.
     */
    @WithDefault("512")
    int max();

    /** How long a new caller's login waits for room when every session is in use; then 503. */
    @WithDefault("10s")
    Duration budgetWait();

    /**
     * How long a user name and password pair vCenter rejected is answered 401 at once instead of being
     * sent to vCenter again (so that vcgate never locks the account in vCenter's SSO); 0 turns it off.
     * A different password is always tried.
     */
    @WithDefault("5m")
    Duration failedLoginMemory();

    /** How many rejected pairs are remembered at most per vCenter (the oldest forgotten first). */
    @WithDefault("10000")
    int failedLoginCapacity();

    /** How often idle sessions are looked for. */
    @WithDefault("1m")
    Duration evictionInterval();
}
