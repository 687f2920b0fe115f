package io.vcgate.session;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vcgate.core.Backend;
import io.vcgate.core.BackendFailure;
import io.vcgate.core.Caller;
import io.vcgate.core.FaultCategory;
import io.vertx.core.Vertx;

/**
 * One vCenter's sessions, one per caller and API (keyed by {@link Caller#sessionKey()}, so a session is
 * never used for another user or for the same user with another password), or one per caller for both
 * APIs where the vCenter accepts one session on both (vSphere 8.0U3 and later: "unified sessions").
 *
 * <p>Policy, and why:
 * <ul>
 * <li><b>Single flight.</b> Concurrent first requests of one caller share one login: vCenter limits
 * sessions per user and a burst of logins is both slow and a lock-out risk.</li>
 * <li><b>A rejected password is not sent again for a while.</b> A failed login's failure reaches every
 * request that waited on it (50 concurrent requests with a wrong password cost vCenter one failed
 * login). When vCenter rejected the credentials themselves (REST 401, SOAP InvalidLogin), the pair is
 * remembered ({@link FailedLogins}: a keyed digest, never the password) for {@code failedLoginMemory}
 * and answered 401 at once: vCenter's SSO locks accounts after a few failed logins. Another password
 * goes through at once; any other failure is not remembered.</li>
 * <li><b>Exactly one transparent re-login</b> when vCenter says the session is gone. A second
 * rejection right after a fresh login is handed to the caller, never retried: vCenter also says
 * NotAuthenticated when a privilege is missing, and looping on it would hammer the login.</li>
 * <li><b>Unified sessions.</b> When the vCenter accepts one session on both APIs
 * ({@link #unifiedSessions(boolean)}, learned from its API version), whichever API logs a caller in
 * first, its session serves the other API too, a session opened before that was known included. If the
 * other API turns such a session down, the vCenter is treated as separate from then on and that API
 * logs in on its own.</li>
 * <li><b>A budget.</b> At most {@code max} sessions are held on the vCenter, counting logins under way
 * and logouts not yet done, so the bound holds even under a burst of new callers: a new login waits
 * for room, made by logging out the least recently used idle session; when every session is in use it
 * waits up to {@code budgetWait}, then fails 503.</li>
 * <li><b>Idle eviction.</b> A session idle longer than {@code idleTimeout} is logged out before vCenter
 * forgets it (set it below vCenter's own idle timeout, 30 minutes by default); every session is logged
 * out at shutdown.</li>
 * </ul>
 * {@link #open} starts a pool with its eviction timer and meters; {@link #close} stops it.
 */
public final class SessionPool {

    private static final Logger LOG = Logger.getLogger(SessionPool.class);

    /** How one API logs a caller in (answering the session id) and a session out. */
    public record Side(Backend backend, Function<Caller, Uni<String>> login, Function<String, Uni<Void>> logout) {
    }

    private final String vcenter;
    private final int max;
    private final long idleNanos;
    private final Duration budgetWait;
    private final LongSupplier clock;
    private final FailedLogins failedLogins;
    private final long failedLoginMemoryNanos;
    private final Object lock = new Object();
    private final Map<String, Entry> entries = new HashMap<>();
    private final ArrayDeque<Waiter> waiting = new ArrayDeque<>();
    private int held;
    /** Entries created so far: an entry's number says which of two sessions is newer. */
    private long births;
    private volatile boolean unified;
    private Counter[] logins = new Counter[0];
    private Vertx vertx;
    private long evictionTimer = -1;

    SessionPool(String vcenter, int max, Duration idleTimeout, Duration budgetWait, Duration failedLoginMemory, int failedLoginCapacity,
            LongSupplier clock) {
        if (max < 1) {
            throw new IllegalArgumentException("a session budget must allow at least one session");
        }
        this.vcenter = vcenter;
        this.failedLogins = new FailedLogins(failedLoginMemory, failedLoginCapacity);
        this.failedLoginMemoryNanos = failedLoginMemory.toNanos();
        this.max = max;
        this.idleNanos = idleTimeout.toNanos();
        this.budgetWait = budgetWait;
        this.clock = clock;
    }

