package io.vcgate.compat.session;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.Startup;
import io.vcgate.compat.session.CompatSessionRefused.Reason;
import io.vcgate.core.Caller;

/**
 * The session ids vcgate issues on vCenter's own dialects (VI/JSON {@code SessionManager/Login}, REST
 * {@code POST /api/session}) and takes back in {@code vmware-api-session-id}: vcgate's own ids, never
 * vCenter's, from which each request recovers its caller's vCenter credentials.
 * <p>
 * <b>Stateless, sealed.</b> An id holds its caller's credentials, the vCenter it was issued for and when,
 * sealed with AES-256-GCM under {@code vcgate.compat.sessions.key} ({@link SealedIds}): it reveals nothing
 * without the key, and any change to it makes it {@link Reason#MALFORMED}. Replicas share only the key,
 * so every replica honours every replica's ids with no sticky routing and no shared store.
 * <p>
 * <b>Absolute lifetime</b> ({@code max-lifetime}, 12 h by default): every replica refuses an id
 * {@code max-lifetime} after its issued-at time, read from the id itself, allowing {@link #CLOCK_SKEW}
 * (30 s) for replicas' clocks being apart: an id may live up to 30 s longer on a replica whose clock is
 * behind. An id issued more than 30 s in this replica's future is refused as well.
 * <p>
 * <b>Idle lifetime</b> ({@code idle-timeout}, 30 min by default) is per replica. A replica that issued or
 * served an id refuses it once it went unused <em>on that replica</em> for longer than {@code idle-timeout},
 * and from then on until its absolute end. A replica that has never served an id (or has forgotten it:
 * {@code served-max}, a restart) holds it by its absolute lifetime alone, and counts idleness from its
 * first use there. So behind a Service, an id a client keeps using is never refused for idleness by a
 * replica that did not see it, and an abandoned id ends on the replicas that served it; but a replica
 * that never saw it would take it until its absolute end. The price of no shared store: a client whose
 * connection moves to a replica it last used longer than {@code idle-timeout} ago is refused there (and
 * logs in again, as after any expired vCenter session); hence the default of 2 h, and the advice to route
 * by the session id header where the ingress can.
 * <p>
 * <b>Logout</b> ({@link #logout}) makes an id unusable on the replica that takes the logout, at once and
 * until the id's absolute end (plus the 30 s); it is remembered as a SHA-256 digest of the id, never the
 * id, among at most {@code revoked-max} refused ids (the oldest forgotten first). The other replicas are
 * not told: they keep honouring the id until their own idle limit or its absolute end. A restart of the
 * replica forgets the logout too. Logout does not reach vCenter: the caller's vCenter sessions belong to
 * the session pool, which logs them out when idle.
 * <p>
 * <b>Scope.</b> An id is honoured only for the vCenter it was issued for ({@link Reason#OTHER_VCENTER}).
 * <p>
 * No id, password or key is logged or put in an exception message or {@code toString}. Thread-safe: the
 * replica's memory ({@link CompatSessionMemory}) is guarded by its own lock, held for a map look-up (and,
 * once a minute, a sweep of ended entries).
 */
@ApplicationScoped
@Startup // a bad key fails start-up, not the first login
public class CompatSessions {

    private static final Logger LOG = Logger.getLogger(CompatSessions.class);

    /** How far replicas' clocks may be apart: an id's absolute end is honoured this much later. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private final SealedIds ids;
    private final Duration maxLifetime;
    private final InstantSource clock;
    private final CompatSessionMemory memory;

    @Inject
    CompatSessions(CompatSessionsConfig config) {
        this(config.key(), config.idleTimeout(), config.maxLifetime(), config.revokedMax(), config.servedMax(), InstantSource.system());
        if (config.key().filter(k -> !k.isBlank()).isEmpty()) {
            LOG.warn(CompatSessionsConfig.KEY_PROPERTY + " is not set: a random key was made, so the session ids this replica "
                    + "issues on the vCenter dialects hold on this replica only, and only until it restarts. Set it to the same "
                    + "key on every replica (e.g. from a Kubernetes Secret) for ids that every replica honours.");
        }
    }

    /** Ids sealed with {@code key} (a random one when empty), on {@code clock}. */
    CompatSessions(Optional<String> key, Duration idleTimeout, Duration maxLifetime, int revokedMax, int servedMax, InstantSource clock) {
        if (maxLifetime.isNegative() || maxLifetime.isZero()) {
            throw new IllegalStateException("vcgate.compat.sessions.max-lifetime must be positive");
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero() || revokedMax < 1 || servedMax < 1) {
            throw new IllegalStateException("vcgate.compat.sessions.idle-timeout, .revoked-max and .served-max must be positive");
        }
        this.ids = SealedIds.of(key);
        this.maxLifetime = maxLifetime;
        this.clock = clock;
        this.memory = new CompatSessionMemory(idleTimeout, servedMax, revokedMax);
    }

