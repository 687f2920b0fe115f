package io.vcgate.compat.session;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The session ids vcgate issues on vCenter's own dialects (VI/JSON, REST) ({@link CompatSessions}): {@code vcgate.compat.sessions.*}. */
@ConfigMapping(prefix = "vcgate.compat.sessions")
public interface CompatSessionsConfig {

    /** The property of {@link #key()}, for messages. */
    String KEY_PROPERTY = "vcgate.compat.sessions.key";

    /**
     * The key that seals session ids: the base64 of 32 random bytes ({@code head -c 32 /dev/urandom | base64}),
     * the same on every replica (in production from a Kubernetes Secret), so that every replica honours
     * every replica's ids. Unset, each replica makes a random key at start: its ids hold on that replica
     * only, and only until it restarts. Changing it ends every id issued under the old one.
     */
    Optional<String> key();

    /**
     * An id unused this long on a replica that served it is refused there. Per replica: a replica that
     * never served an id holds it by {@link #maxLifetime()} alone (see {@link CompatSessions}).
     */
    @WithDefault("2h")
    Duration idleTimeout();

    /** An id is refused by every replica this long after it was issued, however much it is used. */
    @WithDefault("12h")
    Duration maxLifetime();

    /**
     * Ids refused before their lifetime ends (logged out, or idle too long) that one replica remembers at
     * most; beyond, the oldest is forgotten first. Each entry is about 150 bytes.
     */
    @WithDefault("100000")
    int revokedMax();

    /**
     * Ids whose last use one replica remembers at most, for the idle limit; beyond, the least recently
     * used is forgotten, and this replica then holds that id by its absolute lifetime alone. Each entry is
     * about 150 bytes.
     */
    @WithDefault("100000")
    int servedMax();
}
