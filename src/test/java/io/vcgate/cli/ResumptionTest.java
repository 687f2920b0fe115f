package io.vcgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.vcgate.client.model.Problem;

/** What the command does after each attempt at following: a pure policy, driven attempt by attempt. */
class ResumptionTest {
    static final Duration PLENTY = Duration.ofHours(1);

    static Failure refusal(int status, Boolean retryable, Duration retryAfter) {
        Problem p = new Problem().status(status).title("t" + status).retryable(retryable);
        return new Failure(status, p, retryAfter, status + " t" + status);
    }

    @Test
    void anEndEndsIt() {
        assertEquals(new Resumption.Done(Exit.FAILED), new Resumption(3).after(new Resumption.Ended(Exit.FAILED), PLENTY));
    }

    @Test
    void theGatewaysOwnTimeoutIsFollowedAgainAtOnce() {
        assertEquals(new Resumption.Again(Duration.ZERO, null), new Resumption(0).after(new Resumption.GatewayTimeout(), PLENTY));
    }

    @Test
    void aCutAfterChangesIsFollowedAgainAtOnceAndStartsTheCountOver() {
        Resumption r = new Resumption(1);
        assertEquals(Duration.ofSeconds(1), ((Resumption.Again) r.after(new Resumption.Cut(1), PLENTY)).after());
        Resumption.Again again = (Resumption.Again) r.after(new Resumption.Cut(3), PLENTY);
        assertEquals(Duration.ZERO, again.after());
        assertTrue(again.note().contains("cut"));
        assertInstanceOf(Resumption.Again.class, r.after(new Resumption.Cut(0), PLENTY), "the count started over");
    }

    @Test
    void streamsCutBeforeAnyChangeBackOffThenGiveUpAs5() {
        Resumption r = new Resumption(3);
        assertEquals(Duration.ofSeconds(1), ((Resumption.Again) r.after(new Resumption.Cut(1), PLENTY)).after());
        assertEquals(Duration.ofSeconds(2), ((Resumption.Again) r.after(new Resumption.Cut(0), PLENTY)).after());
        assertEquals(Duration.ofSeconds(4), ((Resumption.Again) r.after(new Resumption.Cut(1), PLENTY)).after());
        Resumption.GiveUp giveUp = (Resumption.GiveUp) r.after(new Resumption.Cut(1), PLENTY);
        assertEquals(Exit.UNAVAILABLE, giveUp.failure().exit);
    }

    @Test
    void retryAfterIsHonouredButNeverPastTheDeadline() {
        Resumption r = new Resumption(5);
        Resumption.Again again = (Resumption.Again) r.after(new Resumption.Refused(refusal(503, true, Duration.ofSeconds(7))), PLENTY);
        assertEquals(Duration.ofSeconds(7), again.after());
        assertTrue(again.note().startsWith("503 t503; trying again in 7 s"), again.note());
        Resumption.Again shortened = (Resumption.Again) r.after(new Resumption.Refused(refusal(429, null, Duration.ofSeconds(30))),
                Duration.ofSeconds(4));
        assertEquals(Duration.ofSeconds(4), shortened.after(), "cut short at the deadline: the next attempt finds the time spent");
    }

    @Test
    void whatTheGatewayCallsFinalIsFinal() {
        Resumption r = new Resumption(5);
        Resumption.GiveUp untrusted = (Resumption.GiveUp) r.after(new Resumption.Refused(refusal(502, false, null)), PLENTY);
        assertEquals(Exit.UNAVAILABLE, untrusted.failure().exit, "a 502 the gateway says will not heal: not retried");
        assertEquals(Exit.NOT_FOUND, ((Resumption.GiveUp) r.after(new Resumption.Refused(refusal(404, false, null)), PLENTY)).failure().exit);
        assertEquals(Exit.REFUSED, ((Resumption.GiveUp) r.after(new Resumption.Refused(refusal(401, false, null)), PLENTY)).failure().exit);
    }

    @Test
    void refusalsSpendTheAttempts() {
        Resumption r = new Resumption(2);
        r.after(new Resumption.Refused(refusal(503, true, null)), PLENTY);
        r.after(new Resumption.Refused(refusal(503, true, null)), PLENTY);
        Resumption.GiveUp giveUp = (Resumption.GiveUp) r.after(new Resumption.Refused(refusal(503, true, null)), PLENTY);
        assertEquals(Exit.UNAVAILABLE, giveUp.failure().exit);
        assertTrue(giveUp.failure().getMessage().contains("gave up after 3 attempts"), giveUp.failure().getMessage());
    }
}