    /**
     * A new id for {@code caller} on {@code vcenter} (call it once vCenter has taken the credentials). It
     * counts as used on this replica now. An {@link IllegalArgumentException}, naming no value, when the
     * names and password are too long for an id (about 4 KiB together).
     */
    /**
     * Whether an id can hold these credentials for {@code vcenter} (about 4 KiB of names and password
     * together): a door asks before it logs the caller in, so that credentials no id could hold are bad
     * input, never sent to vCenter.
     */
    public boolean sealable(Caller caller, String vcenter) {
        return SealedIds.fits(vcenter, caller.username(), caller.password());
    }

    public String issue(Caller caller, String vcenter) {
        Instant now = clock.instant();
        CompatSession session = new CompatSession(caller, vcenter, now.truncatedTo(ChronoUnit.SECONDS));
        SealedIds.Sealed sealed = ids.seal(session);
        synchronized (memory) {
            memory.use(sealed.digest(), now, forgetAt(session));
        }
        return sealed.id();
    }

    /**
     * The session {@code id} stands for, on {@code vcenter}; this is a use of it on this replica. Refused
     * (in this order) when it is missing, not one of this gateway's ids, issued for another vCenter, past
     * its absolute lifetime, logged out on this replica, or idle too long on this replica.
     */
    public CompatSession resolve(String id, String vcenter) {
        SealedIds.Opened opened = ids.open(id);
        CompatSession session = opened.session();
        if (!session.vcenter().equals(vcenter)) {
            throw new CompatSessionRefused(Reason.OTHER_VCENTER, "the session id was issued for another vCenter");
        }
        Instant now = clock.instant();
        if (now.isAfter(forgetAt(session))) {
            throw new CompatSessionRefused(Reason.EXPIRED, "the session is older than its lifetime (" + maxLifetime + ")");
        }
        if (session.issuedAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw new CompatSessionRefused(Reason.EXPIRED,
                    "the session id was issued later than this replica's clock allows (replicas' clocks more than " + CLOCK_SKEW + " apart)");
        }
        CompatSessionMemory.Verdict verdict;
        synchronized (memory) {
            verdict = memory.use(opened.digest(), now, forgetAt(session));
        }
        return switch (verdict) {
            case SERVED -> session;
            case LOGGED_OUT -> throw new CompatSessionRefused(Reason.LOGGED_OUT, "the session was logged out");
            case IDLE -> throw new CompatSessionRefused(Reason.EXPIRED, "the session was unused for longer than its idle timeout");
        };
    }

    /**
     * Logs {@code id} out on this replica: refused here from now until its absolute end (see the class
     * comment for the other replicas). Refused only when it is missing or not one of this gateway's ids;
     * an id already ended or logged out is left as it is. A door answers from {@link #resolve} first
     * (which also checks the vCenter), then logs out.
     */
    public void logout(String id) {
        SealedIds.Opened opened = ids.open(id);
        Instant now = clock.instant();
        Instant forgetAt = forgetAt(opened.session());
        if (now.isAfter(forgetAt)) {
            return;
        }
        synchronized (memory) {
            memory.logout(opened.digest(), now, forgetAt);
        }
    }

    /** When every replica has stopped honouring the session: its absolute end, plus the clock skew allowed. */
    private Instant forgetAt(CompatSession session) {
        return session.issuedAt().plus(maxLifetime).plus(CLOCK_SKEW);
    }
}
