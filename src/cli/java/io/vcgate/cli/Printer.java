package io.vcgate.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Where the command's output goes, in one of three forms:
 * <ul>
 *   <li>{@link Mode#LIVE} (a terminal): one status line rewritten in place, with the time elapsed, then the result;</li>
 *   <li>{@link Mode#LOG} (not a terminal: a CI log, a file): one line per change, each with a UTC timestamp;</li>
 *   <li>{@link Mode#JSON} ({@code --output json}): the gateway's own JSON documents, one per line, and nothing else.</li>
 * </ul>
 * Errors and warnings go to stderr as one line ({@code vcgate: error: ...}); with JSON, the gateway's problem
 * document also goes to stdout, so that a script reading stdout sees why.
 */
final class Printer implements AutoCloseable {
    enum Mode { LIVE, LOG, JSON }

    private final Mode mode;
    private final PrintStream out;
    private final PrintStream err;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final Instant started;
    private ScheduledExecutorService ticker;
    private String live;
    private String lastLogged;

    Printer(Mode mode, PrintStream out, PrintStream err, ObjectMapper mapper, Clock clock) {
        this.mode = mode;
        this.out = out;
        this.err = err;
        this.mapper = mapper;
        this.clock = clock;
        this.started = clock.instant();
    }

    Mode mode() {
        return mode;
    }

    /** A document of the gateway's, printed as JSON in JSON mode (and not otherwise). */
    void document(Object document) {
        if (mode == Mode.JSON) {
            out.println(json(document));
            out.flush();
        }
    }

    /** A document the gateway sent as JSON text (an event's data), printed as it came in JSON mode. */
    void documentText(String json) {
        if (mode == Mode.JSON) {
            out.println(json.replace('\n', ' '));
            out.flush();
        }
    }

    /** The state of what is followed, as it is now: the live line, or a log line when it changed. */
    synchronized void progress(String text) {
        switch (mode) {
            case LIVE -> {
                live = text;
                render();
                if (ticker == null) {
                    ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                        Thread t = new Thread(r, "vcgate-progress");
                        t.setDaemon(true);
                        return t;
                    });
                    ticker.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
                }
            }
            case LOG -> {
                if (!text.equals(lastLogged)) {
                    lastLogged = text;
                    out.println(clock.instant().truncatedTo(ChronoUnit.SECONDS) + " " + text);
                    out.flush();
                }
            }
            case JSON -> {
                // the documents say it
            }
        }
    }

    /** A line of a read's answer (text modes), as it is: no timestamp, the live line (if any) finished first. */
    synchronized void result(String text) {
        if (mode == Mode.JSON) {
            return;
        }
        endLive();
        out.println(text);
        out.flush();
    }

    /**
     * How what was followed ended: its last state (a change like the others: timestamped in a log), then the
     * lines that explain it.
     */
    synchronized void outcome(java.util.List<String> lines) {
        if (mode == Mode.JSON || lines.isEmpty()) {
            return;
        }
        endLive();
        out.println(mode == Mode.LOG ? clock.instant().truncatedTo(ChronoUnit.SECONDS) + " " + lines.get(0) : lines.get(0));
        lines.subList(1, lines.size()).forEach(out::println);
        out.flush();
    }

    /** Something the user should know that does not end the command (a resumed stream, a retry). */
    synchronized void note(String text) {
        if (mode == Mode.JSON) {
            err.println("vcgate: " + text);
            err.flush();
        } else if (mode == Mode.LOG) {
            out.println(clock.instant().truncatedTo(ChronoUnit.SECONDS) + " " + text);
            out.flush();
        } else {
            String keep = live;
            endLive();
            out.println(text);
            live = keep;
            render();
        }
    }

    /** --verbose: a request or an answer status, on stderr. */
    synchronized void verbose(String text) {
        err.println("vcgate: " + text);
        err.flush();
    }

    synchronized void warn(String text) {
        endLive();
        err.println("vcgate: warning: " + text);
        err.flush();
    }

    synchronized void error(CommandFailure failure) {
        endLive();
        if (mode == Mode.JSON && failure.problem != null) {
            out.println(json(failure.problem));
            out.flush();
        }
        err.println("vcgate: error: " + failure.getMessage());
        err.flush();
    }

    @Override
    public synchronized void close() {
        endLive();
        if (ticker != null) {
            ticker.shutdownNow();
        }
    }

    private synchronized void tick() {
        if (live != null) {
            render();
        }
    }

    private void render() {
        if (mode == Mode.LIVE && live != null) {
            out.print("\r\033[K" + live + "  " + Durations.clock(Duration.between(started, clock.instant())));
            out.flush();
        }
    }

    private void endLive() {
        if (mode == Mode.LIVE && live != null) {
            out.print("\r\033[K");
            out.flush();
            live = null;
        }
    }

    private String json(Object document) {
        try {
            return mapper.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a document of the contract could not be written as JSON", e);
        }
    }
}
