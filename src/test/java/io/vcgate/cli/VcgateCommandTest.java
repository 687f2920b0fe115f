package io.vcgate.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vcgate.simulator.SimulatedVcenters;
import io.vcgate.simulator.SimulatorLedger;
import io.vcgate.simulator.VcenterApi;
import io.vcgate.testing.SimulatorHttp;

/**
 * The vcgate command against the running gateway and its simulated vCenter, over real HTTP, as a process
 * of its own: one test per exit code, a wait through a cut stream and through 429/503 with Retry-After
 * (WireMock in front of the gateway), both output forms, and no secret in any output.
 */
@QuarkusTest
class VcgateCommandTest {
    static final String USER = "automation@vsphere.local";
    static final String PASSWORD = "VMware1!";
    static final String GUEST_PASSWORD = "guest-pass";
    static final Pattern TIMESTAMPED = Pattern.compile("(?m)^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z ");

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Inject
    SimulatedVcenters simulated;

    WireMockServer proxy;

    final List<CommandProcess.Running> started = new java.util.ArrayList<>();

    @AfterEach
    void stopProxyAndCommands() {
        if (proxy != null) {
            proxy.stop();
        }
        // a test that failed half-way leaves no command following for the next test
        started.forEach(r -> r.process.destroyForcibly());
    }

    CommandProcess.Running start(Map<String, String> env, String... args) {
        CommandProcess.Running running = CommandProcess.start(env, args);
        started.add(running);
        return running;
    }

    String gateway() {
        return "http://localhost:" + port;
    }

    Map<String, String> env() {
        return env(gateway());
    }

    Map<String, String> env(String url) {
        Map<String, String> env = new HashMap<>();
        env.put("VCGATE_URL", url);
        env.put("VCGATE_USER", USER);
        env.put("VCGATE_PASSWORD", PASSWORD);
        return env;
    }

    /** The caller's environment with the guest credentials an abort needs. */
    Map<String, String> envWithGuest() {
        return withGuest(env());
    }

    static Map<String, String> withGuest(Map<String, String> env) {
        env.put("VCGATE_GUEST_USER", "root");
        env.put("VCGATE_GUEST_PASSWORD", GUEST_PASSWORD);
        return env;
    }

    SimulatorLedger ledger() {
        return simulated.get(SimulatedVcenters.DEFAULT).ledger();
    }

    long soapCalls(String operation, String target) {
        return ledger().calls(VcenterApi.SOAP).stream()
                .filter(c -> c.operation().equals(operation) && target.equals(c.target())).count();
    }

