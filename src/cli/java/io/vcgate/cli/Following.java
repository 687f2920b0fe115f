package io.vcgate.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vcgate.client.model.CustomizationStatus;
import io.vcgate.client.model.Problem;
import io.vcgate.client.model.Task;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Follows a customization or a Task to its end over the gateway's event stream, and keeps following when
 * the stream is cut (a proxy's idle timeout, a gateway restart) or capped (the gateway's
 * {@code vcgate.watch.max-timeout}): a new stream with the same {@code since}, which still counts an end
 * that happened in between. Refusals that say "later" (429, 503, 502, 504, no answer, a retryable
 * {@code error} event) are retried as {@link RetryPlan} says, honouring Retry-After. Nothing is ever sent
 * but reads.
 */
final class Following {
    private final Gateway gateway;
    private final Printer printer;
    private final Clock clock;
    private final int retries;
    private final ObjectMapper mapper;

    Following(Gateway gateway, Printer printer, Clock clock, int retries) {
        this.gateway = gateway;
        this.printer = printer;
        this.clock = clock;
        this.retries = retries;
        this.mapper = gateway.mapper();
    }

    /** Until the customization ends (counting under {@code since}) or the deadline. */
    Exit customization(String vm, OffsetDateTime since, Instant deadline) {
        Attempt<CustomizationStatus> state = new Attempt<>();
        return follow(deadline, state, left -> gateway.watchCustomization(vm, left, since, event -> {
            switch (event.name()) {
                case "status" -> {
                    CustomizationStatus s = parse(event, CustomizationStatus.class);
                    state.progressed(s);
                    if (Boolean.TRUE.equals(s.getEnded())) {
                        printer.outcome(Texts.outcome(s));
                        state.outcome = s.getStatus() == CustomizationStatus.StatusEnum.SUCCEEDED ? Exit.OK : Exit.FAILED;
                        return false;
                    }
                    boolean earlier = s.getStatus() == CustomizationStatus.StatusEnum.SUCCEEDED
                            || s.getStatus() == CustomizationStatus.StatusEnum.FAILED;
                    printer.progress(Texts.status(s) + (earlier ? " (an earlier run: waiting for the next)" : ""));
                    return true;
                }
                case "timeout" -> {
                    state.progressed(parse(event, CustomizationStatus.class));
                    return false;
                }
                case "error" -> {
                    state.error(Failure.ofProblem(parse(event, Problem.class)));
                    return false;
                }
                default -> {
                    return true;
                }
            }
        }), () -> printer.outcome(java.util.List.of((state.last == null ? vm : Texts.status(state.last)) + ": not ended by the deadline")));
    }

    /** Until the Task succeeds or fails, or the deadline. */
    Exit task(String taskId, Instant deadline) {
        Attempt<Task> state = new Attempt<>();
        return follow(deadline, state, left -> gateway.watchTask(taskId, left, event -> {
            switch (event.name()) {
                case "task" -> {
                    Task t = parse(event, Task.class);
                    state.progressed(t);
                    if (t.getState() == Task.StateEnum.SUCCESS || t.getState() == Task.StateEnum.ERROR) {
                        printer.outcome(java.util.List.of(Texts.task(t)));
                        state.outcome = t.getState() == Task.StateEnum.SUCCESS ? Exit.OK : Exit.FAILED;
                        return false;
                    }
                    printer.progress(Texts.task(t));
                    return true;
                }
                case "timeout" -> {
                    state.progressed(parse(event, Task.class));
                    return false;
                }
                case "error" -> {
                    state.error(Failure.ofProblem(parse(event, Problem.class)));
                    return false;
                }
                default -> {
                    return true;
                }
            }
        }), () -> printer.outcome(java.util.List.of((state.last == null ? taskId : Texts.task(state.last)) + ": not ended by the deadline")));
    }

    /** What one stream attempt saw. */
    private final class Attempt<T> {
        T last;
        Exit outcome;
        Failure error;
        boolean progressed;

        void progressed(T document) {
            last = document;
            progressed = true;
        }

        void error(Failure failure) {
            error = failure;
        }

        void reset() {
            error = null;
            progressed = false;
        }
    }

    private interface Stream {
        boolean open(Duration left);
    }

    private <T> Exit follow(Instant deadline, Attempt<T> state, Stream stream, Runnable onTimeout) {
        RetryPlan plan = new RetryPlan(retries, Duration.ofSeconds(1), Duration.ofSeconds(30));
        while (true) {
            Duration left = Duration.between(clock.instant(), deadline);
            if (left.compareTo(Duration.ofMillis(500)) < 0) {
                onTimeout.run();
                return Exit.TIMEOUT;
            }
            state.reset();
            Failure failure;
            boolean stoppedByEvent;
            try {
                stoppedByEvent = stream.open(left);
                failure = state.error;
            } catch (Gateway.CallFailed refused) {
                stoppedByEvent = false;
                failure = refused.failure;
            }
            if (state.outcome != null) {
                return state.outcome;
            }
            if (state.progressed) {
                plan.afterSuccess();
            }
            if (failure != null) {
                if (!failure.retryable()) {
                    throw failure.toCommandFailure();
                }
                Optional<Duration> delay = plan.afterFailure(failure.retryAfter(), Duration.between(clock.instant(), deadline));
                if (delay.isEmpty()) {
                    if (!clock.instant().isBefore(deadline)) {
                        onTimeout.run();
                        return Exit.TIMEOUT;
                    }
                    throw new CommandFailure(Exit.UNAVAILABLE, failure.line() + " (gave up after " + plan.failures()
                            + " attempts)", failure.problem());
                }
                printer.note(failure.line() + "; trying again in " + Gateway.seconds(delay.get()));
                Gateway.sleep(delay.get());
            } else if (!stoppedByEvent) {
                // the stream ended with no end and no timeout event: cut on the way
                Optional<Duration> delay = state.progressed ? Optional.of(Duration.ZERO)
                        : plan.afterFailure(null, Duration.between(clock.instant(), deadline));
                if (delay.isEmpty()) {
                    throw new CommandFailure(Exit.UNAVAILABLE, "the event stream keeps ending before it sends anything (gave up after "
                            + plan.failures() + " attempts)");
                }
                printer.note("the event stream was cut; following again" + (delay.get().isZero() ? "" : " in " + Gateway.seconds(delay.get())));
                Gateway.sleep(delay.get());
            }
            // else: the gateway's own timeout came before ours (its max-timeout): follow again at once
        }
    }

    private <T> T parse(ServerEvent event, Class<T> type) {
        try {
            return mapper.readValue(event.data(), type);
        } catch (IOException e) {
            throw new CommandFailure(Exit.UNAVAILABLE, "the gateway sent a " + event.name() + " event that is not a "
                    + type.getSimpleName() + " document");
        } finally {
            printer.documentText(event.data());
        }
    }
}
