package io.vcgate.facade;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import io.vcgate.simulator.SimulatorLedger;
import io.vcgate.simulator.SimulatorState;
import io.vcgate.simulator.VcenterApi;
import io.vcgate.testing.Contract;
import io.vcgate.testing.GatewayGauges;
import io.vcgate.testing.PrometheusText;

/**
 * The gateway as production runs it: HTTPS on the facade (a real TLS handshake against the test
 * certificate), /v1 over plain HTTP refused unless a trusted proxy says the caller used HTTPS, and a
 * small per-caller limit in front of a small bulkhead, under load.
 */
@QuarkusTest
@TestProfile(HardenedGatewayTest.Hardened.class)
class HardenedGatewayTest {

    static final Path KEYS = Path.of("src/test/resources/tls/localhost.p12").toAbsolutePath();

    public static class Hardened implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(
                    Map.entry("quarkus.http.tls-configuration-name", "facade"),
                    Map.entry("quarkus.tls.facade.key-store.p12.path", KEYS.toString()),
                    Map.entry("quarkus.tls.facade.key-store.p12.password", "changeit"),
                    Map.entry("vcgate.facade.allow-plain-http", "false"),
                    // a TLS-terminating proxy on loopback, trusted to say which scheme the caller used
                    Map.entry("quarkus.http.proxy.proxy-address-forwarding", "true"),
                    Map.entry("quarkus.http.proxy.allow-x-forwarded", "true"),
                    Map.entry("quarkus.http.proxy.trusted-proxies", "127.0.0.1"),
                    // room for 8 REST calls at once (4 running, 4 queued); one caller may have 4 under way
                    Map.entry("vcgate.facade.caller-max-in-flight", "4"),
                    Map.entry("vcgate.resilience.rest.bulkhead.limit", "4"),
                    Map.entry("vcgate.resilience.rest.bulkhead.queue-size", "4"),
                    Map.entry("vcgate.rest.customization-source", "rest"),
                    // as in production (it is on in dev mode and the other tests)
                    Map.entry("vcgate.swagger-ui.enabled", "false"));
        }
    }

    @ConfigProperty(name = "quarkus.http.test-ssl-port")
    int sslPort;

    @Inject
    SimulatorState simulator;

    @Inject
    SimulatorLedger ledger;

    @AfterEach
    void noLatency() {
        simulator.faults(VcenterApi.REST, new SimulatorState.Faults(0, 0, false));
    }

    /** A client that keeps its TLS connections, as a pipeline's would: the load below is not a handshake benchmark. */
    static final HttpClient CLIENT = client();

    static HttpClient client() {
        try (var in = java.nio.file.Files.newInputStream(KEYS)) {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(in, "changeit".toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, trust.getTrustManagers(), null);
            return HttpClient.newBuilder().sslContext(tls).version(HttpClient.Version.HTTP_1_1).build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> status(String user) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + Contract.PASSWORD).getBytes(StandardCharsets.UTF_8));
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create("https://localhost:" + sslPort + "/v1/vms/vm-103/guest/customization"))
                    .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    RequestSpecification https(String user) {
        return Contract.anonymous().baseUri("https://localhost").port(sslPort).trustStore(KEYS.toFile(), "changeit")
                .auth().preemptive().basic(user, Contract.PASSWORD);
    }

    @Test
    void theFacadeServesHttpsWithItsCertificate() {
        https(Contract.ADMIN).get("/v1/vms/vm-103/guest/customization").then().statusCode(200)
                .body("status", equalTo("SUCCEEDED")).header("X-Request-Id", notNullValue());
    }

    @Test
    void swaggerUiIsOffAsInProduction() {
        for (String path : List.of("/q/swagger-ui", "/q/swagger-ui/", "/q/swagger-ui/swagger-ui-bundle.js", "/q/swagger-ui/vcgate-swagger-ui.js")) {
            Contract.anonymous().get(path).then().statusCode(404).contentType(startsWith("application/problem+json"));
            https(Contract.ADMIN).get(path).then().statusCode(404).contentType(startsWith("application/problem+json"));
        }
        Contract.anonymous().get("/q/openapi").then().statusCode(200); // the contract itself stays served
    }

    @Test
    void credentialsOverPlainHttpAreRefusedBeforeAnyBackendCall() {
        Contract.api().get("/v1/vms/vm-103/guest/customization").then().statusCode(403)
                .contentType(startsWith("application/problem+json")).body("type", equalTo("https://vcgate.dev/problems/https-required"))
                .body("retryable", equalTo(false));
        Contract.anonymous().get("/v1/vcenters").then().statusCode(403);
        assertEquals(0, ledger.hits(VcenterApi.REST) + ledger.hits(VcenterApi.SOAP));
        // health and metrics stay on plain HTTP, for probes and scrapers
        Contract.anonymous().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void aTrustedProxyThatTerminatedTlsIsBelievedThroughXForwardedProto() {
        Contract.api().header("X-Forwarded-Proto", "https").get("/v1/vms/vm-103/guest/customization").then().statusCode(200);
        Contract.api().header("X-Forwarded-Proto", "http").get("/v1/vms/vm-103/guest/customization").then().statusCode(403);
    }

    @Test
    void exactlyCallerMaxInFlightCallsAreAdmittedTheNextIsRefusedUntilOneEnds() throws Exception {
        https(Contract.ADMIN).get("/v1/vms/vm-103/guest/customization").then().statusCode(200); // logged in first
        double limited = limitedCalls();
        // each read is held in vCenter for 6 s (within the 10 s timeout): the four stay under way meanwhile
        simulator.faults(VcenterApi.REST, new SimulatorState.Faults(6000, 0, false));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<HttpResponse<String>>> held = IntStream.range(0, 4)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> status(Contract.ADMIN), threads)).toList();
            // caller-max-in-flight (4) admitted: all four under way
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> GatewayGauges.callsInFlight() == 4);
            HttpResponse<String> fifth = status(Contract.ADMIN);
            assertEquals(429, fifth.statusCode(), fifth.body());
            assertEquals("1", fifth.headers().firstValue("Retry-After").orElse(null));
            assertTrue(fifth.body().contains("caller-max-in-flight"), fifth.body());
            assertEquals(1.0, limitedCalls() - limited, "one call limited");
            simulator.faults(VcenterApi.REST, new SimulatorState.Faults(0, 0, false));
            // once one has ended, the caller is admitted again
            CompletableFuture.anyOf(held.toArray(CompletableFuture[]::new)).get(20, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(200, status(Contract.ADMIN).statusCode());
            for (CompletableFuture<HttpResponse<String>> call : held) {
                assertEquals(200, call.get(20, java.util.concurrent.TimeUnit.SECONDS).statusCode());
            }
            assertEquals(6, reads(), "the first, the four and the one after: the refused call never reached vCenter");
        } finally {
            threads.shutdownNow();
        }
    }

    /** customization-live reads the simulated vCenter has seen. */
    long reads() {
        return ledger.calls(VcenterApi.REST).stream().filter(c -> c.operation().equals("getCustomizationLive")).count();
    }

    double limitedCalls() {
        return PrometheusText.value(Contract.anonymous().header("X-Forwarded-Proto", "https").get("/q/metrics").asString(),
                "vcgate_caller_calls_total{outcome=\"limited\"}");
    }

    @Test
    void aGreedyCallerIsLimitedWhileAPoliteOneIsServed() throws Exception {
        simulator.faults(VcenterApi.REST, new SimulatorState.Faults(100, 0, false));
        https(Contract.ADMIN).get("/v1/vms/vm-103/guest/customization").then().statusCode(200); // both logged in first
        https("automation@vsphere.local").get("/v1/vms/vm-103/guest/customization").then().statusCode(200);
        Map<Integer, AtomicInteger> greedy = new ConcurrentHashMap<>();
        Map<Integer, AtomicInteger> polite = new ConcurrentHashMap<>();
        AtomicBoolean politeDone = new AtomicBoolean();
        ExecutorService threads = Executors.newFixedThreadPool(17);
        try {
            // the greedy caller: 16 requests at once, again and again, until the polite one is done and it was limited
            // (or has made 400 calls: a gateway that never limits it fails below); 4 running and 4 queued fill the bulkhead
            AtomicInteger made = new AtomicInteger();
            List<CompletableFuture<Void>> load = IntStream.range(0, 16).mapToObj(i -> CompletableFuture.runAsync(() -> {
                while (!(politeDone.get() && greedy.containsKey(429)) && made.incrementAndGet() <= 400) {
                    HttpResponse<String> answer = status(Contract.ADMIN);
                    if (answer.statusCode() == 429) {
                        assertEquals("1", answer.headers().firstValue("Retry-After").orElse(null));
                    }
                    greedy.computeIfAbsent(answer.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                }
            }, threads)).toList();
            // the polite caller: one request at a time, ten of them, while the greedy one presses
            CompletableFuture<Void> usual = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 10; i++) {
                    int status = status("automation@vsphere.local").statusCode();
                    polite.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                }
                politeDone.set(true);
            }, threads);
            usual.get();
            CompletableFuture.allOf(load.toArray(CompletableFuture[]::new)).get();
        } finally {
            threads.shutdownNow();
        }
        assertTrue(greedy.containsKey(429), "the greedy caller is limited: " + greedy);
        assertTrue(!greedy.containsKey(503), "its calls never overflow the bulkhead: " + greedy);
        assertEquals(Map.of(200, 10), polite.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get())),
                "the polite caller is served every time: " + polite);
        String metrics = Contract.anonymous().header("X-Forwarded-Proto", "https").get("/q/metrics").asString();
        assertTrue(metrics.contains("vcgate_caller_calls_total{outcome=\"limited\"}"), "limits are counted by outcome");
        assertTrue(!metrics.contains("administrator@vsphere.local"), "never by user name");
    }
}
