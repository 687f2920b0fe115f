package io.vcgate.compat.session;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;

import io.vcgate.core.Caller;

/**
 * Genuine session ids as a replica with the gateway's key would have issued them at another time: for
 * tests of the doors that need an id that is well formed, sealed with the right key and for the right
 * vCenter, yet past its absolute lifetime. Made by a {@link CompatSessions} of its own, on a fixed clock.
 */
public final class PastIds {

    private PastIds() {
    }

    /** An id for {@code caller} on {@code vcenter}, sealed with {@code key}, issued at {@code when}. */
    public static String issuedAt(String key, Caller caller, String vcenter, Instant when) {
        CompatSessions replica = new CompatSessions(Optional.of(key), Duration.ofMinutes(30), Duration.ofHours(12), 10, 10,
                InstantSource.fixed(when));
        return replica.issue(caller, vcenter);
    }
}
