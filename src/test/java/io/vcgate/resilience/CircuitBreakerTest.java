package io.vcgate.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.vcgate.resilience.CircuitBreaker.Permit;
import io.vcgate.resilience.CircuitBreaker.State;
import io.vcgate.resilience.CircuitBreaker.Verdict;

/** The breaker's arithmetic, on a clock the test moves: the defaults of vcgate.resilience.*.circuit-breaker. */
class CircuitBreakerTest {

    final AtomicLong now = new AtomicLong(1_000_000_000L);
    final AtomicInteger openings = new AtomicInteger();

    CircuitBreaker breaker() {
        return new CircuitBreaker(Duration.ofSeconds(10), 20, 0.5, 20, Duration.ofSeconds(5), 2, now::get, openings::incrementAndGet);
    }

    void call(CircuitBreaker breaker, Verdict verdict) {
        breaker.record(breaker.acquire(), verdict);
    }

    @Test
    void oneCallInFiveFailingNeverOpensItAtAnyRate() {
        CircuitBreaker breaker = breaker();
        Random random = new Random(42);
        // 200,000 calls over 200 s: 1,000 calls a second, each failing with probability 0.2 (no retries)
        for (int i = 0; i < 200_000; i++) {
            now.addAndGet(1_000_000L);
            call(breaker, random.nextDouble() < 0.2 ? Verdict.FAILURE : Verdict.SUCCESS);
        }
        assertEquals(0, openings.get());
        assertEquals(State.CLOSED, breaker.state());
    }

    @Test
    void attemptsFailingOneInFiveAtTwoCallsASecondDoNotOpenItEither() {
        CircuitBreaker breaker = breaker();
        Random random = new Random(7);
        // light traffic, the minimum volume: 20 calls per 10 s window; with its two retries a call fails
        // when all three attempts fail (0.2 ^ 3)
        for (int i = 0; i < 200_000; i++) {
            now.addAndGet(500_000_000L);
            call(breaker, random.nextDouble() < 0.008 ? Verdict.FAILURE : Verdict.SUCCESS);
        }
        assertEquals(0, openings.get(), "none in 100,000 s");
    }

    @Test
    void anOutageOpensItWithinTwentyCallsAtAnyTraffic() {
        CircuitBreaker breaker = breaker();
        for (int i = 0; i < 100; i++) {
            now.addAndGet(1_000_000L);
            call(breaker, Verdict.SUCCESS);
        }
        int calls = 0;
        while (breaker.state() == State.CLOSED) {
            now.addAndGet(1_000_000L);
            call(breaker, Verdict.FAILURE);
            calls++;
        }
        assertEquals(20, calls, "twenty failed calls in a row");
        assertEquals(1, openings.get());
        assertEquals(Permit.REJECTED, breaker.acquire());
    }

    @Test
    void mostCallsFailingOpensItOnTheRatioWithoutARun() {
        CircuitBreaker breaker = breaker();
        int calls = 0;
        // two of three calls fail, never twenty in a row: the window's ratio opens it once 20 calls are in
        while (breaker.state() == State.CLOSED) {
            now.addAndGet(10_000_000L);
            call(breaker, calls % 3 == 2 ? Verdict.SUCCESS : Verdict.FAILURE);
            calls++;
        }
        assertEquals(20, calls, "at the minimum volume");
    }

    @Test
    void anOutageOpensItAfterConsecutiveFailuresWhenTrafficIsLight() {
        CircuitBreaker breaker = breaker();
        int calls = 0;
        while (breaker.state() == State.CLOSED) {
            now.addAndGet(Duration.ofMinutes(1).toNanos());
            call(breaker, Verdict.FAILURE);
            calls++;
        }
        assertEquals(20, calls, "one call a minute, so never twenty in one window: twenty in a row");
    }

    @Test
    void itProbesAfterItsDelayAndClosesOnSuccessfulProbes() {
        CircuitBreaker breaker = breaker();
        for (int i = 0; i < 20; i++) {
            call(breaker, Verdict.FAILURE);
        }
        assertEquals(State.OPEN, breaker.state());
        now.addAndGet(Duration.ofMillis(4_900).toNanos());
        assertEquals(Permit.REJECTED, breaker.acquire());
        now.addAndGet(Duration.ofMillis(200).toNanos());
        Permit first = breaker.acquire();
        Permit second = breaker.acquire();
        assertEquals(Permit.PROBE, first);
        assertEquals(Permit.PROBE, second);
        assertEquals(Permit.REJECTED, breaker.acquire(), "no more probes than successes needed");
        breaker.record(first, Verdict.SUCCESS);
        breaker.record(second, Verdict.SUCCESS);
        assertEquals(State.CLOSED, breaker.state());
        assertEquals(Permit.CALL, breaker.acquire());
    }

    @Test
    void aFailedProbeOpensItAgain() {
        CircuitBreaker breaker = breaker();
        for (int i = 0; i < 20; i++) {
            call(breaker, Verdict.FAILURE);
        }
        now.addAndGet(Duration.ofSeconds(6).toNanos());
        breaker.record(breaker.acquire(), Verdict.FAILURE);
        assertEquals(State.OPEN, breaker.state());
        assertEquals(Permit.REJECTED, breaker.acquire());
        assertEquals(1, openings.get(), "an opening is counted when a closed circuit opens");
    }

    @Test
    void callsTurnedAwayByTheGatewayItselfAreNoEvidence() {
        CircuitBreaker breaker = breaker();
        for (int i = 0; i < 1_000; i++) {
            call(breaker, Verdict.NO_EVIDENCE);
        }
        assertEquals(State.CLOSED, breaker.state());
        for (int i = 0; i < 19; i++) {
            call(breaker, Verdict.FAILURE);
        }
        call(breaker, Verdict.NO_EVIDENCE);
        assertEquals(State.CLOSED, breaker.state(), "19 failures in a row, the rest no evidence");
    }
}
