package io.vcgate.cli;

import java.time.Duration;
import java.util.Optional;

/**
 * What to do after one attempt at following a customization or a Task over an event stream: done, follow
 * again (at once or after a wait), or give up. Pure, and the one place of that policy:
 * <ul>
 *   <li>an end event ends it;</li>
 *   <li>the gateway's own {@code timeout} event (its {@code vcgate.watch.max-timeout} came before ours) is
 *       followed again at once;</li>
 *   <li>a stream that ended with no end (a proxy's idle timeout, a gateway restart, a dead connection) is
 *       followed again, with the same {@code since}: at once when it had brought changes beyond the first
 *       snapshot, else as a failure (backing off, so a proxy that cuts every stream at once is not hammered);</li>
 *   <li>a refusal (before the stream, or its {@code error} event) that the gateway calls retryable is tried
 *       again as {@link RetryPlan} says; any other ends the command with its exit code.</li>
 * </ul>
 * No wait passes the deadline: one that would is cut short, and the next attempt finds the time spent.
 */
final class Resumption {
    /** What one attempt ended with. */
    sealed interface Attempt permits Ended, GatewayTimeout, Cut, Refused {
    }

    record Ended(Exit exit) implements Attempt {
    }

    record GatewayTimeout() implements Attempt {
    }

    /** The stream ended with no end event, after {@code events} events (the first is the current state). */
    record Cut(int events) implements Attempt {
    }

    record Refused(Failure failure) implements Attempt {
    }

    /** What to do next. */
    sealed interface Next permits Done, Again, GiveUp {
    }

    record Done(Exit exit) implements Next {
    }

    /** Follow again after {@code after}; {@code note} (null for none) tells the user why. */
    record Again(Duration after, String note) implements Next {
    }

    record GiveUp(CommandFailure failure) implements Next {
    }

    private final RetryPlan plan;

    Resumption(int retries) {
        this.plan = new RetryPlan(retries);
    }

    Next after(Attempt attempt, Duration timeLeft) {
        if (attempt instanceof Ended ended) {
            return new Done(ended.exit());
        }
        if (attempt instanceof GatewayTimeout) {
            return new Again(Duration.ZERO, null);
        }
        if (attempt instanceof Cut cut) {
            if (cut.events() > 1) {
                plan.afterSuccess();
                return new Again(Duration.ZERO, "the event stream was cut; following again");
            }
            Optional<Duration> delay = plan.afterFailure(null);
            if (delay.isEmpty()) {
                return new GiveUp(new CommandFailure(Exit.UNAVAILABLE, "the event stream keeps ending before any change "
                        + "(gave up after " + plan.failures() + " attempts)"));
            }
            Duration wait = shorter(delay.get(), timeLeft);
            return new Again(wait, "the event stream was cut; following again in " + Gateway.seconds(wait));
        }
        Failure failure = ((Refused) attempt).failure();
        if (!failure.retryable()) {
            return new GiveUp(failure.toCommandFailure());
        }
        Optional<Duration> delay = plan.afterFailure(failure.retryAfter());
        if (delay.isEmpty()) {
            return new GiveUp(new CommandFailure(Exit.UNAVAILABLE, failure.line() + " (gave up after " + plan.failures()
                    + " attempts)", failure.problem()));
        }
        Duration wait = shorter(delay.get(), timeLeft);
        return new Again(wait, failure.line() + "; trying again in " + Gateway.seconds(wait));
    }

    private static Duration shorter(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : (b.isNegative() ? Duration.ZERO : b);
    }
}
