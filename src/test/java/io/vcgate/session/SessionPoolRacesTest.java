package io.vcgate.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.vcgate.core.Backend;
import io.vcgate.core.Caller;
import io.vcgate.session.HandDrivenVcenter.Result;

/**
 * The pool on a vCenter that accepts one session on both APIs, with every login and call answered by hand
 * in a set order ({@link HandDrivenVcenter}): a caller's first calls on both APIs at once (race a), and
 * both APIs turning one unified session down after a restart (race b). One login per caller, one re-login
 * per caller per restart, and never a session logged out while a call still holds it.
 */
class SessionPoolRacesTest {

    static final Caller ALICE = new Caller("alice", "pw-a");
    static final Caller BOB = new Caller("bob", "pw-b");

    final AtomicLong now = new AtomicLong();
    final HandDrivenVcenter vcenter = new HandDrivenVcenter();

    SessionPool unifyingPool() {
        SessionPool pool = new SessionPool("test", 10, Duration.ofMinutes(10), Duration.ofSeconds(2), Duration.ofMinutes(5), 100, now::get);
        pool.unifiedSessions(true);
        return pool;
    }

    static void answeredWithASession(Result... results) {
        for (Result result : results) {
            assertTrue(result.done(), "answered");
            assertNull(result.failure, "answered without an error");
        }
    }

    // --- race a: a caller's first calls on both APIs at once ---------------------------------------

    @Test
    void aCallersFirstCallsOnBothApisAtOnceShareOneLoginWhicheverIsAnsweredFirst() {
        SessionPool pool = unifyingPool();
        Result soap = vcenter.call(pool, ALICE, vcenter.soap);
        Result rest = vcenter.call(pool, ALICE, vcenter.rest);
        vcenter.completeLogins();
        vcenter.answer(Backend.REST);
        vcenter.answer(Backend.SOAP);
        answeredWithASession(soap, rest);
        assertEquals(soap.value, rest.value, "one session serves both");
        assertEquals(1, vcenter.logins("alice"));
    }

    @Test
    void aCallersFirstCallsOnBothApisAtOnceCostOneLoginWhileAnotherCallersSessionAwaitsItsVerdict() {
        SessionPool pool = unifyingPool();
        // bob's session served REST only; then vCenter restarts, and bob's next call is on SOAP
        Result bobRest = vcenter.call(pool, BOB, vcenter.rest);
        vcenter.answerAll();
        vcenter.restart();
        Result bobSoap = vcenter.call(pool, BOB, vcenter.soap);
        vcenter.answer(Backend.SOAP); // turned down: refused by a vCenter that does not unify, or forgotten? Only REST can tell
        vcenter.answerAll();
        answeredWithASession(bobRest, bobSoap);

        // meanwhile alice's first calls, on both APIs at once
        Result aliceRest = vcenter.call(pool, ALICE, vcenter.rest);
        Result aliceSoap = vcenter.call(pool, ALICE, vcenter.soap);
        vcenter.answerAll();
        answeredWithASession(aliceRest, aliceSoap);
        assertEquals(1, vcenter.logins("alice"), "bob's open question is bob's: alice's first calls share one login");
        assertEquals(aliceRest.value, aliceSoap.value);
    }

    // --- race b: both APIs turn one unified session down after a restart --------------------------

    @Test
    void bothApisTurningASessionDownAfterARestartCostOneReLoginAndNoSessionAnotherCallHolds() {
        SessionPool pool = unifyingPool();
        // alice's session served REST only (status reads); then vCenter restarts
        vcenter.call(pool, ALICE, vcenter.rest);
        vcenter.answerAll();
        assertEquals(1, vcenter.logins("alice"));
        vcenter.restart();

        Result abort = vcenter.call(pool, ALICE, vcenter.soap);     // on the forgotten session
        Result status = vcenter.call(pool, ALICE, vcenter.rest);    // on it too
        vcenter.answer(Backend.SOAP);                               // SOAP turns it down first: one login more
        vcenter.completeLogins();                                   // the abort goes again on the new session, still under way
        Result nextStatus = vcenter.call(pool, ALICE, vcenter.rest); // alice's next status read, on the session REST still holds
        vcenter.answer(Backend.REST);                               // REST turns the old session down too...
        vcenter.answer(Backend.REST);                               // ...for both status reads
        vcenter.answerAll();

        answeredWithASession(abort, status, nextStatus);
        assertEquals(2, vcenter.logins("alice"), "one login, and one more after the restart");
        assertEquals(List.of(), vcenter.loggedOutWhileHeld, "no session logged out while a call held it");
        assertEquals(1, pool.size(), "one session for both APIs again");
        assertTrue(pool.unifiedSessions());
    }

    @Test
    void bothApisTurningASessionThatServedBothDownAtOnceCostOneReLogin() {
        SessionPool pool = unifyingPool();
        vcenter.call(pool, ALICE, vcenter.rest);
        vcenter.answerAll();
        vcenter.call(pool, ALICE, vcenter.soap);
        vcenter.answerAll();
        vcenter.restart();

        Result status = vcenter.call(pool, ALICE, vcenter.rest);
        Result abort = vcenter.call(pool, ALICE, vcenter.soap);
        vcenter.answer(Backend.REST);
        vcenter.answer(Backend.SOAP);
        vcenter.answerAll();

        answeredWithASession(status, abort);
        assertEquals(status.value, abort.value);
        assertEquals(2, vcenter.logins("alice"));
        assertEquals(List.of(), vcenter.loggedOutWhileHeld);
        assertEquals(1, pool.size());
    }

    @Test
    void aVcenterThatRefusesTheOtherApisSessionStillAnswersWithOneSessionPerApi() {
        vcenter.refuseTheOtherApisSession();
        SessionPool pool = unifyingPool(); // its version says it unifies sessions
        Result status = vcenter.call(pool, ALICE, vcenter.rest);
        Result abort = vcenter.call(pool, ALICE, vcenter.soap);
        vcenter.answerAll();
        Result nextStatus = vcenter.call(pool, ALICE, vcenter.rest);
        Result nextAbort = vcenter.call(pool, ALICE, vcenter.soap);
        vcenter.answerAll();

        answeredWithASession(status, abort, nextStatus, nextAbort);
        assertEquals(2, vcenter.logins("alice"), "one session per API");
        assertEquals(status.value, nextStatus.value);
        assertEquals(abort.value, nextAbort.value);
        assertTrue(!pool.unifiedSessions(), "one session per API from now on");
        Result bobStatus = vcenter.call(pool, BOB, vcenter.rest);
        Result bobAbort = vcenter.call(pool, BOB, vcenter.soap);
        vcenter.answerAll();
        answeredWithASession(bobStatus, bobAbort);
        assertEquals(2, vcenter.logins("bob"), "a new caller too");
        assertEquals(List.of(), vcenter.loggedOut, "nothing was logged out: each session serves its API");
    }
}
