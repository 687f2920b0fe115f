package io.vcgate.session;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.vcgate.core.Backend;
import io.vcgate.core.Caller;
import io.vertx.core.Vertx;

/**
 * One backend's vCenter sessions, one per caller (keyed by {@link Caller#sessionKey()}, so a session is
 * never used for another user or for the same user with another password).
 *
 * <p>Policy, and why:
 * <ul>
 * <li><b>Single flight.</b> Concurrent first requests of one caller share one login: vCenter limits
 * sessions per user and a burst of logins is both slow and a lockout risk.</li>
 * <li><b>A failed login is not cached.</b> The failure reaches every request that waited on it; the
 * next request logs in again (the password may have been fixed).</li>
 * <li><b>Exactly one transparent re-login</b> when the backend says the session is gone. A second
 * rejection right after a fresh login is handed to the caller, never retried: vCenter also says
 * NotAuthenticated when a privilege is missing, and looping on it would hammer the login.</li>
 * <li><b>Bounded and idle-evicted.</b> At most {@code maxSessions} sessions; the least recently used
 * goes first. A session idle longer than {@code idleTimeout} is logged out before vCenter forgets it
 * (set it below vCenter's own idle timeout, 30 minutes by default). Every evicted session is logged
 * out, and all of them at shutdown.</li>
 * </ul>
 *
 * <p>Both adapters run their pool the same way: {@link #open} starts it with its eviction timer,
 * {@link #close} stops the timer and logs every session out.
 *
 * @param <S> the backend's session handle (a REST session id, a SOAP session cookie)
 */
public final class SessionPool<S> {

    private static final Logger LOG = Logger.getLogger(SessionPool.class);

    private final Backend backend;
    private final Function<Caller, Uni<S>> login;
    private final Function<S, Uni<Void>> logout;
    private final int maxSessions;
    private final long idleNanos;
    private final LongSupplier clock;
    private final Map<String, Entry<S>> sessions = new ConcurrentHashMap<>();
    private Vertx vertx;
    private long evictionTimer = -1;

    /** A pool configured by {@code config}, whose idle sessions a Vert.x timer logs out. */
    public static <S> SessionPool<S> open(Backend backend, SessionConfig config, Vertx vertx,
            Function<Caller, Uni<S>> login, Function<S, Uni<Void>> logout) {
        SessionPool<S> pool = new SessionPool<>(backend, login, logout, config.max(), config.idleTimeout(), System::nanoTime);
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

    SessionPool(Backend backend, Function<Caller, Uni<S>> login, Function<S, Uni<Void>> logout,
            int maxSessions, Duration idleTimeout, LongSupplier clock) {
        if (maxSessions < 1) {
            throw new IllegalArgumentException("maxSessions must be at least 1");
        }
        this.backend = backend;
        this.login = login;
        this.logout = logout;
        this.maxSessions = maxSessions;
        this.idleNanos = idleTimeout.toNanos();
        this.clock = clock;
    }

    /**
     * Runs {@code call} with the caller's session, logging in first if needed. When the call fails
     * with an error {@code sessionGone} accepts, the session is dropped and the call runs once more on
     * a fresh login; whatever that second attempt gives is the answer.
     */
    public <T> Uni<T> withSession(Caller caller, Function<S, Uni<T>> call, Predicate<Throwable> sessionGone) {
        return acquire(caller).flatMap(session -> call.apply(session)
                .onFailure(sessionGone).recoverWithUni(gone -> {
                    LOG.debugf("%s session of %s is gone; logging in once more", backend.id(), caller);
                    invalidate(caller, session);
                    return acquire(caller).flatMap(fresh -> call.apply(fresh));
                }));
    }

    /** The caller's session: the live one, the login under way, or a new login. */
    public Uni<S> acquire(Caller caller) {
        String key = caller.sessionKey();
        Entry<S> entry = sessions.computeIfAbsent(key, k -> newEntry(k, caller));
        entry.touch(clock.getAsLong());
        if (sessions.size() > maxSessions) {
            evictLeastRecentlyUsed(key);
        }
        return entry.session;
    }

    private Entry<S> newEntry(String key, Caller caller) {
        Entry<S> entry = new Entry<>(clock.getAsLong());
        entry.session = Uni.createFrom().deferred(() -> login.apply(caller))
                .invoke(s -> {
                    entry.value = s;
                    if (sessions.get(key) != entry) {
                        close(entry); // evicted while its login was under way
                    }
                })
                .onFailure().invoke(e -> sessions.remove(key, entry))
                .memoize().indefinitely();
        return entry;
    }

    /** Drops the caller's session if it is still {@code stale}, and logs it out. */
    public void invalidate(Caller caller, S stale) {
        String key = caller.sessionKey();
        Entry<S> entry = sessions.get(key);
        if (entry != null && entry.value == stale && sessions.remove(key, entry)) {
            close(entry);
        }
    }

    /** Logs out and drops every session idle for longer than the idle timeout. */
    public int evictIdle() {
        long now = clock.getAsLong();
        int evicted = 0;
        for (Map.Entry<String, Entry<S>> e : sessions.entrySet()) {
            if (now - e.getValue().lastUsed > idleNanos && sessions.remove(e.getKey(), e.getValue())) {
                close(e.getValue());
                evicted++;
            }
        }
        return evicted;
    }

    /** Logs out every session (at shutdown). */
    public Uni<Void> closeAll() {
        List<Entry<S>> all = List.copyOf(sessions.values());
        sessions.clear();
        if (all.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.join().all(all.stream().map(this::logoutQuietly).toList()).andCollectFailures()
                .replaceWithVoid();
    }

    public int size() {
        return sessions.size();
    }

    private void evictLeastRecentlyUsed(String keep) {
        while (sessions.size() > maxSessions) {
            Optional<Map.Entry<String, Entry<S>>> oldest = sessions.entrySet().stream()
                    .filter(e -> !e.getKey().equals(keep))
                    .min(Comparator.comparingLong(e -> e.getValue().lastUsed));
            if (oldest.isEmpty()) {
                return;
            }
            if (sessions.remove(oldest.get().getKey(), oldest.get().getValue())) {
                close(oldest.get().getValue());
            }
        }
    }

    private void close(Entry<S> entry) {
        logoutQuietly(entry).subscribe().with(x -> { }, e -> { });
    }

    private Uni<Void> logoutQuietly(Entry<S> entry) {
        S value = entry.value;
        if (value == null) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().deferred(() -> logout.apply(value))
                .onFailure().invoke(e -> LOG.debugf("%s logout failed: %s", backend.id(), e.getClass().getSimpleName()))
                .onFailure().recoverWithNull();
    }

    private static final class Entry<S> {
        volatile Uni<S> session;
        volatile S value;
        volatile long lastUsed;

        Entry(long now) {
            this.lastUsed = now;
        }

        void touch(long now) {
            lastUsed = now;
        }
    }
}
