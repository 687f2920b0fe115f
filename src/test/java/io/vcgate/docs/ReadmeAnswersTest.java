package io.vcgate.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The README's documented answers cannot drift: every request shown in its "Try it" and "Use vcgate with
 * vCenter's own APIs" sections (from each heading to the next top-level section) is sent, in the README's order, to a gateway set up as
 * {@code ./mvnw quarkus:dev} is (the dev profile: the default simulated vCenter and {@code lab}), and each
 * answer is compared with the one shown: the status line and headers shown, and the JSON document's fields
 * (names, order and values), ids and times aside. A Task id shown stands for the id the gateway gave at
 * that point (task-1001 may be another number here), and so does a session id of vCenter's dialects (vcg1.…); a
 * UserSession's client facts (address, user agent) and key are the client's, not compared. A Task shown while still queued or running may have
 * moved on by the time it is read; event streams are compared by their event names and their last event.
 */
@QuarkusTest
@TestProfile(ReadmeAnswersTest.AsInDevMode.class)
class ReadmeAnswersTest {

    /** The dev profile, as {@code ./mvnw quarkus:dev} runs, on the tests' ports. */
    public static class AsInDevMode implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "dev";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("vcgate.simulator.port", System.getProperty("vcgate.simulator.port", "8091"));
        }
    }

    static final Path README = Path.of("README.md");
    static final Set<String> TIMES = Set.of("startTime", "endTime", "queuedAt", "startedAt", "completedAt", "createdTime", "time",
            "queueTime", "completeTime", "loginTime", "lastActiveTime");
    /** What a VI/JSON UserSession says of the client that logged in (curl in the README, the JDK's client here) and its digest key. */
    static final Set<String> USER_SESSION_CLIENT = Set.of("key", "ipAddress", "userAgent");
    /** The ids a README example stands for: Task ids, and vcgate's session ids on vCenter's own dialects. */
    static final Pattern TASK_ID = Pattern.compile("task-\\d+|vcg1\\.[A-Za-z0-9_-]+");
    /** The sections whose requests are sent: from each heading to the next top-level section. */
    static final List<String> SECTIONS = List.of("\n## Try it\n", "\n## Use vcgate with vCenter's own APIs\n");
    static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "quarkus.http.test-port")
    int gatewayPort;

    @ConfigProperty(name = "vcgate.simulator.port")
    int simulatorPort;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** The README's Task ids and the ones the gateway gave instead. */
    final Map<String, String> tasks = new HashMap<>();

    /** One documented request: the command as written and the answer shown under it. */
    record Example(String command, List<String> shown) {
    }

    @Test
    void everyDocumentedRequestAnswersAsTheReadmeShows() throws Exception {
        List<Example> examples = examples(Files.readString(README, StandardCharsets.UTF_8));
        assertTrue(examples.size() >= 15, "the README's Try it section shows its requests: " + examples.size());
        for (Example example : examples) {
            try {
                check(example);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("README: $ " + example.command() + "\n" + e.getMessage(), e);
            }
        }
    }

    /** The {@code $ curl ...} commands of the shell blocks of {@link #SECTIONS}, with the lines shown under each. */
    static List<Example> examples(String readme) {
        List<Example> examples = new ArrayList<>();
        for (String heading : SECTIONS) {
            int start = readme.indexOf(heading);
            assertTrue(start >= 0, "the README has a section " + heading.trim());
            int end = readme.indexOf("\n## ", start + 1);
            examples.addAll(examplesOf(readme.substring(start, end < 0 ? readme.length() : end)));
        }
        return examples;
    }

    /** The examples of one section, in order. */
    static List<Example> examplesOf(String section) {
        List<Example> examples = new ArrayList<>();
        Matcher blocks = Pattern.compile("```shell\\n(.*?)```", Pattern.DOTALL).matcher(section);
        while (blocks.find()) {
            String command = null;
            List<String> shown = new ArrayList<>();
            Iterator<String> lines = blocks.group(1).lines().iterator();
            while (lines.hasNext()) {
                String line = lines.next();
                if (line.startsWith("$ ")) {
                    if (command != null) {
                        examples.add(new Example(command, trim(shown)));
                    }
                    StringBuilder joined = new StringBuilder(line.substring(2));
                    while (joined.toString().endsWith("\\") && lines.hasNext()) {
                        joined.setLength(joined.length() - 1);
                        joined.append(' ').append(lines.next().trim());
                    }
                    command = joined.toString();
                    shown = new ArrayList<>();
                } else if (command != null) {
                    shown.add(line);
                }
            }
            if (command != null) {
                examples.add(new Example(command, trim(shown)));
            }
        }
        return examples;
    }

    static List<String> trim(List<String> lines) {
        List<String> trimmed = new ArrayList<>(lines);
        while (!trimmed.isEmpty() && trimmed.get(trimmed.size() - 1).isBlank()) {
            trimmed.remove(trimmed.size() - 1);
        }
        return trimmed;
    }

    void check(Example example) throws IOException, InterruptedException {
        Curl curl = Curl.parse(example.command());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(curl.url()))).timeout(Duration.ofSeconds(60));
        curl.headers().forEach((name, value) -> request.header(name, mapped(value)));
        if (curl.user() != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(curl.user().getBytes(StandardCharsets.UTF_8)));
        }
        request.method(curl.method(), curl.data() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(curl.data()));
        List<String> shown = example.shown();
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        // a finished Task shown for a read made "a moment later": read again until it has finished
        for (int i = 0; i < 300 && curl.method().equals("GET") && finished(shown) && !finished(List.of(answer.body())); i++) {
            Thread.sleep(100);
            answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        assertFalse(shown.isEmpty(), "the README shows the answer");
        int body = 0;
        if (curl.include()) {
            Matcher status = Pattern.compile("HTTP/1\\.1 (\\d{3}) .*").matcher(shown.get(0));
            assertTrue(status.matches(), "a status line: " + shown.get(0));
            assertEquals(Integer.parseInt(status.group(1)), answer.statusCode(), answer.body());
            body = 1;
            for (; body < shown.size() && !shown.get(body).isBlank(); body++) {
                String header = shown.get(body);
                int colon = header.indexOf(':');
                String name = header.substring(0, colon);
                String value = header.substring(colon + 1).trim();
                String sent = answer.headers().firstValue(name).orElse(null);
                if (sent != null) {
                    learnTasks(sent, value);
                }
                assertEquals(mapped(value), sent, "header " + name);
            }
            body++;
        } else {
            assertTrue(answer.statusCode() < 500, "answered " + answer.statusCode() + ": " + answer.body());
        }
        List<String> shownBody = shown.subList(Math.min(body, shown.size()), shown.size());
        if (!shownBody.isEmpty() && shownBody.get(0).startsWith("id:")) {
            events(shownBody, answer.body());
        } else {
            same(JSON.readTree(String.join("\n", shownBody)), JSON.readTree(answer.body()), "$");
        }
    }

    /** Whether the lines are one JSON Task that has finished. */
    static boolean finished(List<String> lines) {
        if (lines.size() != 1 || !lines.get(0).startsWith("{")) {
            return false;
        }
        try {
            JsonNode task = JSON.readTree(lines.get(0));
            return task.has("progress") && Set.of("SUCCESS", "ERROR", "success", "error").contains(task.path("state").asText());
        } catch (IOException e) {
            return false;
        }
    }

    /** Server-sent events: every event name shown was sent, and the last event is the one shown last. */
    void events(List<String> shown, String sent) throws IOException {
        List<String[]> expected = parseEvents(String.join("\n", shown));
        List<String[]> actual = parseEvents(sent);
        assertFalse(actual.isEmpty(), "events were sent: " + sent);
        Set<String> names = new LinkedHashSet<>();
        actual.forEach(event -> names.add(event[0]));
        for (String[] event : expected) {
            assertTrue(names.contains(event[0]), "an event " + event[0] + " among " + names);
        }
        String[] last = expected.get(expected.size() - 1);
        String[] lastSent = actual.get(actual.size() - 1);
        assertEquals(last[0], lastSent[0], "the last event");
        same(JSON.readTree(last[1]), JSON.readTree(lastSent[1]), "last event");
    }

    static List<String[]> parseEvents(String stream) {
        List<String[]> events = new ArrayList<>();
        String name = null;
        for (String line : stream.split("\n")) {
            if (line.startsWith("event:")) {
                name = line.substring(6).trim();
            } else if (line.startsWith("data:")) {
                events.add(new String[] { name, line.substring(5) });
            }
        }
        return events;
    }

    /** The JSON shown and the JSON answered: the same fields in the same order, with the same values, ids and times aside. */
    void same(JsonNode shown, JsonNode answered, String where) {
        if (shown.isObject()) {
            assertTrue(answered.isObject(), where + ": an object, not " + answered);
            boolean moving = shown.has("state") && shown.has("progress")
                    && Set.of("QUEUED", "RUNNING").contains(shown.get("state").asText());
            List<String> shownNames = names(shown, moving);
            assertEquals(shownNames, names(answered, moving), where + ": its fields, in order");
            for (String name : shownNames) {
                String at = where + "." + name;
                if (name.equals("requestId") || TIMES.contains(name) || name.equals("progress")) {
                    continue;
                }
                if (USER_SESSION_CLIENT.contains(name) && "UserSession".equals(shown.path("_typeName").asText())) {
                    continue;
                }
                if (moving && name.equals("state")) {
                    assertTrue(Set.of("QUEUED", "RUNNING", "SUCCESS").contains(answered.get(name).asText()), at + ": " + answered.get(name));
                    continue;
                }
                same(shown.get(name), answered.get(name), at);
            }
        } else if (shown.isArray()) {
            assertTrue(answered.isArray(), where + ": an array, not " + answered);
            assertEquals(shown.size(), answered.size(), where + ": its length");
            for (int i = 0; i < shown.size(); i++) {
                same(shown.get(i), answered.get(i), where + "[" + i + "]");
            }
        } else if (shown.isTextual() && answered.isTextual()) {
            learnTasks(answered.asText(), shown.asText());
            assertEquals(mapped(shown.asText()), answered.asText(), where);
        } else {
            assertEquals(shown, answered, where);
        }
    }

    /** Field names; of a Task still moving, without those its moving adds (started, completed). */
    static List<String> names(JsonNode object, boolean moving) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(name -> {
            if (!moving || !(name.equals("startedAt") || name.equals("completedAt"))) {
                names.add(name);
            }
        });
        return names;
    }

    /** {@code text} with the README's Task ids replaced by those the gateway gave. */
    String mapped(String text) {
        Matcher ids = TASK_ID.matcher(text);
        StringBuilder out = new StringBuilder();
        while (ids.find()) {
            ids.appendReplacement(out, tasks.getOrDefault(ids.group(), ids.group()));
        }
        ids.appendTail(out);
        return out.toString();
    }

    /** Learns which answered Task id a README Task id stands for, where {@code shown} names one not seen yet. */
    void learnTasks(String answered, String shown) {
        Matcher shownIds = TASK_ID.matcher(shown);
        Matcher answeredIds = TASK_ID.matcher(answered);
        while (shownIds.find() && answeredIds.find()) {
            tasks.putIfAbsent(shownIds.group(), answeredIds.group());
        }
    }

    /** The README's host and port (dev mode: the gateway on 8080, the simulator on 8090) as the test's. */
    String url(String written) {
        String url = written.startsWith("http") ? written : "http://" + written;
        url = url.replace("//localhost:8080/", "//localhost:" + gatewayPort + "/").replace("//localhost:8090/", "//localhost:" + simulatorPort + "/");
        if (!url.contains("//localhost:" + gatewayPort + "/") && !url.contains("//localhost:" + simulatorPort + "/")) {
            fail("a documented request to neither the gateway nor the simulator: " + written);
        }
        return mapped(url);
    }

    /** The curl options the README uses. */
    record Curl(String method, String url, String user, Map<String, String> headers, String data, boolean include) {

        static Curl parse(String command) {
            List<String> words = words(command);
            assertEquals("curl", words.get(0), command);
            String method = null;
            String url = null;
            String user = null;
            String data = null;
            boolean include = false;
            Map<String, String> headers = new java.util.LinkedHashMap<>();
            for (int i = 1; i < words.size(); i++) {
                String word = words.get(i);
                switch (word) {
                    case "-u" -> user = words.get(++i);
                    case "-H" -> {
                        String header = words.get(++i);
                        headers.put(header.substring(0, header.indexOf(':')).trim(), header.substring(header.indexOf(':') + 1).trim());
                    }
                    case "-d" -> data = words.get(++i);
                    case "-X" -> method = words.get(++i);
                    default -> {
                        if (word.startsWith("-")) {
                            assertTrue(word.matches("-[siN]+"), "an option the test knows: " + word);
                            include |= word.contains("i");
                        } else {
                            url = word;
                        }
                    }
                }
            }
            return new Curl(method != null ? method : data != null ? "POST" : "GET", url, user, headers, data, include);
        }

        /** Shell words: blanks split, single and double quotes group (the README uses no escapes inside them). */
        static List<String> words(String command) {
            List<String> words = new ArrayList<>();
            StringBuilder word = null;
            char quote = 0;
            for (char c : command.toCharArray()) {
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    } else {
                        word.append(c);
                    }
                } else if (c == '\'' || c == '"') {
                    quote = c;
                    word = word == null ? new StringBuilder() : word;
                } else if (Character.isWhitespace(c)) {
                    if (word != null) {
                        words.add(word.toString());
                        word = null;
                    }
                } else {
                    word = word == null ? new StringBuilder() : word;
                    word.append(c);
                }
            }
            if (word != null) {
                words.add(word.toString());
            }
            return words;
        }
    }
}
