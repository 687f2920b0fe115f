package io.vcgate.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vcgate.core.Backend;
import io.vcgate.core.BackendFailure;
import io.vcgate.core.Caller;
import io.vcgate.core.FaultCategory;
import io.vertx.core.Vertx;

/**
 * One vCenter's sessions, one per caller and API (by {@link Caller#sessionKey()}, so a session is never
 * used for another user or for the same user with another password), or one per caller for both APIs
 * where the vCenter accepts one session on both (vSphere 8.0U3 and later: "unified sessions"). The pool
 * orchestrates; each policy lives in a part of its own:
 * <ul>
 * <li><b>Single flight.</b> Concurrent first requests of one caller share one login, on both APIs where
 * sessions are unified: vCenter limits sessions per user and a burst of logins is both slow and a
 * lock-out risk.</li>
 * <li><b>A rejected password is not sent again for a while</b> ({@link FailedLogins}). A failed login's
 * failure reaches every request that waited on it; when vCenter rejected the credentials themselves (REST
 * 401, SOAP InvalidLogin) the pair is answered 401 at once for {@code failedLoginMemory}: vCenter's SSO
 * locks accounts after a few failed logins. Another password goes through at once; any other failure is
 * not remembered.</li>
 * <li><b>Exactly one transparent re-login</b> when vCenter says the session is gone, on a session known
 * alive after the rejected one was lost ({@link UnifiedSessions}). A second rejection right after is
 * handed to the caller, never retried: vCenter also says NotAuthenticated when a privilege is missing,
 * and looping on it would hammer the login.</li>
 * <li><b>Unified sessions</b> ({@link UnifiedSessions}): which session serves a caller on each API, what a
 * rejection means (gone, or in doubt until the session's own API says), when sessions are separated.
 * Whether the vCenter's version allows them is told by {@link #unifiedSessions(boolean)} before a
 * caller's first login (the vCenter's capabilities are learned first).</li>
 * <li><b>A budget</b> ({@link SessionBudget}): at most {@code max} sessions held on the vCenter, counting
 * logins under way and logouts not yet done; a new login waits for room, made by logging out the least
 * recently used idle session; when every session is in use it waits up to {@code budgetWait}, then fails
 * 503.</li>
 * <li><b>Idle eviction.</b> A session idle longer than {@code idleTimeout} is logged out before vCenter
 * forgets it (set it below vCenter's own idle timeout, 30 minutes by default); every session is logged
 * out at shutdown.</li>
 * <li><b>Never a session in use.</b> A session leaves the pool (gone, evicted, displaced) at once, but it is
 * logged out only once no call holds it any more.</li>
 * <li><b>Lost sessions are told.</b> When vCenter turns down as gone a session it had taken, it lost it: a
 * restart, as far as vcgate can tell ({@link #restartsSeen()}, counted once per loss, not once per
 * session), after which what the vCenter can do is read again.</li>
 * </ul>
 * {@link #open} starts a pool with its eviction timer and meters ({@link SessionMeters}); {@link #close} stops it.
 */
public final class SessionPool {

    private static final Logger LOG = Logger.getLogger(SessionPool.class);

    /** How one API logs a caller in (answering the session id) and a session out. */
    public record Side(Backend backend, Function<Caller, Uni<String>> login, Function<String, Uni<Void>> logout) {
    }

    /** A session lent to one call. */
    private record Lease(Session session, String id) {
    }

    private final String vcenter;
    private final long idleNanos;
    private final LongSupplier clock;
    private final FailedLogins failedLogins;
    private final long failedLoginMemoryNanos;
    private final SessionBudget budget;
    private final SessionMeters meters;
    private final Object lock = new Object();
    private final UnifiedSessions sharing = new UnifiedSessions();
    /** Every session not yet logged out: in a slot, or out of the pool and waiting for its calls to end. */
    private final Set<Session> open = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The pool's sequence: each login, call sent and rejection takes the next number. */
    private final AtomicLong sequence = new AtomicLong();
    /** Where in the sequence vCenter was last found to have lost sessions (under the lock). */
    private long lossNoticedAt;
    private final AtomicLong restarts = new AtomicLong();
    private Vertx vertx;
    private long evictionTimer = -1;

