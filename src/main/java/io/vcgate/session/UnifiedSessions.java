package io.vcgate.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.vcgate.core.Backend;

/**
 * Which session serves each caller on each API of one vCenter, and when one session serves both: each
 * caller has a slot per API, and where the vCenter accepts one session on both APIs ("unified sessions",
 * vSphere 8.0U3 and later) one session fills both slots, so a caller costs one login.
 *
 * <ul>
 * <li><b>Shared from the first login.</b> While the vCenter's version says it unifies sessions (and it
 * has not refused to), a caller's new session fills both slots at once: the other API's first call joins
 * that login instead of making its own, however the two calls interleave. A session opened before the
 * version was known is <b>adopted</b> by the other API when that one first needs a session.</li>
 * <li><b>A session's own API is the judge.</b> When the API that opened a session says it is gone
 * ("not authenticated"), or the other API does after having taken it, it is gone: vCenter lost it (a
 * restart, or an expiry). When the other API turns it down before ever taking it, that alone cannot
 * tell a vCenter that refuses the other API's session from one that lost the session: the session is then
 * <b>in doubt</b> for that API, leaves that API's slot (which logs in on its own) and stays with its own
 * API, whose next answer settles the doubt: if the own API still takes it (a call sent after the doubt
 * arose), the vCenter refuses it and sessions are <b>separated</b> (each one back to the API that opened
 * it alone, one session per API from now on, nothing logged out); if the own API turns it down too, it
 * was lost, and the other API's new session serves both again. A doubt is one caller's, never the
 * vCenter's: it changes nothing for any other caller.</li>
 * <li><b>What a rejection rules out.</b> A session turned down was lost between the moment it was last
 * known alive and its first rejection. A retry after a rejection takes only a session known alive after
 * that first rejection (logged in, or served a call sent, since then): so the session another API opened
 * after the restart is taken, and one from before it is not, whichever call was made first.</li>
 * </ul>
 * Not thread-safe: the pool calls it under its lock.
 */
final class UnifiedSessions {

    /** What a rejection means for the session. */
    enum Rejection {
        /** vCenter no longer has it: it leaves every slot. */
        GONE,
        /** The other API turned it down before ever taking it: it leaves that API's slot and awaits its own API's verdict. */
        DOUBT
    }

    /** One caller's place for one API. */
    private record Slot(String caller, Backend api) {
    }

    private final Map<Slot, Session> slots = new HashMap<>();
    private boolean versionSays;
    private boolean refused;
    private int doubts;

    /**
     * What the vCenter's version says (it is read again after a restart): a refusal seen before is
     * forgotten; a version that says no separates the sessions shared so far.
     */
    void versionSays(boolean unified) {
        versionSays = unified;
        refused = false;
        if (!unified) {
            separate();
        }
    }

    /** Whether a new session fills both of its caller's slots: the version says so and the vCenter has not refused. */
    boolean shared() {
        return versionSays && !refused;
    }

    /** Whether one session serves both APIs, as far as is known now: shared, and no session in doubt. */
    boolean unified() {
        return shared() && doubts == 0;
    }

    /**
     * The session that serves {@code caller} on {@code api}: the one in its slot, or, shared, the other
     * API's session, adopted (unless it is in doubt for this API); only one known alive after point
     * {@code newerThan} of the sequence. Null: a login is needed.
     */
    Session find(String caller, Backend api, long newerThan) {
        Session own = slots.get(new Slot(caller, api));
        if (own != null) {
            return own.aliveAfter(newerThan) ? own : null;
        }
        if (!shared()) {
            return null;
        }
        Session other = slots.get(new Slot(caller, other(api)));
        if (other == null || other.doubted == api || !other.aliveAfter(newerThan)) {
            return null;
        }
        slots.put(new Slot(caller, api), other);
        return other;
    }

    /**
     * A new session, logging in on its API after {@link #find} found none: it fills its API's slot and,
     * shared, the other API's too unless that one holds a session of its own still good for it (known alive
     * after {@code newerThan}, or in doubt for this API). The sessions it displaces from their last slot
     * are returned: out of the pool.
     */
    List<Session> opened(Session session, long newerThan) {
        List<Session> displaced = new ArrayList<>();
        put(new Slot(session.caller, session.api()), session, displaced);
        if (shared()) {
            Slot otherSlot = new Slot(session.caller, other(session.api()));
            Session other = slots.get(otherSlot);
            if (other == null || (other.doubted != session.api() && !other.aliveAfter(newerThan))) {
                put(otherSlot, session, displaced);
            }
        }
        return displaced;
    }

    private void put(Slot slot, Session session, List<Session> displaced) {
        Session before = slots.put(slot, session);
        if (before != null && before != session && !inASlot(before)) {
            settle(before);
            displaced.add(before);
        }
    }

    /**
     * {@code api} answered a call on the session, sent at point {@code sent}. True when this settles a
     * doubt as a refusal: the session's own API still takes it after the other API turned it down, so the
     * vCenter does not unify sessions and every session goes back to the API that opened it alone.
     */
    boolean accepted(Session session, Backend api, long sent) {
        session.accepted.add(api);
        session.alive = Math.max(session.alive, sent);
        if (session.doubted == null) {
            return false;
        }
        if (api == session.doubted) {
            settle(session); // the other API took it after all: its rejection said something else
            return false;
        }
        if (sent < session.rejected) {
            return false; // sent before the doubt arose: it says nothing about it
        }
        settle(session);
        refused = true;
        separate();
        return true;
    }

    /** Every session back to the API that opened it, and to that one alone: none leaves the pool. */
    private void separate() {
        slots.entrySet().removeIf(slot -> slot.getKey().api() != slot.getValue().api());
    }

    /** {@code api} said the session is not authenticated, at point {@code now} of the sequence: what that means for it. */
    Rejection rejected(Session session, Backend api, long now) {
        if (session.rejected == 0) {
            session.rejected = now;
        }
        boolean unproven = api != session.api() && !session.accepted.contains(api);
        if (unproven && !session.dropped && (session.doubted == null || session.doubted == api)) {
            if (session.doubted == null) {
                session.doubted = api;
                doubts++;
            }
            slots.remove(new Slot(session.caller, api), session);
            return Rejection.DOUBT;
        }
        remove(session);
        return Rejection.GONE;
    }

    /** The session leaves every slot (it is out of the pool). */
    void remove(Session session) {
        slots.remove(new Slot(session.caller, Backend.REST), session);
        slots.remove(new Slot(session.caller, Backend.SOAP), session);
        settle(session);
    }

    /** Every session in a slot, once each. */
    Set<Session> sessions() {
        return new LinkedHashSet<>(slots.values());
    }

    /** Every slot emptied (the sessions are dropped by the pool). */
    void clear() {
        slots.values().forEach(this::settle);
        slots.clear();
    }

    private void settle(Session session) {
        if (session.doubted != null) {
            session.doubted = null;
            doubts--;
        }
    }

    private boolean inASlot(Session session) {
        return slots.get(new Slot(session.caller, Backend.REST)) == session || slots.get(new Slot(session.caller, Backend.SOAP)) == session;
    }

    private static Backend other(Backend api) {
        return api == Backend.REST ? Backend.SOAP : Backend.REST;
    }
}
