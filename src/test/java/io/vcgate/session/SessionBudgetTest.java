package io.vcgate.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.subscription.Cancellable;

/** The session budget as an asynchronous semaphore, on a fake clock. */
class SessionBudgetTest {

    static final Duration WAIT = Duration.ofSeconds(10);

    static final class Full extends RuntimeException {
    }

    final FakeClock clock = new FakeClock();
    /** Sessions the budget asked to log out; the test decides whether there is one to give. */
    final AtomicInteger roomAsked = new AtomicInteger();
    final AtomicBoolean idleSessionThere = new AtomicBoolean(true);

    SessionBudget budget(int max) {
        return new SessionBudget(max, WAIT, clock, () -> {
            roomAsked.incrementAndGet();
            return idleSessionThere.get();
        }, Full::new);
    }

    /** One acquisition: whether it got its place, or how it failed. */
    static final class Taken {
        boolean placed;
        Throwable failure;
        Cancellable subscription;
    }

    static Taken take(SessionBudget budget) {
        Taken taken = new Taken();
        taken.subscription = budget.acquire().subscribe().with(x -> taken.placed = true, e -> taken.failure = e);
        return taken;
    }

    @Test
    void placesAreGivenAtOnceUpToTheMaximum() {
        SessionBudget budget = budget(2);
        assertTrue(take(budget).placed);
        assertTrue(take(budget).placed);
        assertEquals(2, budget.held());
        assertEquals(0, roomAsked.get(), "no room was needed");
    }

    @Test
    void beyondTheMaximumALoginWaitsAndAsksOnceForRoomThenTakesThePlaceGivenBack() {
        SessionBudget budget = budget(1);
        take(budget);
        Taken second = take(budget);
        assertFalse(second.placed, "waiting");
        assertEquals(1, roomAsked.get(), "one session asked to make room");
        assertEquals(1, budget.held());
        budget.release(); // the idle session is logged out
        assertTrue(second.placed);
        assertEquals(1, budget.held(), "the bound held throughout");
        assertEquals(0, clock.timersPending(), "its wait's end is cancelled");
    }

    @Test
    void waitingLoginsAreServedInTheOrderTheyCame() {
        SessionBudget budget = budget(1);
        take(budget);
        idleSessionThere.set(false);
        Taken first = take(budget);
        Taken second = take(budget);
        budget.release();
        assertTrue(first.placed);
        assertFalse(second.placed);
        budget.release();
        assertTrue(second.placed);
        assertEquals(1, budget.held());
    }

    @Test
    void roomIsAskedForOncePerWaitingLoginNotMore() {
        SessionBudget budget = budget(2);
        take(budget);
        take(budget);
        take(budget);
        take(budget);
        assertEquals(2, roomAsked.get(), "one logout per waiting login");
        budget.idle(); // a session fell idle: both waiting logins are provided for already
        assertEquals(2, roomAsked.get());
    }

    @Test
    void withNoIdleSessionItAsksAgainWhenOneFallsIdle() {
        SessionBudget budget = budget(1);
        take(budget);
        idleSessionThere.set(false);
        Taken waiting = take(budget);
        assertEquals(1, roomAsked.get());
        idleSessionThere.set(true);
        budget.idle();
        assertEquals(2, roomAsked.get(), "asked again once a session is idle");
        budget.release();
        assertTrue(waiting.placed);
    }

    @Test
    void aLoginThatWaitedItsWholeWaitFailsAndAPlaceGivenBackLaterIsNotLost() {
        SessionBudget budget = budget(1);
        take(budget);
        idleSessionThere.set(false);
        Taken waiting = take(budget);
        clock.advance(WAIT.minusMillis(1));
        assertFalse(waiting.placed);
        assertNull(waiting.failure);
        clock.advance(Duration.ofMillis(1));
        assertInstanceOf(Full.class, waiting.failure, "503 once the wait ran out");
        assertEquals(1, budget.held(), "the wait never held a place");
        budget.release();
        assertEquals(0, budget.held(), "the place given back went to no one");
        assertTrue(take(budget).placed);
    }

    @Test
    void aCancelledWaitLeavesTheQueueAndAPlaceGivenToItGoesToTheNext() {
        SessionBudget budget = budget(1);
        take(budget);
        idleSessionThere.set(false);
        Taken cancelled = take(budget);
        Taken next = take(budget);
        cancelled.subscription.cancel();
        budget.release();
        assertFalse(cancelled.placed);
        assertTrue(next.placed, "the cancelled one was out of the queue");
        assertEquals(1, budget.held());
        assertEquals(0, clock.timersPending());
    }

    @Test
    void everyPlaceGivenBackIsCountedWhateverGaveItBack() {
        SessionBudget budget = budget(3);
        List<Taken> all = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            all.add(take(budget));
        }
        assertTrue(all.stream().allMatch(t -> t.placed));
        budget.release(); // a logout
        budget.release(); // a failed login
        assertEquals(1, budget.held());
    }
}
