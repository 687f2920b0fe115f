package io.vcgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** When the command tries a call again: a pure plan, told each outcome and the time left. */
class RetryPlanTest {
    static final Duration PLENTY = Duration.ofHours(1);

    @Test
    void backsOffDoublingUpToTheCapThenGivesUp() {
        RetryPlan plan = new RetryPlan(7, Duration.ofSeconds(1), Duration.ofSeconds(30));
        for (long expected : new long[] {1, 2, 4, 8, 16, 30, 30}) {
            assertEquals(Optional.of(Duration.ofSeconds(expected)), plan.afterFailure(null, PLENTY));
        }
        assertEquals(Optional.empty(), plan.afterFailure(null, PLENTY), "the eighth failure: the attempts are spent");
    }

    @Test
    void retryAfterIsHonouredAsGivenEvenAboveTheCap() {
        RetryPlan plan = new RetryPlan(3, Duration.ofSeconds(1), Duration.ofSeconds(30));
        assertEquals(Optional.of(Duration.ofSeconds(120)), plan.afterFailure(Duration.ofSeconds(120), PLENTY));
    }

    @Test
    void aWaitPastTheDeadlineIsNotTaken() {
        RetryPlan plan = new RetryPlan(3, Duration.ofSeconds(1), Duration.ofSeconds(30));
        assertEquals(Optional.empty(), plan.afterFailure(Duration.ofSeconds(10), Duration.ofSeconds(5)));
    }

    @Test
    void aSuccessStartsTheCountOver() {
        RetryPlan plan = new RetryPlan(2, Duration.ofSeconds(1), Duration.ofSeconds(30));
        plan.afterFailure(null, PLENTY);
        plan.afterFailure(null, PLENTY);
        plan.afterSuccess();
        assertEquals(Optional.of(Duration.ofSeconds(1)), plan.afterFailure(null, PLENTY));
        assertEquals(1, plan.failures());
    }

    @Test
    void noRetriesMeansTheFirstFailureEnds() {
        assertEquals(Optional.empty(), new RetryPlan(0, Duration.ofSeconds(1), Duration.ofSeconds(30)).afterFailure(null, PLENTY));
    }
}