    /** The pool of vCenter {@code vcenter}, with its eviction timer and its meters. */
    public static SessionPool open(String vcenter, SessionConfig config, Vertx vertx, MeterRegistry meters) {
        SessionPool pool = new SessionPool(vcenter, config.max(), config.idleTimeout(), config.budgetWait(), config.failedLoginMemory(),
                config.failedLoginCapacity(), System::nanoTime);
        Gauge.builder("vcgate.sessions", pool, SessionPool::size).description("Sessions vcgate holds on the vCenter")
                .tag("vcenter", vcenter).register(meters);
        pool.logins = new Counter[Backend.values().length];
        for (Backend backend : Backend.values()) {
            pool.logins[backend.ordinal()] = Counter.builder("vcgate.session.logins").description("Logins to the vCenter")
                    .tag("vcenter", vcenter).tag("backend", backend.id()).register(meters);
        }
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

    /** Whether one session serves both APIs on this vCenter. */
    public boolean unifiedSessions() {
        return unified;
    }

    /** Says whether the vCenter accepts one session on both APIs (vSphere 8.0U3 and later). */
    public void unifiedSessions(boolean unified) {
        this.unified = unified;
    }

    /**
     * Runs {@code call} with the caller's session for {@code side}, logging in first if needed. When the
     * call fails with an error {@code sessionGone} accepts, the session is dropped and the call runs once
     * more on a fresh login; whatever that second attempt gives is the answer.
     */
    public <T> Uni<T> withSession(Caller caller, Side side, Function<String, Uni<T>> call, Predicate<Throwable> sessionGone) {
        return lease(caller, side, Long.MIN_VALUE).flatMap(lease -> run(lease, side, call)
                .onFailure(sessionGone).recoverWithUni(gone -> {
                    LOG.debugf("%s session of %s on %s is gone; logging in once more", side.backend().id(), caller, vcenter);
                    drop(lease.entry(), side);
                    // a session that existed when the rejected call was made is no better: a newer one or a new login
                    return lease(caller, side, lease.births()).flatMap(fresh -> run(fresh, side, call));
                }));
    }

    /** The caller's session for {@code side}: the live one, the login under way, or a new login. */
    public Uni<String> acquire(Caller caller, Side side) {
        return lease(caller, side, Long.MIN_VALUE).invoke(lease -> release(lease.entry())).map(Lease::id);
    }

    /** A session lent to one call; {@code births}: how many sessions had been created by then. */
    private record Lease(Entry entry, String id, long births) {
    }

    private <T> Uni<T> run(Lease lease, Side side, Function<String, Uni<T>> call) {
        return Uni.createFrom().deferred(() -> call.apply(lease.id()))
                .invoke(x -> confirm(lease.entry(), side.backend()))
                .onTermination().invoke(() -> release(lease.entry()));
    }

    /** The caller's session for {@code side}, one created after the first {@code newerThan} sessions. */
    private Uni<Lease> lease(Caller caller, Side side, long newerThan) {
        Entry entry;
        Entry outdated = null;
        long count;
        FailedLogins.Rejection rejection = null;
        synchronized (lock) {
            String key = key(caller, side.backend());
            entry = entries.get(key);
            if (entry == null && unified) {
                entry = adopt(caller, key, side.backend());
            }
            if (entry != null && entry.born <= newerThan && entry.id != null) {
                entries.remove(entry.key, entry);
                entry.dropped = true;
                outdated = entry;
                entry = null;
            }
            if (entry == null) {
                String digest = failedLogins.enabled() ? failedLogins.digest(caller) : null;
                rejection = digest == null ? null : failedLogins.find(digest, clock.getAsLong());
                if (rejection == null) {
                    entry = new Entry(key, caller.sessionKey(), side, ++births, digest);
                    entry.session = login(entry, caller, side);
                    entries.put(key, entry);
                }
            }
            if (entry != null) {
                entry.inFlight++;
                entry.lastUsed = clock.getAsLong();
            }
            count = births;
        }
        if (outdated != null) {
            logout(outdated);
        }
        if (rejection != null) {
            return Uni.createFrom().failure(new BackendFailure(FaultCategory.UNAUTHENTICATED, rejection.fault(), BackendFailure.Origin.GATEWAY,
                    "vCenter " + vcenter + " rejected this user name and password a moment ago; vcgate does not send them again for "
                            + failedLoginMemory() + " so that vCenter does not lock the account. Another password is tried at once.",
                    null));
        }
        Entry leased = entry;
        return leased.session.map(id -> new Lease(leased, id, count)).onFailure().invoke(e -> release(leased));
    }

    /**
     * A session the caller opened before the vCenter was known to unify sessions: this API's own first,
     * else the other API's.
     */
    private Entry adopt(Caller caller, String unifiedKey, Backend side) {
        Entry entry = entries.remove(caller.sessionKey() + "/" + side.id());
        for (Backend other : Backend.values()) {
            if (entry == null) {
                entry = entries.remove(caller.sessionKey() + "/" + other.id());
            }
        }
        if (entry != null) {
            entry.key = unifiedKey;
            entries.put(unifiedKey, entry);
        }
        return entry;
    }

    private Uni<String> login(Entry entry, Caller caller, Side side) {
        return room()
                // a failed login frees its place at once; a wait for room that ran out never had one
                .flatMap(x -> Uni.createFrom().deferred(() -> side.login().apply(caller)).onFailure().invoke(e -> freed()))
                .invoke(id -> {
                    if (logins.length > 0) {
                        logins[side.backend().ordinal()].increment();
                    }
                    synchronized (lock) {
                        entry.id = id;
                        if (!entry.dropped) {
                            return;
                        }
                    }
                    logout(entry); // dropped while its login was under way
                })
                .onFailure().invoke(e -> {
                    synchronized (lock) {
                        entries.remove(entry.key, entry);
                        if (entry.digest != null && rejectsCredentials(e)) {
                            failedLogins.remember(entry.digest, ((BackendFailure) e).fault(), clock.getAsLong());
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

    /**
     * Forgets every session without logging it out, as when vCenter has forgotten them all (a restart):
     * tests start from it. Calls under way keep the session they hold.
     */
    public void forgetSessions() {
        synchronized (lock) {
            for (Entry entry : entries.values()) {
                entry.dropped = true;
                if (entry.id != null) {
                    held--;
                }
            }
            entries.clear();
        }
    }

    /** Forgets every rejected user name and password pair (an operator's reset; tests). */
    public void forgetFailedLogins() {
        synchronized (lock) {
            failedLogins.clear();
        }
    }

    /** Rejected pairs remembered now. */
    public int failedLoginsRemembered() {
        synchronized (lock) {
            failedLogins.expire(clock.getAsLong());
            return failedLogins.size();
        }
    }

    /** A login waiting for room in the budget. */
    private static final class Waiter {
        UniEmitter<? super Void> emitter;
        boolean served;
    }

    /** A place in the budget for one more session: at once, after logging out an idle one, or when one frees up. */
    private Uni<Void> room() {
        Waiter waiter = new Waiter();
        return Uni.createFrom().<Void> emitter(emitter -> {
            Entry victim;
            synchronized (lock) {
                if (held < max) {
                    held++;
                    emitter.complete(null);
                    return;
                }
                waiter.emitter = emitter;
                waiting.add(waiter);
                victim = leastRecentlyUsedIdle();
            }
            if (victim != null) {
                logout(victim);
            }
        }).onCancellation().invoke(() -> abandon(waiter))
                .ifNoItem().after(budgetWait).failWith(() -> new BackendFailure(FaultCategory.UNAVAILABLE, null,
                        BackendFailure.Origin.GATEWAY, "vcgate holds as many sessions on vCenter " + vcenter
                                + " as it may (session.max), all in use; try again shortly.", null));
    }

    /** A wait that ran out or was cancelled: out of the queue, and a place granted to it too late goes to the next. */
    private void abandon(Waiter waiter) {
        boolean orphaned;
        synchronized (lock) {
            waiting.remove(waiter);
            orphaned = waiter.served;
        }
        if (orphaned) {
            freed();
        }
    }

    /** Removes and returns the least recently used session with no call in flight, or null. */
    private Entry leastRecentlyUsedIdle() {
        Entry oldest = null;
        for (Entry entry : entries.values()) {
            if (entry.inFlight == 0 && entry.id != null && (oldest == null || entry.lastUsed < oldest.lastUsed)) {
                oldest = entry;
            }
        }
        if (oldest != null) {
            entries.remove(oldest.key, oldest);
            oldest.dropped = true;
        }
        return oldest;
    }

    private void release(Entry entry) {
        Entry victim = null;
        synchronized (lock) {
            entry.inFlight--;
            if (!waiting.isEmpty()) {
                victim = leastRecentlyUsedIdle();
            }
        }
        if (victim != null) {
            logout(victim);
        }
    }

    private void confirm(Entry entry, Backend side) {
        if (!entry.confirmed.contains(side)) {
            synchronized (lock) {
                entry.confirmed.add(side);
                if (side == entry.openedOn.backend()) {
                    entry.refusedByOther = false; // good on its own API: the other one did refuse it
                }
            }
        }
    }

    /**
     * Drops a session vCenter said is gone. A session the other API opened and this API never used is
     * taken as refused rather than gone: the vCenter does not unify sessions after all, so the session
     * goes back to the API that opened it and the pool keeps one session per API from then on. Its next
     * use tells which it was: if its own API takes it, it was refused; if its own API says it is gone too,
     * the vCenter had only forgotten it (a restart) and sessions are unified again.
     */
    private void drop(Entry entry, Side side) {
        List<Entry> doubles = List.of();
        boolean refused = false;
        synchronized (lock) {
            if (entry.openedOn.backend() != side.backend() && !entry.confirmed.contains(side.backend()) && !entry.dropped) {
                LOG.debugf("vCenter %s does not take a %s session on %s: one session per API from now on", vcenter,
                        entry.openedOn.backend().id(), side.backend().id());
                refused = true;
                entry.refusedByOther = true;
                if (unified) {
                    unified = false;
                    doubles = separate();
                }
            }
        }
        if (refused) {
            doubles.forEach(this::logout);
            return;
        }
        synchronized (lock) {
            if (entry.refusedByOther) {
                LOG.debugf("vCenter %s had forgotten the %s session, not refused it: one session for both APIs again", vcenter,
                        entry.openedOn.backend().id());
                unified = true;
                entry.refusedByOther = false;
            }
            if (!entries.remove(entry.key, entry)) {
                return;
            }
            entry.dropped = true;
        }
        logout(entry);
    }

    /**
     * From one session per caller to one per caller and API (under the lock): each caller's session goes
     * back to the API that opened it, so no caller ends up with a unified session and a separate one for
     * the same API. A session whose place is taken is dropped and returned, to be logged out.
     */
    private List<Entry> separate() {
        List<Entry> unifiedEntries = entries.values().stream().filter(e -> e.key.equals(e.callerKey)).toList();
        List<Entry> doubles = new ArrayList<>();
        for (Entry entry : unifiedEntries) {
            entries.remove(entry.key, entry);
            entry.key = entry.callerKey + "/" + entry.openedOn.backend().id();
            if (entries.putIfAbsent(entry.key, entry) != null) {
                entry.dropped = true;
                doubles.add(entry);
            }
        }
        return doubles;
    }

    /** Logs a dropped session out; its place in the budget is free once vCenter has let it go. */
    private void logout(Entry entry) {
        String id;
        synchronized (lock) {
            id = entry.id;
        }
        if (id == null) {
            return; // still logging in: logged out when its login ends
        }
        Uni.createFrom().deferred(() -> entry.openedOn.logout().apply(id))
                .onFailure().invoke(e -> LOG.debugf("%s logout on %s failed: %s", entry.openedOn.backend().id(), vcenter,
                        e.getClass().getSimpleName()))
                .onFailure().recoverWithNull()
                .subscribe().with(x -> freed(), e -> freed());
    }

    /** One session fewer held on vCenter: the next waiting login may go. */
    private void freed() {
        Waiter next;
        synchronized (lock) {
            held--;
            next = waiting.poll();
            if (next != null) {
                held++;
                next.served = true;
            }
        }
        if (next != null) {
            next.emitter.complete(null);
        }
    }

    /** Logs out and drops every session idle for longer than the idle timeout. */
    public int evictIdle() {
        long now = clock.getAsLong();
        List<Entry> idle = new ArrayList<>();
        synchronized (lock) {
            failedLogins.expire(now);
            entries.values().removeIf(entry -> {
                boolean evict = entry.inFlight == 0 && entry.id != null && now - entry.lastUsed > idleNanos;
                if (evict) {
                    entry.dropped = true;
                    idle.add(entry);
                }
                return evict;
            });
        }
        idle.forEach(this::logout);
        return idle.size();
    }

    /** Logs out every session (at shutdown). */
    public Uni<Void> closeAll() {
        List<Entry> all;
        synchronized (lock) {
            all = new ArrayList<>(entries.values());
            entries.clear();
            all.forEach(entry -> entry.dropped = true);
        }
        List<Uni<Void>> logouts = all.stream().filter(entry -> entry.id != null)
                .map(entry -> Uni.createFrom().deferred(() -> entry.openedOn.logout().apply(entry.id))
                        .onFailure().recoverWithNull().invoke(this::freed))
                .toList();
        return logouts.isEmpty() ? Uni.createFrom().voidItem() : Uni.join().all(logouts).andCollectFailures().replaceWithVoid();
    }

    /** Sessions held on vCenter: live, logging in, or logging out. */
    public int size() {
        synchronized (lock) {
            return held;
        }
    }

    private String key(Caller caller, Backend side) {
        return unified ? caller.sessionKey() : caller.sessionKey() + "/" + side.id();
    }

    private static final class Entry {
        String key;
        final String callerKey;
        final Side openedOn;
        final Set<Backend> confirmed = EnumSet.noneOf(Backend.class);
        /** Its number in creation order: a retry after a rejection takes only a newer session. */
        final long born;
        Uni<String> session;
        String id;
        int inFlight;
        long lastUsed;
        boolean dropped;
        /** Turned down by the other API, not yet used on its own since: refused, or forgotten by vCenter? */
        boolean refusedByOther;
        /** The credentials' keyed digest, to remember them if vCenter rejects them (null: no memory). */
        final String digest;

        Entry(String key, String callerKey, Side openedOn, long born, String digest) {
            this.key = key;
            this.digest = digest;
            this.callerKey = callerKey;
            this.openedOn = openedOn;
            this.born = born;
        }
    }
}
