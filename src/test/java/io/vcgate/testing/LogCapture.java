package io.vcgate.testing;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;

/**
 * The formatted lines one log category writes while a test runs (the gateway runs in the test's JVM):
 * {@code try (LogCapture audit = LogCapture.of("vcgate.audit")) { ...; audit.lines() }}.
 */
public final class LogCapture implements AutoCloseable {

    private final Logger logger;
    private final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
            lines.add(record.getLevel() + " " + record.getLoggerName() + " " + message
                    + (record.getThrown() == null ? "" : " " + record.getThrown()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LogCapture(String category) {
        this.logger = Logger.getLogger(category);
        logger.addHandler(handler);
    }

    public static LogCapture of(String category) {
        return new LogCapture(category);
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
    }
}
