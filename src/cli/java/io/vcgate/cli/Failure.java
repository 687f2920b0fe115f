package io.vcgate.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vcgate.client.ApiException;
import io.vcgate.client.model.Problem;

import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A call that did not answer as hoped, read once: its HTTP status (0 when there was no answer), the problem
 * document the gateway sent, its Retry-After, and whether trying again may help. The one place where an
 * answer of the gateway becomes an exit code ({@link Exit#forStatus}) and a line for the user.
 */
record Failure(int status, Problem problem, Duration retryAfter, String line) {

    static Failure of(ApiException e, ObjectMapper mapper) {
        if (e.getCode() == 0) {
            return new Failure(0, null, null, noAnswer(e));
        }
        Problem problem = null;
        String body = e.getResponseBody();
        if (body != null && !body.isBlank()) {
            try {
                problem = mapper.readValue(body, Problem.class);
            } catch (Exception notAProblem) {
                // a proxy's page, not the gateway's: the status says enough
            }
        }
        Duration retryAfter = e.getResponseHeaders() == null ? null
                : e.getResponseHeaders().firstValue("Retry-After").map(Failure::retryAfter).orElse(null);
        return new Failure(e.getCode(), problem, retryAfter, line(e.getCode(), problem));
    }

    static Failure ofProblem(Problem problem) {
        int status = problem.getStatus() == null ? 502 : problem.getStatus();
        return new Failure(status, problem, null, line(status, problem));
    }

    /**
     * Whether trying again may help: as the gateway's problem says ({@code retryable}: its one table knows,
     * e.g. that an untrusted vCenter certificate will not heal), else by the status alone: 429, 502, 503,
     * 504, or no answer at all.
     */
    boolean retryable() {
        if (problem != null && problem.getRetryable() != null && status != 429) {
            return problem.getRetryable();
        }
        return status == 0 || status == 429 || status == 502 || status == 503 || status == 504;
    }

    Exit exit() {
        return Exit.forStatus(status);
    }

    CommandFailure toCommandFailure() {
        return new CommandFailure(exit(), line, problem);
    }

    private static String line(int status, Problem problem) {
        if (problem == null) {
            return "the gateway answered HTTP " + status;
        }
        StringBuilder s = new StringBuilder().append(status).append(' ');
        s.append(problem.getTitle() == null ? "error" : problem.getTitle());
        if (problem.getDetail() != null) {
            s.append(": ").append(problem.getDetail());
        }
        if (problem.getErrors() != null) {
            problem.getErrors().forEach(f -> s.append(" [").append(f.getField()).append(": ").append(f.getMessage()).append(']'));
        }
        return s.toString().replaceAll("\\p{Cntrl}", " ");
    }

    private static String noAnswer(ApiException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        if (cause instanceof ConnectException) {
            return "the gateway could not be reached (connection refused)";
        }
        if (cause instanceof HttpTimeoutException) {
            return "the gateway did not answer in time";
        }
        if (cause instanceof javax.net.ssl.SSLException) {
            return "TLS with the gateway failed (its certificate is not trusted? --cacert FILE trusts its CA)";
        }
        if (cause instanceof com.fasterxml.jackson.core.JsonProcessingException) {
            return "the gateway's answer is not the JSON its contract promises (is --url a vcgate gateway?)";
        }
        // the class only: an exception's message may quote what was sent or received
        return "no answer from the gateway (" + cause.getClass().getSimpleName() + ")";
    }

    /** Retry-After in seconds or as an HTTP date; null when neither (then the command's own backoff applies). */
    static Duration retryAfter(String value) {
        try {
            long seconds = Long.parseLong(value.trim());
            return seconds < 0 ? null : Duration.ofSeconds(Math.min(seconds, 3600));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration d = Duration.between(java.time.Instant.now(),
                        ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return d.isNegative() ? Duration.ZERO : d;
            } catch (RuntimeException notADate) {
                return null;
            }
        }
    }
}
