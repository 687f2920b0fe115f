package io.vcgate.session;

import java.util.EnumSet;
import java.util.Set;

import io.smallrye.mutiny.Uni;
import io.vcgate.core.Backend;

/**
 * One session vcgate holds on a vCenter for one caller: opened by one API's login, serving that API and,
 * where the vCenter unifies sessions, the other one too. Mutable, and not thread-safe: the pool reads and
 * changes it under its lock.
 *
 * <p>What vcgate knows of a session's life is told in the pool's sequence (a counter of its events): when
 * the session was last known to be alive ({@link #alive}: its login, or a call on it that vCenter answered,
 * counted when the call was sent) and when vCenter first turned it down ({@link #rejected}). A rejection
 * proves that the session was lost after {@code alive} and before {@code rejected}: a session last known
 * alive after that rejection was not lost with it.
 */
final class Session {

    /** The caller's session key ({@link io.vcgate.core.Caller#sessionKey()}). */
    final String caller;
    /** The API whose login opened it; it logs it out. */
    final SessionPool.Side openedOn;
    /** The credentials' keyed digest, to remember them if vCenter rejects them (null: no memory). */
    final String digest;
    /** The login: the session id, once vCenter answers. */
    Uni<String> login;
    /** The session id; null while its login is under way. */
    String id;
    /** Calls holding it now (waiting for its login or under way): it is never logged out while any does. */
    int inFlight;
    /** When it was last leased, on the pool's clock (nanoseconds). */
    long lastUsed;
    /** The latest point in the pool's sequence at which it was known alive: its login, or a call it served, as sent. */
    long alive;
    /** Where in the pool's sequence vCenter first turned it down; 0 while it has not. */
    long rejected;
    /** The APIs that took it at least once. */
    final Set<Backend> accepted = EnumSet.noneOf(Backend.class);
    /**
     * The other API, when that one turned the session down before it ever took it and the session's own API
     * has not said since whether it still takes it: refused (the vCenter does not unify sessions) or lost
     * (a restart)? Null when there is no such question.
     */
    Backend doubted;
    /** Out of the pool: logged out as soon as no call holds it. */
    boolean dropped;
    /** Logged out (or forgotten): its place in the budget is being, or has been, given back. */
    boolean closed;

    Session(String caller, SessionPool.Side openedOn, String digest, long born) {
        this.caller = caller;
        this.openedOn = openedOn;
        this.digest = digest;
        this.alive = born;
    }

    Backend api() {
        return openedOn.backend();
    }

    /** Known alive after point {@code since} of the sequence: not lost with whatever was lost before it. */
    boolean aliveAfter(long since) {
        return alive > since;
    }
}
