package io.vcgate.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.awaitility.Awaitility;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A server-sent events client over real HTTP, for the watch tests: it opens a stream, reads its events
 * as they come (each with the instant it arrived), and can be closed from the test as a client that
 * disconnects. Comment lines (heartbeats) are counted apart.
 */
public final class EventStream implements AutoCloseable {

    /** One event: its id, name, data and when it arrived. */
    public record Event(String id, String name, String data, Instant arrived) {
        public JsonNode json() {
            try {
                return JSON.readTree(data);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The data read strictly as a contract model: an unknown field or enum value fails. */
        public <T> T as(Class<T> model) {
            try {
                return STRICT.readValue(data, model);
            } catch (IOException e) {
                throw new AssertionError("event data is not a valid " + model.getSimpleName() + ": " + data, e);
            }
        }
    }

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    static final ObjectMapper STRICT = new ObjectMapper().findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final List<String> comments = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Integer> status = new CompletableFuture<>();
    private final CompletableFuture<String> contentType = new CompletableFuture<>();
    private final CompletableFuture<Void> ended = new CompletableFuture<>();
    private volatile Stream<String> lines;
    private volatile String text;

    private EventStream() {
    }

    /** Opens {@code path} on the test application as {@code user} (password VMware1!). */
    public static EventStream open(int port, String path, String user) {
        EventStream stream = new EventStream();
        String auth = Base64.getEncoder().encodeToString((user + ":" + Contract.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + auth).header("Accept", "text/event-stream").GET().build();
        HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).whenComplete((response, failure) -> {
            if (failure != null) {
                stream.status.completeExceptionally(failure);
                stream.ended.complete(null);
                return;
            }
            stream.contentType.complete(response.headers().firstValue("Content-Type").orElse(""));
            stream.status.complete(response.statusCode());
            stream.lines = response.body();
            Thread reader = new Thread(() -> stream.read(response.body()), "event-stream-reader");
            reader.setDaemon(true);
            reader.start();
        });
        return stream;
    }

    private void read(Stream<String> body) {
        StringBuilder all = new StringBuilder();
        try {
            String id = null;
            String name = null;
            StringBuilder data = new StringBuilder();
            for (String line : (Iterable<String>) body::iterator) {
                all.append(line).append('\n');
                if (line.isEmpty()) {
                    if (name != null || data.length() > 0) {
                        events.add(new Event(id, name == null ? "message" : name, data.toString(), Instant.now()));
                    }
                    id = null;
                    name = null;
                    data.setLength(0);
                } else if (line.startsWith(":")) {
                    comments.add(line.substring(1).trim());
                } else {
                    int colon = line.indexOf(':');
                    String field = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
                    switch (field) {
                        case "id" -> id = value;
                        case "event" -> name = value;
                        case "data" -> data.append(data.length() > 0 ? "\n" : "").append(value);
                        default -> { }
                    }
                }
            }
        } catch (RuntimeException closed) {
            // the test closed the stream
        } finally {
            text = all.toString();
            ended.complete(null);
        }
    }

    public int status() {
        return status.join();
    }

    public String contentType() {
        return contentType.join();
    }

    public List<Event> events() {
        return new ArrayList<>(events);
    }

    public List<String> comments() {
        return new ArrayList<>(comments);
    }

    /** The body as read so far once it ended (a problem document when the stream was refused). */
    public String body() {
        return text;
    }

    public boolean ended() {
        return ended.isDone();
    }

    /** Waits until {@code n} events have arrived. */
    public EventStream awaitEvents(int n, Duration atMost) {
        Awaitility.await().atMost(atMost).pollInterval(Duration.ofMillis(20)).until(() -> events.size() >= n);
        return this;
    }

    /** Waits until the server ended the stream. */
    public EventStream awaitEnd(Duration atMost) {
        Awaitility.await().atMost(atMost).pollInterval(Duration.ofMillis(20)).until(ended::isDone);
        return this;
    }

    /** Disconnects, as a client that goes away. */
    @Override
    public void close() {
        Stream<String> current = lines;
        if (current != null) {
            current.close();
        }
    }
}
