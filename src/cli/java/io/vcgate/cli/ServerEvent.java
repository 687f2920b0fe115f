package io.vcgate.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;

/**
 * One server-sent event ({@code text/event-stream}): its {@code id:}, {@code event:} name and {@code data:}
 * (several data lines joined by a newline). Comment lines ({@code : heartbeat}) are skipped.
 */
record ServerEvent(String id, String name, String data) {

    /**
     * Reads events from a stream and hands each to {@code handler} until the handler answers false (the
     * watch has ended) or the stream ends. Answers true when the handler ended it, false when the stream
     * ended first (a proxy cut it, or the gateway went away). An I/O failure is thrown.
     */
    static boolean read(InputStream in, Predicate<ServerEvent> handler) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String id = null;
        String name = null;
        StringBuilder data = null;
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isEmpty()) {
                if (data != null) {
                    if (!handler.test(new ServerEvent(id, name == null ? "message" : name, data.toString()))) {
                        return true;
                    }
                }
                id = null;
                name = null;
                data = null;
            } else if (line.startsWith(":")) {
                continue;
            } else {
                int colon = line.indexOf(':');
                String field = colon < 0 ? line : line.substring(0, colon);
                String value = colon < 0 ? "" : line.substring(colon + 1);
                if (value.startsWith(" ")) {
                    value = value.substring(1);
                }
                switch (field) {
                    case "id" -> id = value;
                    case "event" -> name = value;
                    case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                    default -> {
                        // retry: and unknown fields are ignored, as the SSE specification says
                    }
                }
            }
        }
        return false;
    }
}
