package io.vcgate.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vcgate.core.Backend;
import io.vcgate.core.BackendFailure;
import io.vcgate.core.Caller;

class SessionPoolTest {

    static final Caller ALICE = new Caller("alice", "pw-a");
    static final Caller BOB = new Caller("bob", "pw-b");

    final AtomicInteger logins = new AtomicInteger();
    final List<String> loggedOut = new CopyOnWriteArrayList<>();
    final AtomicLong now = new AtomicLong();

    /** A side whose logins answer "user-n" at once. */
    SessionPool.Side side(Backend backend) {
        return new SessionPool.Side(backend, c -> Uni.createFrom().item(() -> c.username() + "-" + logins.incrementAndGet()),
                s -> Uni.createFrom().voidItem().invoke(() -> loggedOut.add(s)));
    }

    final SessionPool.Side rest = side(Backend.REST);
    final SessionPool.Side soap = side(Backend.SOAP);

    SessionPool pool(int max) {
        return new SessionPool("test", max, Duration.ofMinutes(10), Duration.ofSeconds(2), Duration.ofMinutes(5), 100, now::get);
    }

    @Test
    void concurrentFirstRequestsOfOneCallerShareOneLogin() {
        List<UniEmitter<? super String>> pending = new ArrayList<>();
        SessionPool.Side slow = new SessionPool.Side(Backend.REST, c -> Uni.createFrom().<String> emitter(e -> {
            logins.incrementAndGet();
            pending.add(e);
        }), s -> Uni.createFrom().voidItem());
        SessionPool pool = pool(10);
        List<String> got = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 50; i++) {
            pool.acquire(ALICE, slow).subscribe().with(got::add);
        }
        assertEquals(1, logins.get());
        pending.get(0).complete("s1");
        assertEquals(50, got.size());
        assertEquals(List.of("s1"), got.stream().distinct().toList());
    }

    @Test
    void eachCallerGetsItsOwnSessionAndAWrongPasswordNeverRidesOnTheRightOne() {
        SessionPool pool = pool(10);
        String alice = pool.acquire(ALICE, rest).await().indefinitely();
        String bob = pool.acquire(BOB, rest).await().indefinitely();
        String aliceWrong = pool.acquire(new Caller("alice", "guess"), rest).await().indefinitely();
        assertEquals(3, List.of(alice, bob, aliceWrong).stream().distinct().count());
        assertEquals(alice, pool.acquire(ALICE, rest).await().indefinitely());
    }

    @Test
    void aFailedLoginIsNotCachedAndFreesItsPlace() {
        AtomicInteger attempts = new AtomicInteger();
        SessionPool.Side failingOnce = new SessionPool.Side(Backend.REST, c -> attempts.incrementAndGet() == 1
                ? Uni.createFrom().failure(new IllegalStateException("InvalidLogin"))
                : Uni.createFrom().item("s"), s -> Uni.createFrom().voidItem());
        SessionPool pool = pool(1);
        assertThrows(IllegalStateException.class, () -> pool.acquire(ALICE, failingOnce).await().indefinitely());
        assertEquals(0, pool.size());
        assertEquals("s", pool.acquire(ALICE, failingOnce).await().indefinitely());
        assertEquals(2, attempts.get());
    }

    @Test
    void aGoneSessionCostsExactlyOneReLogin() {
        SessionPool pool = pool(10);
        pool.acquire(ALICE, rest).await().indefinitely();
        AtomicInteger calls = new AtomicInteger();
        String result = pool.<String> withSession(ALICE, rest,
                s -> calls.incrementAndGet() == 1 ? Uni.createFrom().failure(new Gone()) : Uni.createFrom().item("ok on " + s),
                Gone.class::isInstance).await().indefinitely();
        assertEquals("ok on alice-2", result);
        assertEquals(2, logins.get());
        assertEquals(List.of("alice-1"), loggedOut);
        assertEquals(1, pool.size());
    }

    @Test
    void aSecondRejectionAfterAFreshLoginIsHandedOnNotRetried() {
        SessionPool pool = pool(10);
        AtomicInteger calls = new AtomicInteger();
        assertThrows(Gone.class, () -> pool.<String> withSession(ALICE, rest, s -> {
            calls.incrementAndGet();
            return Uni.createFrom().failure(new Gone());
        }, Gone.class::isInstance).await().indefinitely());
        assertEquals(2, calls.get());
        assertEquals(2, logins.get());
    }

    @Test
    void idleSessionsAreLoggedOut() {
        SessionPool pool = pool(10);
        pool.acquire(ALICE, rest).await().indefinitely();
        now.addAndGet(Duration.ofMinutes(5).toNanos());
        pool.acquire(BOB, rest).await().indefinitely();
        now.addAndGet(Duration.ofMinutes(6).toNanos());
        assertEquals(1, pool.evictIdle());
        assertEquals(List.of("alice-1"), loggedOut);
        assertEquals(1, pool.size());
    }

    @Test
    void aNewCallerBeyondTheBudgetMakesRoomByLoggingOutTheLeastRecentlyUsed() {
        SessionPool pool = pool(2);
        pool.acquire(ALICE, rest).await().indefinitely();
        now.incrementAndGet();
        pool.acquire(BOB, rest).await().indefinitely();
        now.incrementAndGet();
        pool.acquire(new Caller("carol", "pw-c"), rest).await().indefinitely();
        assertEquals(2, pool.size());
        assertEquals(List.of("alice-1"), loggedOut);
    }

    @Test
    void theBudgetHoldsWhileLogoutsAreStillUnderWay() {
        List<UniEmitter<? super Void>> logouts = new ArrayList<>();
        SessionPool.Side slowLogout = new SessionPool.Side(Backend.REST, c -> Uni.createFrom().item(c.username()),
                s -> Uni.createFrom().emitter(logouts::add));
        SessionPool pool = pool(1);
        pool.acquire(ALICE, slowLogout).await().indefinitely();
        List<String> bob = new CopyOnWriteArrayList<>();
        pool.acquire(BOB, slowLogout).subscribe().with(bob::add);
        assertEquals(1, logouts.size(), "alice is being logged out to make room");
        assertTrue(bob.isEmpty(), "bob logs in only once alice's session is gone from vCenter");
        assertEquals(1, pool.size());
        logouts.get(0).complete(null);
        assertEquals(List.of("bob"), bob);
        assertEquals(1, pool.size());
    }

    @Test
    void aLoginWaitsWhileEverySessionIsInUseThenGivesUp() {
        SessionPool pool = new SessionPool("test", 1, Duration.ofMinutes(10), Duration.ofMillis(200), Duration.ofMinutes(5), 100, now::get);
        UniEmitter<? super String>[] inFlight = new UniEmitter[1];
        pool.<String> withSession(ALICE, rest, s -> Uni.createFrom().emitter(e -> inFlight[0] = e), e -> false).subscribe().with(x -> {
        });
        BackendFailure full = assertThrows(BackendFailure.class, () -> pool.acquire(BOB, rest).await().indefinitely());
        assertTrue(full.getMessage().contains("session.max"));
        assertEquals(1, pool.size(), "the budget was never exceeded");
        inFlight[0].complete("done");
        assertEquals("bob-2", pool.acquire(BOB, rest).await().indefinitely(), "room once alice's call ended");
        assertEquals(1, pool.size());
    }

    @Test
    void withUnifiedSessionsOneLoginServesBothApisWhicheverLoggedInFirst() {
        SessionPool pool = pool(10);
        String restSession = pool.acquire(ALICE, rest).await().indefinitely(); // before the vCenter's version was known
        pool.unifiedSessions(true);
        assertEquals(restSession, pool.acquire(ALICE, soap).await().indefinitely());
        assertEquals(restSession, pool.acquire(ALICE, rest).await().indefinitely());
        String soapFirst = pool.acquire(BOB, soap).await().indefinitely();
        assertEquals(soapFirst, pool.acquire(BOB, rest).await().indefinitely());
        assertEquals(2, logins.get());
        assertEquals(2, pool.size());
    }

    @Test
    void aVcenterThatTurnsTheOtherApisSessionDownGetsOneLoginPerApi() {
        SessionPool pool = pool(10);
        pool.unifiedSessions(true);
        String restSession = pool.acquire(ALICE, rest).await().indefinitely();
        String answer = pool.<String> withSession(ALICE, soap,
                s -> s.equals(restSession) ? Uni.createFrom().failure(new Gone()) : Uni.createFrom().item("soap on " + s),
                Gone.class::isInstance).await().indefinitely();
        assertEquals("soap on alice-2", answer);
        assertTrue(!pool.unifiedSessions(), "one session per API from now on");
        assertEquals(restSession, pool.<String> withSession(ALICE, rest, s -> Uni.createFrom().item(s), Gone.class::isInstance)
                .await().indefinitely(), "REST takes its session: the refusal is confirmed");
        assertTrue(!pool.unifiedSessions());
        assertEquals(List.of(), loggedOut, "the REST session was turned down on SOAP, not gone");
        assertEquals(restSession, pool.acquire(ALICE, rest).await().indefinitely());
        assertEquals(2, pool.size());
    }

    /** A call vCenter answers only on sessions it still knows. */
    String call(SessionPool pool, Caller caller, SessionPool.Side side, List<String> known) {
        return pool.<String> withSession(caller, side,
                s -> known.contains(s) ? Uni.createFrom().item(s) : Uni.createFrom().failure(new Gone()),
                Gone.class::isInstance).await().indefinitely();
    }

    @Test
    void onceASessionServedBothApisARejectionOnTheOtherApiMeansGoneNotRefused() {
        SessionPool pool = pool(10);
        pool.unifiedSessions(true);
        List<String> known = new CopyOnWriteArrayList<>();
        known.add("alice-1");
        assertEquals("alice-1", call(pool, ALICE, rest, known));
        assertEquals("alice-1", call(pool, ALICE, soap, known), "one session, both APIs");
        known.clear(); // vCenter restarted
        known.add("alice-2");
        assertEquals("alice-2", call(pool, ALICE, soap, known), "one re-login");
        assertTrue(pool.unifiedSessions(), "still one session for both APIs");
        assertEquals("alice-2", call(pool, ALICE, rest, known));
        assertEquals(2, logins.get());
        assertEquals(1, pool.size());
    }

    @Test
    void aSessionTheOtherApiTurnedDownThatItsOwnApiFindsGoneWasForgottenNotRefused() {
        SessionPool pool = pool(10);
        pool.unifiedSessions(true);
        List<String> known = new CopyOnWriteArrayList<>(List.of("alice-1"));
        assertEquals("alice-1", call(pool, ALICE, rest, known));
        known.clear(); // vCenter restarted; the first call after it is on the other API
        known.addAll(List.of("alice-2", "alice-3"));
        assertEquals("alice-2", call(pool, ALICE, soap, known));
        assertTrue(!pool.unifiedSessions(), "refused or lost? not one session for both APIs until REST tells");
        // REST finds its own session gone too: lost in the restart, and SOAP's new session (opened after the
        // first rejection, so after the loss) serves REST: one re-login for one restart
        assertEquals("alice-2", call(pool, ALICE, rest, known), "REST finds its own session gone too, and takes SOAP's new one");
        assertTrue(pool.unifiedSessions(), "a restart, not a refusal: one session for both APIs again");
        int logins = this.logins.get();
        assertEquals(2, logins, "one login, and one more after the restart");
        assertEquals("alice-2", call(pool, ALICE, soap, known));
        assertEquals("alice-2", call(pool, ALICE, rest, known));
        assertEquals(logins, this.logins.get(), "no login more");
        assertEquals(List.of("alice-1"), loggedOut, "the lost session is logged out, the new one is not");
        assertEquals(1, pool.size());
    }

    @Test
    void theRetryAfterARejectionNeverTakesASessionThatExistedWhenTheRejectedCallWasMade() {
        SessionPool pool = pool(10);
        // one session per API, then the vCenter is learned to unify them (an upgrade), then it restarts:
        // the REST call takes its own leftover, then must not take the SOAP one (newer, but as stale)
        String oldRest = pool.acquire(ALICE, rest).await().indefinitely();
        String oldSoap = pool.acquire(ALICE, soap).await().indefinitely();
        pool.unifiedSessions(true);
        List<String> known = new CopyOnWriteArrayList<>(List.of("alice-3"));
        assertEquals("alice-3", call(pool, ALICE, rest, known), "the leftover SOAP session is not tried a second time");
        assertEquals(3, logins.get());
        assertTrue(loggedOut.containsAll(List.of(oldSoap, oldRest)), "both leftovers logged out: " + loggedOut);
        assertEquals(1, pool.size());
    }

    @Test
    void onceTheVcenterRefusesEveryCallersSessionGoesBackToTheApiThatOpenedIt() {
        SessionPool pool = pool(10);
        pool.unifiedSessions(true);
        String bob = pool.acquire(BOB, soap).await().indefinitely();
        String alice = pool.acquire(ALICE, rest).await().indefinitely();
        List<String> known = new CopyOnWriteArrayList<>(List.of(bob, alice, "alice-3"));
        // alice's REST session turned down on SOAP: a refusal, one session per API from now on
        assertEquals("alice-3", pool.<String> withSession(ALICE, soap,
                s -> s.equals(alice) ? Uni.createFrom().failure(new Gone()) : Uni.createFrom().item(s), Gone.class::isInstance)
                .await().indefinitely());
        assertEquals(bob, call(pool, BOB, soap, known), "bob's SOAP session is still his SOAP session: no second one");
        assertEquals(alice, call(pool, ALICE, rest, known));
        assertEquals(3, logins.get());
        assertEquals(3, pool.size());
    }

    @Test
    void everySessionIsLoggedOutAtShutdown() {
        SessionPool pool = pool(10);
        pool.acquire(ALICE, rest).await().indefinitely();
        pool.acquire(BOB, soap).await().indefinitely();
        pool.closeAll().await().indefinitely();
        assertEquals(2, loggedOut.size());
        assertEquals(0, pool.size());
    }

    static final class Gone extends RuntimeException {
    }

    @Test
    void aPairVcenterRejectedIsRememberedForItsTimeWhileAnotherPasswordGoesThrough() {
        AtomicInteger attempts = new AtomicInteger();
        SessionPool.Side checking = new SessionPool.Side(Backend.REST, c -> Uni.createFrom().deferred(() -> {
            attempts.incrementAndGet();
            return c.password().equals("right") ? Uni.createFrom().item("s")
                    : Uni.createFrom().failure(BackendFailure.vapi("UNAUTHENTICATED", "Authentication required."));
        }), s -> Uni.createFrom().voidItem());
        SessionPool pool = pool(10);
        Caller wrong = new Caller("alice", "wrong-pw");
        assertEquals("UNAUTHENTICATED", assertThrows(BackendFailure.class, () -> pool.acquire(wrong, checking).await().indefinitely()).fault());
        BackendFailure remembered = assertThrows(BackendFailure.class, () -> pool.acquire(wrong, checking).await().indefinitely());
        assertEquals(1, attempts.get(), "not sent again");
        assertEquals(io.vcgate.core.FaultCategory.UNAUTHENTICATED, remembered.category());
        assertEquals("UNAUTHENTICATED", remembered.fault());
        assertTrue(!remembered.getMessage().contains("wrong-pw") && remembered.getMessage().contains("5 min"), remembered.getMessage());
        assertEquals(1, pool.failedLoginsRemembered());

        assertEquals("s", pool.acquire(new Caller("alice", "right"), checking).await().indefinitely());
        assertEquals(2, attempts.get(), "another password goes through");

        now.addAndGet(Duration.ofMinutes(5).toNanos());
        assertThrows(BackendFailure.class, () -> pool.acquire(wrong, checking).await().indefinitely());
        assertEquals(3, attempts.get(), "tried again once the memory has passed");
    }

    @Test
    void aLoginThatFailedForAnyOtherReasonIsNotRemembered() {
        AtomicInteger attempts = new AtomicInteger();
        SessionPool.Side unavailable = new SessionPool.Side(Backend.SOAP, c -> Uni.createFrom().deferred(() -> {
            attempts.incrementAndGet();
            return Uni.createFrom().failure(BackendFailure.vim("SystemError", "vpxd is restarting"));
        }), s -> Uni.createFrom().voidItem());
        SessionPool pool = pool(10);
        assertThrows(BackendFailure.class, () -> pool.acquire(ALICE, unavailable).await().indefinitely());
        assertThrows(BackendFailure.class, () -> pool.acquire(ALICE, unavailable).await().indefinitely());
        assertEquals(2, attempts.get());
        assertEquals(0, pool.failedLoginsRemembered());
    }
}
