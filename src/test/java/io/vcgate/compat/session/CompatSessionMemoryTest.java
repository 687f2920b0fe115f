package io.vcgate.compat.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.vcgate.compat.session.CompatSessionMemory.Verdict;

/** What one replica remembers of ids, with time given by the test. */
class CompatSessionMemoryTest {

    static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
    static final Instant END = T0.plus(Duration.ofHours(12));
    static final IdDigest A = new IdDigest(1, 1);
    static final IdDigest B = new IdDigest(2, 2);
    static final IdDigest C = new IdDigest(3, 3);

    final CompatSessionMemory memory = new CompatSessionMemory(Duration.ofMinutes(30), 2, 2);

    static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    @Test
    void anIdNeverSeenIsServedAndEachUseRestartsItsIdleTime() {
        assertEquals(Verdict.SERVED, memory.use(A, at(0), END));
        assertEquals(Verdict.SERVED, memory.use(A, at(30), END), "exactly the idle timeout: still served");
        assertEquals(Verdict.SERVED, memory.use(A, at(55), END));
        assertEquals(Verdict.IDLE, memory.use(A, at(86), END));
        assertEquals(Verdict.IDLE, memory.use(A, at(87), END), "refused from then on");
    }

    @Test
    void aLoggedOutIdIsRefusedUntilItsEndThenForgotten() {
        memory.use(A, at(0), END);
        memory.logout(A, at(1), END);
        assertEquals(Verdict.LOGGED_OUT, memory.use(A, at(2), END));
        assertEquals(Verdict.LOGGED_OUT, memory.use(A, END, END));
        // past its end (the shell refuses it as expired before asking): forgotten at the next sweep
        Instant later = END.plus(CompatSessionMemory.SWEEP_EVERY).plusSeconds(1);
        assertEquals(Verdict.SERVED, memory.use(A, later, later.plus(Duration.ofHours(12))));
    }

    @Test
    void aLogoutOfAnIdNeverSeenHereHoldsToo() {
        memory.logout(B, at(0), END);
        assertEquals(Verdict.LOGGED_OUT, memory.use(B, at(0), END));
    }

    @Test
    void theBoundsForgetTheOldest() {
        memory.use(A, at(0), END);
        memory.use(B, at(1), END);
        memory.use(A, at(2), END);
        memory.use(C, at(3), END); // B least recently used: forgotten
        assertEquals(Verdict.SERVED, memory.use(B, at(40), END), "as never seen");
        memory.logout(A, at(41), END);
        memory.logout(B, at(41), END);
        memory.logout(C, at(41), END); // A's refusal is the oldest: forgotten
        assertEquals(Verdict.SERVED, memory.use(A, at(42), END));
        assertEquals(Verdict.LOGGED_OUT, memory.use(B, at(42), END));
        assertEquals(Verdict.LOGGED_OUT, memory.use(C, at(42), END));
    }
}