    SessionPool(String vcenter, int max, Duration idleTimeout, Duration budgetWait, Duration failedLoginMemory, int failedLoginCapacity,
            LongSupplier clock) {
        this.vcenter = vcenter;
        this.failedLogins = new FailedLogins(failedLoginMemory, failedLoginCapacity);
        this.failedLoginMemoryNanos = failedLoginMemory.toNanos();
        this.idleNanos = idleTimeout.toNanos();
        this.clock = clock;
        this.budget = new SessionBudget(max, budgetWait, SessionBudget.Timer.on(Infrastructure.getDefaultWorkerPool()),
                this::logOutTheLeastRecentlyUsedIdle,
                () -> new BackendFailure(FaultCategory.UNAVAILABLE, null, BackendFailure.Origin.GATEWAY, "vcgate holds as many sessions on vCenter "
                        + vcenter + " as it may (session.max), all in use; try again shortly.", null));
        this.meters = new SessionMeters(vcenter, budget::held, this::failedLoginsRemembered);
    }

    /** The pool of vCenter {@code vcenter}, with its eviction timer and its meters. */
    public static SessionPool open(String vcenter, SessionConfig config, Vertx vertx, MeterRegistry meters) {
        SessionPool pool = new SessionPool(vcenter, config.max(), config.idleTimeout(), config.budgetWait(), config.failedLoginMemory(),
                config.failedLoginCapacity(), System::nanoTime);
        pool.meters.bindTo(meters);
        pool.vertx = vertx;
        pool.evictionTimer = vertx.setPeriodic(config.evictionInterval().toMillis(), id -> pool.evictIdle());
        return pool;
    }

    /** Stops the eviction timer and logs every session out (at shutdown), waiting at most {@code wait}. */
    public void close(Duration wait) {
        if (vertx != null) {
            vertx.cancelTimer(evictionTimer);
        }
        closeAll().await().atMost(wait);
    }

    /**
     * Whether one session serves both APIs on this vCenter, as far as is known now: its version says so, it
     * has not refused the other API's session, and no session awaits its own API's verdict on that.
     */
    public boolean unifiedSessions() {
        synchronized (lock) {
            return sharing.unified();
        }
    }

    /**
     * What the vCenter's version says: whether it accepts one session on both APIs (vSphere 8.0U3 and
     * later). Told when its capabilities are learned, before a caller's first login; a refusal seen before
     * is forgotten (the vCenter may have been upgraded).
     */
    public void unifiedSessions(boolean unified) {
        synchronized (lock) {
            sharing.versionSays(unified);
        }
    }

    /**
     * How many times vCenter was found to have lost sessions it had taken: a session it had answered
     * calls on was turned down as gone. As far as vcgate can tell that is a restart (an expiry looks the
     * same, and vcgate logs sessions out before vCenter's idle timeout); one loss is counted once however
     * many sessions it took. The vCenter's capabilities are learned again after each.
     */
    public long restartsSeen() {
        return restarts.get();
    }

    /**
     * Runs {@code call} with the caller's session for {@code side}, logging in first if needed. When the
     * call fails with an error {@code sessionGone} accepts, the call runs once more on a session known
     * alive after that one was lost (a new login, or the other API's fresh one); whatever that second
     * attempt gives is the answer.
     */
    public <T> Uni<T> withSession(Caller caller, Side side, Function<String, Uni<T>> call, Predicate<Throwable> sessionGone) {
        return lease(caller, side, Long.MIN_VALUE).flatMap(lease -> run(lease, side, call)
                .onFailure(sessionGone).recoverWithUni(gone -> {
                    long lostBefore = rejected(lease.session(), side.backend());
                    return lease(caller, side, lostBefore).flatMap(fresh -> run(fresh, side, call));
                }));
    }

    /** The caller's session for {@code side}: the live one, the login under way, or a new login. */
    public Uni<String> acquire(Caller caller, Side side) {
        return lease(caller, side, Long.MIN_VALUE).invoke(lease -> release(lease.session())).map(Lease::id);
    }

    private <T> Uni<T> run(Lease lease, Side side, Function<String, Uni<T>> call) {
        Session session = lease.session();
        return Uni.createFrom().deferred(() -> {
            long sent = sequence.incrementAndGet();
            return call.apply(lease.id()).invoke(x -> accepted(session, side.backend(), sent));
        }).onTermination().invoke(() -> release(session));
    }