    /** A WireMock server in front of the gateway: what it does not stub, it passes to the gateway. */
    WireMockServer proxy() {
        proxy = new WireMockServer(options().dynamicPort());
        proxy.start();
        proxy.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().proxiedFrom(gateway())));
        return proxy;
    }

    void startRun(String vm, String outcome) {
        SimulatorHttp.given().contentType("application/json").body("{\"outcome\":\"" + outcome + "\"}")
                .post("/simulator/vms/" + vm + "/customization").then().statusCode(200);
    }

    /**
     * The run every reset starts on vm-110 and vm-111 has ended, so that --since-now waits for the test's own
     * run (it counts a run in progress).
     */
    void awaitResetRunEnded(String vm) {
        await().atMost(Duration.ofMinutes(2)).until(() -> RestAssured.given().port(port).auth().preemptive().basic(USER, PASSWORD)
                .get("/v1/vms/" + vm + "/guest/customization").jsonPath().getString("endTime") != null);
    }

    /** The command has begun following: its vCenter filter is open. */
    void awaitFollowing() {
        await().atMost(Duration.ofMinutes(2)).until(() -> SimulatorHttp.given().get("/simulator/filters")
                .jsonPath().getInt("open") > 0);
    }

    // ---- exit 0

    @Test
    void helpListsEveryExitCodeWithoutAGateway() {
        CommandProcess.Result r = CommandProcess.run(Map.of(), "--help");
        assertEquals(0, r.exit(), r.all());
        for (String code : List.of("0", "1", "2", "3", "4", "5", "6")) {
            assertTrue(r.out().contains("\n  " + code + "  "), "exit code " + code + " in --help:\n" + r.out());
        }
        for (String sub : List.of("status", "wait", "abort", "task", "vcenters")) {
            assertTrue(r.out().contains("  " + sub + " "), sub + " in --help");
        }
    }

    @Test
    void aSucceededCustomizationReadsAs0AndItsDocumentAsJson() {
        CommandProcess.Result text = CommandProcess.run(env(), "status", "vm-103");
        assertEquals(0, text.exit(), text.all());
        assertTrue(text.out().startsWith("vm-103 SUCCEEDED started "), text.out());

        CommandProcess.Result json = CommandProcess.run(env(), "status", "vm-103", "--output", "json");
        assertEquals(0, json.exit(), json.all());
        JsonNode doc = json(json.out().strip());
        assertEquals("SUCCEEDED", doc.get("status").asText());
        assertEquals("vm-103", doc.get("vm").asText());
        assertEquals(1, json.out().strip().lines().count(), "one document, one line");
    }

    @Test
    void waitForARunThatSucceedsExits0WithOneTimestampedLinePerChange() {
        awaitResetRunEnded("vm-110");
        CommandProcess.Running wait = start(env(), "wait", "vm-110", "--since-now", "--timeout", "5m");
        awaitFollowing();
        startRun("vm-110", "SUCCEEDED");
        CommandProcess.Result r = wait.finish();
        assertEquals(0, r.exit(), r.all());
        assertTrue(r.out().contains(" vm-110 SUCCEEDED started "), r.out());
        r.out().lines().forEach(line -> assertTrue(TIMESTAMPED.matcher(line).find(), "not a terminal: each line timestamped: " + line));
        assertFalse(r.out().contains("\r"), "no live line in a log");
    }

    @Test
    void namedVcentersAndTheirList() {
        CommandProcess.Result list = CommandProcess.run(env(), "vcenters");
        assertEquals(0, list.exit(), list.all());
        assertTrue(list.out().contains("\ndefault ") && list.out().contains("\nlegacy "), list.out());
        CommandProcess.Result legacy = CommandProcess.run(env(), "status", "vm-103", "--vcenter", "legacy");
        assertEquals(0, legacy.exit(), legacy.all());
        assertTrue(legacy.out().startsWith("vm-103 SUCCEEDED"), legacy.out());
        CommandProcess.Result json = CommandProcess.run(env(), "--vcenter", "legacy", "-o", "json", "status", "vm-103");
        assertEquals(0, json.exit(), json.all());
        assertEquals("GUEST_CUSTOMIZATION_INFO", json(json.out().strip()).get("source").asText(),
                "a 7.0.3 vCenter answers from vim25; options before the subcommand count too");
    }

    @Test
    void anAbortIsSentOnceAndItsTaskFollowed() {
        Map<String, String> env = envWithGuest();
        CommandProcess.Result r = CommandProcess.run(env, "abort", "vm-100", "--wait", "60s");
        assertEquals(0, r.exit(), r.all());
        assertTrue(Pattern.compile(" task-\\d+ SUCCESS").matcher(r.out()).find(), r.out());
        assertEquals(1, soapCalls("AbortCustomization_Task", "vm-100"), "one AbortCustomization_Task");

        CommandProcess.Result started = CommandProcess.run(env, "abort", "vm-103");
        assertEquals(0, started.exit(), started.all());
        Matcher task = Pattern.compile("abort started: (task-\\d+)").matcher(started.out());
        assertTrue(task.find(), started.out());
        CommandProcess.Result followed = CommandProcess.run(env(), "task", task.group(1), "--wait", "60s");
        assertEquals(0, followed.exit(), followed.all());
        assertTrue(followed.out().contains(task.group(1) + " SUCCESS"), followed.out());
    }

    // ---- exit 1

    @Test
    void waitSinceNowForAFailingRunExits1WithItsEventAndGuestLog() {
        awaitResetRunEnded("vm-111");
        CommandProcess.Running wait = start(env(), "wait", "vm-111", "--since-now");
        awaitFollowing();
        startRun("vm-111", "FAILED");
        CommandProcess.Result r = wait.finish();
        assertEquals(1, r.exit(), r.all());
        assertTrue(r.out().contains(" vm-111 FAILED started "), r.out());
        assertTrue(r.out().contains("  event: CustomizationNetworkSetupFailed"), r.out());
        assertTrue(r.out().contains("  guest log: /var/log/vmware-imc/toolsDeployPkg.log"), r.out());
    }

    @Test
    void waitSinceNowCountsTheRunInProgress() {
        // vm-100's run is in progress: --since-now follows it, so its end (here an abort) ends the wait
        CommandProcess.Running wait = start(env(), "wait", "vm-100", "--since-now", "-o", "json");
        awaitFollowing();
        Map<String, String> env = envWithGuest();
        assertEquals(0, CommandProcess.run(env, "abort", "vm-100", "--wait", "60s").exit());
        CommandProcess.Result r = wait.finish();
        assertEquals(1, r.exit(), r.all());
        List<String> docs = r.out().strip().lines().toList();
        JsonNode last = json(docs.get(docs.size() - 1));
        assertEquals("FAILED", last.get("status").asText());
        assertTrue(last.get("ended").asBoolean());
        docs.forEach(line -> json(line)); // every line a document
    }

    @Test
    void aRefusedAbortAndAFailedCustomizationExit1() {
        Map<String, String> env = envWithGuest();
        CommandProcess.Result refused = CommandProcess.run(env, "abort", "vm-101");
        assertEquals(1, refused.exit(), refused.all());
        assertTrue(refused.err().contains("409"), refused.err());
        assertTrue(refused.err().startsWith("vcgate: error: "), refused.err());
        CommandProcess.Result failed = CommandProcess.run(env(), "status", "vm-104");
        assertEquals(1, failed.exit(), failed.all());
    }

    // ---- exit 2

    @Test
    void aWaitThatRunsOutExits2() {
        CommandProcess.Result r = CommandProcess.run(env(), "wait", "vm-100", "--timeout", "10s");
        assertEquals(2, r.exit(), r.all());
        assertTrue(r.out().contains("not ended by the deadline"), r.out());
    }

    // ---- exit 3

    @Test
    void usageErrorsExit3WithOneLineAndSendNothing() {
        WireMockServer nothing = proxy();
        Map<String, String> env = env(nothing.baseUrl());
        Map<String, String> noPassword = new HashMap<>(env);
        noPassword.remove("VCGATE_PASSWORD");
        List<List<String>> bad = List.of(
                List.of("frobnicate", "vm-100"),
                List.of("wait", "vm-100", "--timeout", "10x"),
                List.of("wait", "vm-100", "--timeout", "0s"),
                List.of("wait", "vm-100", "--since", "yesterday"),
                List.of("wait", "vm-100", "--since", "2026-11-29T10:15:00Z", "--since-now"),
                List.of("status", "vm/../100"),
                List.of("status", "vm-100", "--output", "yaml"),
                List.of("status", "vm-100", "--vcenter", "lab.example.com"),
                List.of("status", "vm-100", "--url", "ftp://gateway"),
                List.of("abort", "vm-100"),
                List.of("status"));
        for (List<String> args : bad) {
            CommandProcess.Result r = CommandProcess.run(env, args.toArray(String[]::new));
            assertEquals(3, r.exit(), args + ": " + r.all());
            assertTrue(r.err().startsWith("vcgate: error: "), args + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), args + ": one line: " + r.err());
        }
        CommandProcess.Result r = CommandProcess.run(noPassword, "status", "vm-100");
        assertEquals(3, r.exit(), r.all());
        assertTrue(r.err().contains("VCGATE_PASSWORD"), r.err());
        Map<String, String> noGateway = new HashMap<>(env);
        noGateway.remove("VCGATE_URL");
        CommandProcess.Result nowhere = CommandProcess.run(noGateway, "status", "vm-100");
        assertEquals(3, nowhere.exit(), nowhere.all());
        assertTrue(nowhere.err().contains("VCGATE_URL"), nowhere.err());
        assertEquals(0, nothing.getAllServeEvents().size(), "nothing was sent");
    }

    // ---- exit 4

    @Test
    void refusedCredentialsExit4() {
        Map<String, String> env = env();
        env.put("VCGATE_PASSWORD", "not-the-password");
        CommandProcess.Result r = CommandProcess.run(env, "status", "vm-103");
        assertEquals(4, r.exit(), r.all());
        assertTrue(r.err().contains("401"), r.err());
    }

    // ---- exit 5

    @Test
    void anUnreachableGatewayExits5AfterItsRetries() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        CommandProcess.Result r = CommandProcess.run(env("http://127.0.0.1:" + closed), "status", "vm-103", "--retries", "1");
        assertEquals(5, r.exit(), r.all());
        assertTrue(r.err().contains("could not be reached"), r.err());
        assertTrue(r.all().contains("trying again in 1 s"), "one retry: " + r.all());
    }

    @Test
    void anAbortRefusedFor503IsNeverSentAgainAndExits5() {
        WireMockServer front = proxy();
        front.stubFor(post(urlPathMatching("/v1/vms/.*/abort")).atPriority(1).willReturn(aResponse().withStatus(503)
                .withHeader("Retry-After", "1").withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"https://vcgate.dev/problems/unavailable\",\"title\":\"vCenter is unavailable\",\"status\":503,\"retryable\":true}")));
        CommandProcess.Result r = CommandProcess.run(withGuest(env(front.baseUrl())), "abort", "vm-100", "--wait", "30s");
        assertEquals(5, r.exit(), r.all());
        assertTrue(r.err().contains("the abort was not started; the command never sends it again"), r.err());
        front.verify(1, postRequestedFor(urlPathEqualTo("/v1/vms/vm-100/guest/customization/abort")));
    }

    // ---- exit 6

    @Test
    void anUnknownVmTaskOrVcenterExits6() {
        assertEquals(6, CommandProcess.run(env(), "status", "vm-999").exit());
        assertEquals(6, CommandProcess.run(env(), "task", "task-99999").exit());
        CommandProcess.Result vc = CommandProcess.run(env(), "status", "vm-103", "--vcenter", "nowhere");
        assertEquals(6, vc.exit(), vc.all());
    }

    // ---- resilience of wait

    @Test
    void waitHonoursRetryAfterOn429And503ThenFollowsOn() {
        WireMockServer front = proxy();
        String events = "/v1/vms/vm-103/guest/customization/events";
        front.stubFor(get(urlPathEqualTo(events)).inScenario("busy").whenScenarioStateIs(Scenario.STARTED).atPriority(1)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1").withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"title\":\"Too many requests\",\"status\":429}"))
                .willSetStateTo("unavailable"));
        front.stubFor(get(urlPathEqualTo(events)).inScenario("busy").whenScenarioStateIs("unavailable").atPriority(1)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "2").withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"title\":\"vCenter is unavailable\",\"status\":503,\"retryable\":true}"))
                .willSetStateTo("back"));
        CommandProcess.Result r = CommandProcess.run(env(front.baseUrl()), "wait", "vm-103");
        assertEquals(0, r.exit(), r.all());
        assertTrue(r.out().contains("429 Too many requests; trying again in 1 s"), r.out());
        assertTrue(r.out().contains("503 vCenter is unavailable; trying again in 2 s"), r.out());
        List<LoggedRequest> tries = front.findAll(getRequestedFor(urlPathEqualTo(events)));
        assertEquals(3, tries.size(), "429, 503, then followed");
    }

    @Test
    void aCutStreamIsFollowedAgainWithTheSameSince() {
        WireMockServer front = proxy();
        String events = "/v1/vms/vm-103/guest/customization/events";
        // a proxy that ends the first stream after one event, before the end
        front.stubFor(get(urlPathEqualTo(events)).inScenario("cut").whenScenarioStateIs(Scenario.STARTED).atPriority(1)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream")
                        .withBody("id:1\nevent:status\ndata:{\"vm\":\"vm-103\",\"status\":\"RUNNING\",\"source\":\"CUSTOMIZATION_LIVE\",\"ended\":false}\n\n: heartbeat\n\n"))
                .willSetStateTo("through"));
        CommandProcess.Result r = CommandProcess.run(env(front.baseUrl()), "wait", "vm-103", "--since", "2026-11-01T00:00:00Z");
        assertEquals(0, r.exit(), r.all());
        assertTrue(r.out().contains("vm-103 RUNNING"), "the cut stream's event was shown: " + r.out());
        assertTrue(r.out().contains("the event stream was cut; following again"), r.out());
        assertTrue(r.out().contains("vm-103 SUCCEEDED"), r.out());
        List<LoggedRequest> streams = front.findAll(getRequestedFor(urlPathEqualTo(events)));
        assertEquals(2, streams.size());
        assertEquals(streams.get(0).queryParameter("since").firstValue(), streams.get(1).queryParameter("since").firstValue(),
                "the same since: an end in between still counts");
    }

    // ---- TLS

    @Test
    void tlsVerifiesTheGatewayByDefaultTrustsCacertAndInsecureOnlyWithAWarning() {
        proxy = new WireMockServer(options().dynamicPort().dynamicHttpsPort()
                .keystorePath(Path.of("src/test/resources/tls/localhost.p12").toAbsolutePath().toString())
                .keystoreType("PKCS12").keystorePassword("changeit").keyManagerPassword("changeit"));
        proxy.start();
        proxy.stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom(gateway())));
        Map<String, String> env = env("https://localhost:" + proxy.httpsPort());

        CommandProcess.Result untrusted = CommandProcess.run(env, "status", "vm-103", "--retries", "0");
        assertEquals(5, untrusted.exit(), untrusted.all());
        assertTrue(untrusted.err().contains("not trusted"), untrusted.err());

        CommandProcess.Result trusted = CommandProcess.run(env, "status", "vm-103", "--cacert",
                Path.of("src/test/resources/tls/localhost.crt").toAbsolutePath().toString());
        assertEquals(0, trusted.exit(), trusted.all());
        assertFalse(trusted.err().contains("warning"), trusted.err());

        CommandProcess.Result insecure = CommandProcess.run(env, "status", "vm-103", "--insecure");
        assertEquals(0, insecure.exit(), insecure.all());
        assertTrue(insecure.err().contains("vcgate: warning: --insecure"), insecure.err());
    }

    @Test
    void aStreamResetMidWayIsFollowedAgain() throws Exception {
        try (CuttingProxy cutting = new CuttingProxy(port)) {
            CommandProcess.Running wait = start(env(cutting.url()), "wait", "vm-100", "--since-now", "--timeout", "5m");
            // the cut stream, then the one that follows it
            await().atMost(Duration.ofMinutes(2)).until(() -> cutting.requestLines.stream().filter(l -> l.contains("/events")).count() >= 2);
            assertEquals(0, CommandProcess.run(envWithGuest(), "abort", "vm-100", "--wait", "60s").exit());
            CommandProcess.Result r = wait.finish();
            assertEquals(1, r.exit(), r.all());
            assertTrue(r.out().contains("the event stream was cut; following again"), r.out());
            assertTrue(r.out().contains("vm-100 FAILED"), r.out());
            List<String> streams = cutting.requestLines.stream().filter(l -> l.contains("/events")).toList();
            assertEquals(2, streams.size(), cutting.requestLines.toString());
            Pattern since = Pattern.compile("[?&]since=([^& ]+)");
            Matcher first = since.matcher(streams.get(0));
            Matcher second = since.matcher(streams.get(1));
            assertTrue(first.find() && second.find(), streams.toString());
            assertEquals(first.group(1), second.group(1), "the same since: an end in between still counts");
        }
    }

    @Test
    void aWaitExits5OnceItsRetriesAreSpentAndAtOnceWhenTheGatewaySaysItWillNotHeal() {
        WireMockServer front = proxy();
        String events = "/v1/vms/vm-103/guest/customization/events";
        front.stubFor(get(urlPathEqualTo(events)).atPriority(1).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"vCenter is unavailable\",\"status\":503,\"retryable\":true}")));
        CommandProcess.Result spent = CommandProcess.run(env(front.baseUrl()), "wait", "vm-103", "--retries", "1");
        assertEquals(5, spent.exit(), spent.all());
        assertTrue(spent.err().contains("gave up after 2 attempts"), spent.err());
        assertEquals(2, front.findAll(getRequestedFor(urlPathEqualTo(events))).size());

        front.resetAll();
        front.stubFor(get(urlPathEqualTo(events)).willReturn(aResponse().withStatus(502)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"vCenter's TLS certificate is not trusted\",\"status\":502,\"retryable\":false}")));
        CommandProcess.Result untrusted = CommandProcess.run(env(front.baseUrl()), "wait", "vm-103");
        assertEquals(5, untrusted.exit(), untrusted.all());
        assertFalse(untrusted.all().contains("trying again"), untrusted.all());
        assertEquals(1, front.findAll(getRequestedFor(urlPathEqualTo(events))).size());
    }

    @Test
    void aCredentialsFileReadAsWrittenAndWarnedWhenOthersCanReadIt() throws Exception {
        Path file = Files.createTempFile("vcgate-credentials", ".txt");
        try {
            Files.writeString(file, "# the pipeline's vCenter user\nuser=" + USER + "\npassword=" + PASSWORD + "\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            Map<String, String> env = Map.of("VCGATE_URL", gateway());
            CommandProcess.Result shared = CommandProcess.run(env, "status", "vm-103", "--credentials-file", file.toString());
            assertEquals(0, shared.exit(), shared.all());
            assertTrue(shared.err().contains("can be read by other users"), shared.err());
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            CommandProcess.Result own = CommandProcess.run(env, "status", "vm-103", "--credentials-file", file.toString());
            assertEquals(0, own.exit(), own.all());
            assertEquals("", own.err());
        } finally {
            Files.delete(file);
        }
    }

    // ---- output on a terminal, and secrets

    @Test
    void onATerminalOneLiveLine() {
        CommandProcess.Result r = CommandProcess.runOnATerminal(env(), "wait", "vm-103");
        assertEquals(0, r.exit(), r.all());
        assertTrue(r.out().contains("vm-103 SUCCEEDED"), r.out());
        assertFalse(TIMESTAMPED.matcher(r.out()).find(), "no timestamps on a terminal: " + r.out());

        CommandProcess.Result onTerminal = CommandProcess.runOnATerminal(env(), "wait", "vm-100", "--timeout", "10s");
        assertEquals(2, onTerminal.exit(), onTerminal.all());
        assertTrue(onTerminal.out().contains("\r\033[Kvm-100 RUNNING"), "the live line is rewritten in place: " + onTerminal.out());
    }

    @Test
    void noSecretIsEverPrinted() {
        Map<String, String> env = envWithGuest();
        Map<String, String> wrong = env();
        wrong.put("VCGATE_PASSWORD", "Wr0ng-S3cret!");
        String basic = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes());
        List<CommandProcess.Result> runs = List.of(
                CommandProcess.run(env, "status", "vm-103", "--verbose"),
                CommandProcess.run(env, "abort", "vm-100", "--wait", "30s", "--verbose"),
                CommandProcess.run(env, "abort", "vm-101", "--verbose", "-o", "json"),
                CommandProcess.run(wrong, "status", "vm-103", "--verbose"),
                CommandProcess.run(env, "status", "vm-103", "--url", "http://user:" + PASSWORD + "@localhost:" + port),
                CommandProcess.run(env, "status", "vm-103", "--url", "https://user:pa/" + PASSWORD + "@localhost:" + port),
                CommandProcess.run(env, "status", "vm-103", "--url", "https://user:" + PASSWORD + " x@localhost:" + port));
        for (CommandProcess.Result r : runs) {
            for (String secret : List.of(PASSWORD, GUEST_PASSWORD, "Wr0ng-S3cret!", basic)) {
                assertFalse(r.all().contains(secret), "a secret in the output: " + r.all());
            }
        }
        assertTrue(runs.get(0).err().contains("> GET /v1/vms/vm-103/guest/customization"), "--verbose shows the request");
    }

    static JsonNode json(String line) {
        try {
            return new ObjectMapper().readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not a JSON document: " + line, e);
        }
    }
}
