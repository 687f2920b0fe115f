package io.vcgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** When the command tries a call again: a pure plan, told each outcome. */
class RetryPlanTest {
    @Test
    void backsOffDoublingUpToTheCapThenGivesUp() {
        RetryPlan plan = new RetryPlan(7);
        for (long expected : new long[] {1, 2, 4, 8, 16, 30, 30}) {
            assertEquals(Optional.of(Duration.ofSeconds(expected)), plan.afterFailure(null));
        }
        assertEquals(Optional.empty(), plan.afterFailure(null), "the eighth failure: the attempts are spent");
    }

    @Test
    void retryAfterIsHonouredAsGivenEvenAboveTheCap() {
        RetryPlan plan = new RetryPlan(3);
        assertEquals(Optional.of(Duration.ofSeconds(120)), plan.afterFailure(Duration.ofSeconds(120)));
    }

    @Test
    void aSuccessStartsTheCountOver() {
        RetryPlan plan = new RetryPlan(2);
        plan.afterFailure(null);
        plan.afterFailure(null);
        plan.afterSuccess();
        assertEquals(Optional.of(Duration.ofSeconds(1)), plan.afterFailure(null));
        assertEquals(1, plan.failures());
    }

    @Test
    void noRetriesMeansTheFirstFailureEnds() {
        assertEquals(Optional.empty(), new RetryPlan(0).afterFailure(null));
    }
}