    /** The caller's session for {@code side}, one known alive after point {@code newerThan} of the sequence. */
    private Uni<Lease> lease(Caller caller, Side side, long newerThan) {
        Session session;
        List<Session> displaced = List.of();
        FailedLogins.Rejection rejection = null;
        synchronized (lock) {
            String key = caller.sessionKey();
            session = sharing.find(key, side.backend(), newerThan);
            if (session == null) {
                String digest = failedLogins.enabled() ? failedLogins.digest(caller) : null;
                rejection = digest == null ? null : failedLogins.find(digest, clock.getAsLong());
                if (rejection == null) {
                    session = new Session(key, side, digest, sequence.incrementAndGet());
                    displaced = sharing.opened(session, newerThan);
                    displaced.forEach(old -> old.dropped = true);
                    open.add(session);
                    session.login = login(session, caller, side);
                }
            }
            if (session != null) {
                session.inFlight++;
                session.lastUsed = clock.getAsLong();
            }
        }
        displaced.forEach(this::logoutOnceIdle);
        if (rejection != null) {
            return Uni.createFrom().failure(new BackendFailure(FaultCategory.UNAUTHENTICATED, rejection.fault(), BackendFailure.Origin.GATEWAY,
                    "vCenter " + vcenter + " rejected this user name and password a moment ago; vcgate does not send them again for "
                            + failedLoginMemory() + " so that vCenter does not lock the account. Another password is tried at once.",
                    null));
        }
        Session leased = session;
        return leased.login.map(id -> new Lease(leased, id)).onFailure().invoke(e -> release(leased));
    }

    private Uni<String> login(Session session, Caller caller, Side side) {
        return budget.acquire()
                // a failed login frees its place at once; a wait for room that ran out never had one
                .flatMap(x -> Uni.createFrom().deferred(() -> side.login().apply(caller)).onFailure().invoke(e -> budget.release()))
                .invoke(id -> {
                    meters.loggedIn(side.backend());
                    synchronized (lock) {
                        session.id = id;
                    }
                    logoutOnceIdle(session); // out of the pool while its login was under way
                })
                .onFailure().invoke(e -> {
                    synchronized (lock) {
                        sharing.remove(session);
                        session.dropped = true;
                        session.closed = true; // no session to log out
                        open.remove(session);
                        if (session.digest != null && rejectsCredentials(e)) {
                            failedLogins.remember(session.digest, ((BackendFailure) e).fault(), clock.getAsLong());
                        }
                    }
                })
                .memoize().indefinitely();
    }

    /** vCenter's own answer that these credentials are wrong: REST 401 UNAUTHENTICATED, SOAP InvalidLogin. */
    private static boolean rejectsCredentials(Throwable failure) {
        return failure instanceof BackendFailure f && f.category() == FaultCategory.UNAUTHENTICATED
                && f.origin() == BackendFailure.Origin.ANSWER;
    }

    private String failedLoginMemory() {
        Duration memory = Duration.ofNanos(failedLoginMemoryNanos);
        return memory.toSeconds() % 60 == 0 ? memory.toMinutes() + " min" : memory.toSeconds() + " s";
    }

    /** {@code api} answered a call sent at point {@code sent} on the session. */
    private void accepted(Session session, Backend api, long sent) {
        boolean refusal;
        synchronized (lock) {
            refusal = sharing.accepted(session, api, sent);
        }
        if (refusal) {
            LOG.debugf("vCenter %s does not take a %s session on the other API: one session per API from now on", vcenter,
                    session.api().id());
        }
    }

