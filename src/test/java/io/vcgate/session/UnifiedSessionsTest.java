package io.vcgate.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.vcgate.core.Backend;
import io.vcgate.session.UnifiedSessions.Rejection;

/** Which session serves a caller on each API, and what an answer or a rejection means for it. */
class UnifiedSessionsTest {

    static final SessionPool.Side REST = new SessionPool.Side(Backend.REST, c -> null, s -> null);
    static final SessionPool.Side SOAP = new SessionPool.Side(Backend.SOAP, c -> null, s -> null);
    static final long ANY = Long.MIN_VALUE;

    final UnifiedSessions sessions = new UnifiedSessions();
    /** The pool's sequence, moved on by hand. */
    long sequence;

    long next() {
        return ++sequence;
    }

    /** A caller's new session on {@code side}, placed as the pool places a login that {@link UnifiedSessions#find} did not avoid. */
    Session login(String caller, SessionPool.Side side, long newerThan) {
        Session session = new Session(caller, side, null, next());
        assertEquals(List.of(), sessions.opened(session, newerThan));
        return session;
    }

    @Test
    void withoutUnifiedSessionsEachApiHasItsOwn() {
        Session rest = login("alice", REST, ANY);
        assertSame(rest, sessions.find("alice", Backend.REST, ANY));
        assertNull(sessions.find("alice", Backend.SOAP, ANY), "SOAP logs in on its own");
        assertFalse(sessions.unified());
    }

    @Test
    void withUnifiedSessionsANewSessionServesBothApisFromItsLoginOn() {
        sessions.versionSays(true);
        Session rest = login("alice", REST, ANY);
        assertSame(rest, sessions.find("alice", Backend.SOAP, ANY), "SOAP's first call joins the login under way");
        assertNull(sessions.find("bob", Backend.SOAP, ANY), "never another caller's");
        assertTrue(sessions.unified());
    }

    @Test
    void aSessionOpenedBeforeTheVersionWasKnownIsAdoptedByTheOtherApi() {
        Session rest = login("alice", REST, ANY);
        sessions.versionSays(true);
        assertSame(rest, sessions.find("alice", Backend.SOAP, ANY));
        assertEquals(Set.of(rest), sessions.sessions());
    }

    @Test
    void aSessionItsOwnApiTurnsDownIsGoneFromBothApis() {
        sessions.versionSays(true);
        Session session = login("alice", REST, ANY);
        assertEquals(Rejection.GONE, sessions.rejected(session, Backend.REST, next()));
        assertNull(sessions.find("alice", Backend.REST, ANY));
        assertNull(sessions.find("alice", Backend.SOAP, ANY));
    }

    @Test
    void aSessionTheOtherApiTookBeforeAndNowTurnsDownIsGone() {
        sessions.versionSays(true);
        Session session = login("alice", REST, ANY);
        sessions.accepted(session, Backend.SOAP, next());
        assertEquals(Rejection.GONE, sessions.rejected(session, Backend.SOAP, next()));
        assertEquals(Set.of(), sessions.sessions());
        assertTrue(sessions.unified(), "lost, not refused");
    }

    @Test
    void aSessionTheOtherApiTurnsDownBeforeEverTakingItIsInDoubtForThatApiAlone() {
        sessions.versionSays(true);
        Session session = login("alice", REST, ANY);
        sessions.accepted(session, Backend.REST, next());
        long rejectedAt = next();
        assertEquals(Rejection.DOUBT, sessions.rejected(session, Backend.SOAP, rejectedAt));
        assertEquals(rejectedAt, session.rejected);
        assertSame(session, sessions.find("alice", Backend.REST, ANY), "still REST's");
        assertNull(sessions.find("alice", Backend.SOAP, rejectedAt), "SOAP logs in on its own");
        Session soap = login("alice", SOAP, rejectedAt);
        assertSame(session, sessions.find("alice", Backend.REST, ANY), "SOAP's new session leaves REST's in place");
        assertSame(soap, sessions.find("alice", Backend.SOAP, ANY));
        assertFalse(sessions.unified(), "not known to serve both while in doubt");
        assertTrue(sessions.shared(), "a doubt is the caller's: other callers still share");
        Session bob = login("bob", SOAP, ANY);
        assertSame(bob, sessions.find("bob", Backend.REST, ANY));
    }

