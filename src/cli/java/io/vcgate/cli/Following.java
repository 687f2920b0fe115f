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
import java.util.List;

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
        Last<CustomizationStatus> last = new Last<>();
        return follow(deadline, (left, attempt) -> gateway.watchCustomization(vm, left, since, event -> {
            switch (event.name()) {
                case "status" -> {
                    CustomizationStatus s = parse(event, CustomizationStatus.class);
                    attempt.events++;
                    last.value = s;
                    if (Boolean.TRUE.equals(s.getEnded())) {
                        printer.outcome(Texts.outcome(s));
                        attempt.outcome = s.getStatus() == CustomizationStatus.StatusEnum.SUCCEEDED ? Exit.OK : Exit.FAILED;
                        return false;
                    }
                    boolean earlier = s.getStatus() == CustomizationStatus.StatusEnum.SUCCEEDED
                            || s.getStatus() == CustomizationStatus.StatusEnum.FAILED;
                    printer.progress(Texts.status(s) + (earlier ? " (an earlier run: waiting for the next)" : ""));
                    return true;
                }
                default -> {
                    return ending(event, attempt, last, CustomizationStatus.class);
                }
            }
        }), () -> printer.outcome(List.of((last.value == null ? vm : Texts.status(last.value)) + ": not ended by the deadline")));
    }

    /** Until the Task succeeds or fails, or the deadline. */
    Exit task(String taskId, Instant deadline) {
        Last<Task> last = new Last<>();
        return follow(deadline, (left, attempt) -> gateway.watchTask(taskId, left, event -> {
            switch (event.name()) {
                case "task" -> {
                    Task t = parse(event, Task.class);
                    attempt.events++;
                    last.value = t;
                    if (t.getState() == Task.StateEnum.SUCCESS || t.getState() == Task.StateEnum.ERROR) {
                        printer.outcome(List.of(Texts.task(t)));
                        attempt.outcome = t.getState() == Task.StateEnum.SUCCESS ? Exit.OK : Exit.FAILED;
                        return false;
                    }
                    printer.progress(Texts.task(t));
                    return true;
                }
                default -> {
                    return ending(event, attempt, last, Task.class);
                }
            }
        }), () -> printer.outcome(List.of((last.value == null ? taskId : Texts.task(last.value)) + ": not ended by the deadline")));
    }

    /**
     * The events both streams end with: {@code timeout} (the last document), {@code error} (a problem); any
     * other event name is one of a newer gateway, passed over.
     */
    private <T> boolean ending(ServerEvent event, Seen attempt, Last<T> last, Class<T> type) {
        switch (event.name()) {
            case "timeout" -> {
                last.value = parse(event, type);
                attempt.timedOut = true;
                return false;
            }
            case "error" -> {
                attempt.error = Failure.ofProblem(problem(event));
                return false;
            }
            default -> {
                return true;
            }
        }
    }

    /** The last document seen, across attempts (for the timeout's line). */
    private static final class Last<T> {
        T value;
    }

    /** What one stream saw, read into a {@link Resumption.Attempt} when it ends. */
    private static final class Seen {
        int events;
        Exit outcome;
        boolean timedOut;
        Failure error;

        Resumption.Attempt attempt() {
            if (outcome != null) {
                return new Resumption.Ended(outcome);
            }
            if (error != null) {
                return new Resumption.Refused(error);
            }
            return timedOut ? new Resumption.GatewayTimeout() : new Resumption.Cut(events);
        }
    }

    private interface Stream {
        void open(Duration left, Seen seen);
    }

    private Exit follow(Instant deadline, Stream stream, Runnable onTimeout) {
        Resumption resumption = new Resumption(retries);
        while (true) {
            Duration left = Duration.between(clock.instant(), deadline);
            if (left.compareTo(Duration.ofMillis(500)) < 0) {
                onTimeout.run();
                return Exit.TIMEOUT;
            }
            Seen seen = new Seen();
            Resumption.Attempt attempt;
            try {
                stream.open(left, seen);
                attempt = seen.attempt();
            } catch (Gateway.CallFailed refused) {
                attempt = new Resumption.Refused(refused.failure);
            }
            Resumption.Next next = resumption.after(attempt, Duration.between(clock.instant(), deadline));
            if (next instanceof Resumption.Done done) {
                return done.exit();
            }
            if (next instanceof Resumption.GiveUp giveUp) {
                throw giveUp.failure();
            }
            Resumption.Again again = (Resumption.Again) next;
            if (again.note() != null) {
                printer.note(again.note());
            }
            Gateway.sleep(again.after());
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

    /** An error event's problem: printed (JSON) only if it ends the command, by the printer's error. */
    private Problem problem(ServerEvent event) {
        try {
            return mapper.readValue(event.data(), Problem.class);
        } catch (IOException e) {
            throw new CommandFailure(Exit.UNAVAILABLE, "the gateway sent an error event that is not a Problem document");
        }
    }
}