    /**
     * {@code api} said the session is not authenticated: what that means for it ({@link UnifiedSessions}),
     * and whether it tells of a lost session. Answers the point of the sequence before which the session
     * was lost: the retry takes only a session known alive after it.
     */
    private long rejected(Session session, Backend api) {
        boolean restart = false;
        UnifiedSessions.Rejection rejection;
        long lostBefore;
        synchronized (lock) {
            long now = sequence.incrementAndGet();
            rejection = sharing.rejected(session, api, now);
            if (rejection == UnifiedSessions.Rejection.GONE) {
                session.dropped = true;
                // a session vCenter had taken is gone: vCenter lost it; told once for every session lost with it
                if (!session.accepted.isEmpty() && session.aliveAfter(lossNoticedAt)) {
                    lossNoticedAt = now;
                    restart = true;
                }
            }
            lostBefore = session.rejected;
        }
        if (restart) {
            restarts.incrementAndGet();
        }
        LOG.debugf("%s turned down a %s session on %s: %s; one more try", api.id(), session.api().id(), vcenter,
                rejection == UnifiedSessions.Rejection.GONE ? "gone" : "refused or lost? its own API will tell");
        logoutOnceIdle(session);
        return lostBefore;
    }

    /** A call ended: the session is free for another, or, out of the pool, logged out once no call holds it. */
    private void release(Session session) {
        boolean idle;
        boolean dropped;
        synchronized (lock) {
            session.inFlight--;
            idle = session.inFlight == 0;
            dropped = session.dropped;
        }
        if (idle && dropped) {
            logoutOnceIdle(session);
        } else if (idle) {
            budget.idle();
        }
    }

    /** Logs a session out of the pool once no call holds it and its login has answered; its place is free once vCenter has let it go. */
    private void logoutOnceIdle(Session session) {
        String id;
        synchronized (lock) {
            if (!session.dropped || session.closed || session.inFlight > 0 || session.id == null) {
                return;
            }
            session.closed = true;
            open.remove(session);
            id = session.id;
        }
        Uni.createFrom().deferred(() -> session.openedOn.logout().apply(id))
                .onFailure().invoke(e -> LOG.debugf("%s logout on %s failed: %s", session.api().id(), vcenter, e.getClass().getSimpleName()))
                .onFailure().recoverWithNull()
                .subscribe().with(x -> budget.release(), e -> budget.release());
    }

    /** The budget needs room: the least recently used session no call holds leaves the pool and is logged out. */
    private boolean logOutTheLeastRecentlyUsedIdle() {
        Session victim = null;
        synchronized (lock) {
            for (Session session : sharing.sessions()) {
                if (session.inFlight == 0 && session.id != null && (victim == null || session.lastUsed < victim.lastUsed)) {
                    victim = session;
                }
            }
            if (victim != null) {
                sharing.remove(victim);
                victim.dropped = true;
            }
        }
        if (victim == null) {
            return false;
        }
        logoutOnceIdle(victim);
        return true;
    }

    /** Logs out and drops every session idle for longer than the idle timeout. */
    public int evictIdle() {
        long now = clock.getAsLong();
        List<Session> idle = new ArrayList<>();
        synchronized (lock) {
            failedLogins.expire(now);
            for (Session session : sharing.sessions()) {
                if (session.inFlight == 0 && session.id != null && now - session.lastUsed > idleNanos) {
                    sharing.remove(session);
                    session.dropped = true;
                    idle.add(session);
                }
            }
        }
        idle.forEach(this::logoutOnceIdle);
        return idle.size();
    }

    /** Logs out every session (at shutdown), calls under way or not. */
    public Uni<Void> closeAll() {
        List<Session> all = new ArrayList<>();
        synchronized (lock) {
            sharing.clear();
            for (Iterator<Session> sessions = open.iterator(); sessions.hasNext();) {
                Session session = sessions.next();
                session.dropped = true;
                if (session.id != null && !session.closed) {
                    session.closed = true;
                    sessions.remove();
                    all.add(session);
                }
            }
        }
        List<Uni<Void>> logouts = all.stream()
                .map(session -> Uni.createFrom().deferred(() -> session.openedOn.logout().apply(session.id))
                        .onFailure().recoverWithNull().invoke(budget::release))
                .toList();
        return logouts.isEmpty() ? Uni.createFrom().voidItem() : Uni.join().all(logouts).andCollectFailures().replaceWithVoid();
    }

    /** Rejected user name and password pairs remembered now (a meter: {@link SessionMeters}). */
    int failedLoginsRemembered() {
        synchronized (lock) {
            failedLogins.expire(clock.getAsLong());
            return failedLogins.size();
        }
    }

    /** Sessions held on vCenter: live, logging in, or logging out. */
    public int size() {
        return budget.held();
    }
}