    @Test
    void theOwnApiStillTakingADoubtedSessionMeansTheVcenterRefusesTheOtherApisSession() {
        sessions.versionSays(true);
        Session bob = login("bob", SOAP, ANY);
        Session alice = login("alice", REST, ANY);
        sessions.accepted(alice, Backend.REST, next());
        long sentBefore = next();
        sessions.rejected(alice, Backend.SOAP, next());
        Session aliceSoap = login("alice", SOAP, alice.rejected);

        assertFalse(sessions.accepted(alice, Backend.REST, sentBefore), "a call sent before the doubt says nothing of it");
        assertTrue(sessions.accepted(alice, Backend.REST, next()), "a call sent after it: refused");
        assertFalse(sessions.shared());
        assertFalse(sessions.unified());
        assertSame(bob, sessions.find("bob", Backend.SOAP, ANY), "every session stays with the API that opened it...");
        assertNull(sessions.find("bob", Backend.REST, ANY), "...and that one alone");
        assertSame(alice, sessions.find("alice", Backend.REST, ANY));
        assertSame(aliceSoap, sessions.find("alice", Backend.SOAP, ANY));
        assertEquals(Set.of(bob, alice, aliceSoap), sessions.sessions(), "none left the pool");
        Session carol = login("carol", REST, ANY);
        assertNull(sessions.find("carol", Backend.SOAP, ANY), "one session per API from now on");
        assertSame(carol, sessions.find("carol", Backend.REST, ANY));
    }

    @Test
    void theOwnApiTurningADoubtedSessionDownTooMeansItWasLostAndTheOtherApisNewSessionServesBoth() {
        sessions.versionSays(true);
        Session old = login("alice", REST, ANY);
        sessions.accepted(old, Backend.REST, next());
        sessions.rejected(old, Backend.SOAP, next()); // after a restart: refused or lost?
        Session fresh = login("alice", SOAP, old.rejected);
        assertEquals(Rejection.GONE, sessions.rejected(old, Backend.REST, next()), "lost");
        assertTrue(sessions.unified());
        assertSame(fresh, sessions.find("alice", Backend.REST, old.rejected), "REST's retry takes SOAP's new session: no login more");
        assertEquals(Set.of(fresh), sessions.sessions());
    }

    @Test
    void aRetryTakesOnlyASessionKnownAliveAfterTheRejectedOneWasFirstTurnedDown() {
        Session rest = login("alice", REST, ANY);
        Session soap = login("alice", SOAP, ANY); // one per API, then the version is learned: unified
        sessions.versionSays(true);
        assertEquals(Rejection.GONE, sessions.rejected(rest, Backend.REST, next()));
        assertNull(sessions.find("alice", Backend.REST, rest.rejected), "SOAP's session is as old: it may be as lost");
        Session fresh = new Session("alice", REST, null, next());
        assertEquals(List.of(soap), sessions.opened(fresh, rest.rejected), "the new session takes SOAP's slot too: the old one leaves");
        assertSame(fresh, sessions.find("alice", Backend.SOAP, ANY));
    }

    @Test
    void aSessionThatServedACallSentAfterTheRejectionIsKnownAlive() {
        sessions.versionSays(true);
        Session old = login("alice", REST, ANY);
        long rejectedAt = next();
        sessions.rejected(old, Backend.REST, rejectedAt);
        Session fresh = login("alice", SOAP, rejectedAt);
        assertTrue(fresh.aliveAfter(rejectedAt), "logged in after it");
        sessions.accepted(fresh, Backend.SOAP, next());
        assertSame(fresh, sessions.find("alice", Backend.REST, rejectedAt));
    }

    @Test
    void theVersionLearnedAgainForgetsARefusal() {
        sessions.versionSays(true);
        Session session = login("alice", REST, ANY);
        sessions.rejected(session, Backend.SOAP, next());
        sessions.accepted(session, Backend.REST, next());
        assertFalse(sessions.shared());
        sessions.versionSays(true); // after a restart, the vCenter may have changed
        assertTrue(sessions.shared());
        assertTrue(sessions.unified());
    }

    @Test
    void aVersionLearnedAgainThatSaysNoSeparatesTheSessionsSharedSoFar() {
        sessions.versionSays(true);
        Session rest = login("alice", REST, ANY);
        sessions.versionSays(false); // replaced by an older vCenter, say
        assertSame(rest, sessions.find("alice", Backend.REST, ANY));
        assertNull(sessions.find("alice", Backend.SOAP, ANY), "SOAP logs in on its own");
        assertEquals(Set.of(rest), sessions.sessions(), "none left the pool");
    }

    @Test
    void aDoubtEndsWithItsSession() {
        sessions.versionSays(true);
        Session session = login("alice", REST, ANY);
        sessions.rejected(session, Backend.SOAP, next());
        assertFalse(sessions.unified());
        sessions.remove(session); // evicted, say
        assertTrue(sessions.unified());
        assertNull(session.doubted);
    }
}
