package io.vcgate.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import io.vcgate.core.Caller;

class SessionPoolTest {

    static final Caller ALICE = new Caller("alice", "pw-a");
    static final Caller BOB = new Caller("bob", "pw-b");

    final AtomicInteger logins = new AtomicInteger();
    final List<String> loggedOut = new CopyOnWriteArrayList<>();
    final AtomicLong now = new AtomicLong();

    SessionPool<String> pool(int max) {
        return new SessionPool<>(Backend.REST,
                c -> Uni.createFrom().item(() -> c.username() + "-" + logins.incrementAndGet()),
                s -> Uni.createFrom().voidItem().invoke(() -> loggedOut.add(s)),
                max, Duration.ofMinutes(10), now::get);
    }

    @Test
    void concurrentFirstRequestsOfOneCallerShareOneLogin() {
        List<UniEmitter<? super String>> pending = new ArrayList<>();
        SessionPool<String> pool = new SessionPool<>(Backend.REST,
                c -> Uni.createFrom().<String> emitter(e -> {
                    logins.incrementAndGet();
                    pending.add(e);
                }),
                s -> Uni.createFrom().voidItem(), 10, Duration.ofMinutes(10), now::get);
        List<String> got = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 50; i++) {
            pool.acquire(ALICE).subscribe().with(got::add);
        }
        assertEquals(1, logins.get());
        pending.get(0).complete("s1");
        assertEquals(50, got.size());
        assertEquals(List.of("s1"), got.stream().distinct().toList());
    }

    @Test
    void eachCallerGetsItsOwnSessionAndAWrongPasswordNeverRidesOnTheRightOne() {
        SessionPool<String> pool = pool(10);
        String alice = pool.acquire(ALICE).await().indefinitely();
        String bob = pool.acquire(BOB).await().indefinitely();
        String aliceWrong = pool.acquire(new Caller("alice", "guess")).await().indefinitely();
        assertEquals(3, List.of(alice, bob, aliceWrong).stream().distinct().count());
        assertEquals(alice, pool.acquire(ALICE).await().indefinitely());
    }

    @Test
    void aFailedLoginIsNotCached() {
        AtomicInteger attempts = new AtomicInteger();
        SessionPool<String> pool = new SessionPool<>(Backend.REST,
                c -> attempts.incrementAndGet() == 1
                        ? Uni.createFrom().failure(new IllegalStateException("InvalidLogin"))
                        : Uni.createFrom().item("s"),
                s -> Uni.createFrom().voidItem(), 10, Duration.ofMinutes(10), now::get);
        assertThrows(IllegalStateException.class, () -> pool.acquire(ALICE).await().indefinitely());
        assertEquals("s", pool.acquire(ALICE).await().indefinitely());
        assertEquals(2, attempts.get());
    }

    @Test
    void aGoneSessionCostsExactlyOneReLogin() {
        SessionPool<String> pool = pool(10);
        pool.acquire(ALICE).await().indefinitely();
        AtomicInteger calls = new AtomicInteger();
        String result = pool.<String> withSession(ALICE,
                s -> calls.incrementAndGet() == 1 ? Uni.createFrom().failure(new Gone()) : Uni.createFrom().item("ok on " + s),
                Gone.class::isInstance).await().indefinitely();
        assertEquals("ok on alice-2", result);
        assertEquals(2, logins.get());
        assertEquals(List.of("alice-1"), loggedOut);
    }

    @Test
    void aSecondRejectionAfterAFreshLoginIsHandedOnNotRetried() {
        SessionPool<String> pool = pool(10);
        AtomicInteger calls = new AtomicInteger();
        assertThrows(Gone.class, () -> pool.<String> withSession(ALICE,
                s -> {
                    calls.incrementAndGet();
                    return Uni.createFrom().failure(new Gone());
                }, Gone.class::isInstance).await().indefinitely());
        assertEquals(2, calls.get());
        assertEquals(2, logins.get());
    }

    @Test
    void idleSessionsAreLoggedOut() {
        SessionPool<String> pool = pool(10);
        pool.acquire(ALICE).await().indefinitely();
        now.addAndGet(Duration.ofMinutes(5).toNanos());
        pool.acquire(BOB).await().indefinitely();
        now.addAndGet(Duration.ofMinutes(6).toNanos());
        assertEquals(1, pool.evictIdle());
        assertEquals(List.of("alice-1"), loggedOut);
        assertEquals(1, pool.size());
    }

    @Test
    void theLeastRecentlyUsedSessionIsLoggedOutBeyondTheBound() {
        SessionPool<String> pool = pool(2);
        pool.acquire(ALICE).await().indefinitely();
        now.incrementAndGet();
        pool.acquire(BOB).await().indefinitely();
        now.incrementAndGet();
        pool.acquire(new Caller("carol", "pw-c")).await().indefinitely();
        assertEquals(2, pool.size());
        assertEquals(List.of("alice-1"), loggedOut);
    }

    @Test
    void everySessionIsLoggedOutAtShutdown() {
        SessionPool<String> pool = pool(10);
        pool.acquire(ALICE).await().indefinitely();
        pool.acquire(BOB).await().indefinitely();
        pool.closeAll().await().indefinitely();
        assertEquals(2, loggedOut.size());
        assertEquals(0, pool.size());
    }

    static final class Gone extends RuntimeException {
    }
}
