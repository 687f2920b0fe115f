package io.vcgate.resilience;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.vcgate.core.Backend;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.vcgate.simulator.SimulatorLedger;
import io.vcgate.simulator.SimulatorState;
import io.vcgate.simulator.VcenterApi;
import io.vcgate.testing.LogCapture;
import io.vcgate.testing.Contract;
import io.vcgate.testing.PrometheusText;
import io.vcgate.vcenter.Vcenters;

/** The REST backend's guard against a simulated vCenter that is slow, failing or down, through the facade. */
@QuarkusTest
@TestProfile(ResilienceTest.Tight.class)
class ResilienceTest {

    public static class Tight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(
                    Map.entry("vcgate.resilience.rest.timeout", "500ms"),
                    Map.entry("vcgate.resilience.rest.retry.max-retries", "2"),
                    Map.entry("vcgate.resilience.rest.retry.delay", "20ms"),
                    Map.entry("vcgate.resilience.rest.retry.jitter", "10ms"),
                    Map.entry("vcgate.resilience.rest.budget.min-retries", "1000"),
                    // the breaker counts a call and its retries as one outcome: two failed calls in a row open it
                    Map.entry("vcgate.resilience.rest.circuit-breaker.request-volume-threshold", "6"),
                    Map.entry("vcgate.resilience.rest.circuit-breaker.consecutive-failures", "2"),
                    Map.entry("vcgate.resilience.rest.circuit-breaker.failure-ratio", "0.5"),
                    Map.entry("vcgate.resilience.rest.circuit-breaker.delay", "1s"),
                    Map.entry("vcgate.resilience.rest.circuit-breaker.success-threshold", "1"),
                    Map.entry("vcgate.resilience.rest.bulkhead.limit", "2"),
                    Map.entry("vcgate.resilience.rest.bulkhead.queue-size", "1"),
                    Map.entry("vcgate.resilience.soap.retry.delay", "20ms"),
                    Map.entry("vcgate.resilience.soap.retry.jitter", "10ms"),
                    Map.entry("vcgate.resilience.soap.budget.min-retries", "1000"),
                    Map.entry("vcgate.resilience.soap.circuit-breaker.request-volume-threshold", "4"),
                    Map.entry("vcgate.resilience.soap.circuit-breaker.delay", "1s"));
        }
    }

    @Inject
    SimulatorState simulator;

    @Inject
    SimulatorLedger ledger;

    @Inject
    Vcenters vcenters;

    BackendGuard restGuard;

    BackendGuard soapGuard;

    @BeforeEach
    void guards() {
        restGuard = vcenters.get(Vcenters.DEFAULT).guard(Backend.REST);
        soapGuard = vcenters.get(Vcenters.DEFAULT).guard(Backend.SOAP);
    }

    static Response status() {
        return Contract.api().get("/v1/vms/vm-103/guest/customization");
    }

    /** A healthy status read, then vCenter's REST API goes down: two failed calls open the circuit. */
    private void openTheRestCircuit() {
        status().then().log().ifValidationFails().statusCode(200);
        simulator.faults(VcenterApi.REST, new SimulatorState.Faults(0, 0, true));
        status().then().statusCode(503);
        status().then().statusCode(503);
        assertEquals("OPEN", restGuard.circuitState());
    }

    @Test
    void aSlowVcenterAnswers504AtTheDeadlineNotLater() {
        status().then().log().ifValidationFails().statusCode(200);
        simulator.faults(VcenterApi.REST, new SimulatorState.Faults(2000, 0, false));
        double timedOut = metric("vcgate_backend_calls_seconds_count{backend=\"rest\",operation=\"getCustomizationLive\",outcome=\"timeout\",vcenter=\"default\"}");
        long start = System.nanoTime();
        status().then().statusCode(504).body("title", equalTo("vCenter did not answer in time")).body("retryable", equalTo(true));
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        // three attempts, each ended by the gateway's own timeout (500 ms), never by vCenter's answer (2 s)
        assertEquals(3.0, metric("vcgate_backend_calls_seconds_count{backend=\"rest\",operation=\"getCustomizationLive\",outcome=\"timeout\",vcenter=\"default\"}")
                - timedOut, "the attempt and its two retries timed out");
        assertTrue(tookMs >= 1400, "three attempts of 500 ms: " + tookMs + " ms");
        // the timed-out calls are still in flight to vCenter and hold their bulkhead slots until it answers:
        // the next test starts once vCenter has answered all three
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> ledger.calls(VcenterApi.REST).stream()
                .filter(c -> c.operation().equals("getCustomizationLive")).count() >= 4);
    }

    @Test
    void aFailingReadIsRetriedMaxRetriesTimesAndEachRetryIsCountedOnce() {
        status().then().log().ifValidationFails().statusCode(200);
        int hits = ledger.hits(VcenterApi.REST);
        double retries = retriesCounted();
        simulator.faults(VcenterApi.REST, new SimulatorState.Faults(0, 0, true));
        status().then().statusCode(503);
        assertEquals(3, ledger.hits(VcenterApi.REST) - hits, "the attempt and max-retries (2) retries");
        assertEquals(2.0, retriesCounted() - retries, "each retry made is counted, the one not made is not");
    }

    private static double retriesCounted() {
        return metric("vcgate_backend_retries_total{backend=\"rest\",operation=\"getCustomizationLive\",vcenter=\"default\"}");
    }

    /** The value of the series {@code series} (name and tags) at /q/metrics; 0 when it is not there yet. */
    private static double metric(String series) {
        return PrometheusText.value(given().get("/q/metrics").then().statusCode(200).extract().asString(), series);
    }

    @Test
    void theCircuitOpensAfterTheThresholdAndFailsFastWithoutCallingVcenter() {
        try (LogCapture logs = LogCapture.of("io.vcgate")) {
            openTheRestCircuit();
            int hits = ledger.hits(VcenterApi.REST);
            double rejected = metric("vcgate_circuit_rejected_total{backend=\"rest\",vcenter=\"default\"}");
            status().then().statusCode(503).header("Retry-After", notNullValue())
                    .body("detail", containsString("stopped calling vCenter"));
            assertEquals(hits, ledger.hits(VcenterApi.REST), "an open circuit does not call vCenter");
            assertEquals(1.0, metric("vcgate_circuit_rejected_total{backend=\"rest\",vcenter=\"default\"}") - rejected,
                    "turned away by the open circuit");
            for (int i = 0; i < 5; i++) {
                status().then().statusCode(503);
            }
            List<String> warnings = logs.lines().stream().filter(line -> line.startsWith("WARN")).toList();
            assertEquals(1, warnings.stream().filter(line -> line.contains("circuit to vCenter default (rest) opened")).count(),
                    "the opening is logged once: " + warnings);
            assertTrue(warnings.stream().noneMatch(line -> line.contains("stopped calling vCenter")),
                    "the calls it turns away are not logged one by one: " + warnings);
        }
    }

    @Test
    void theSoapCircuitOpensOnAnOutageAndFailsFastWithoutCallingVcenter() {
        simulator.faults(VcenterApi.SOAP, new SimulatorState.Faults(0, 0, true));
        for (int i = 0; i < 6 && !"OPEN".equals(soapGuard.circuitState()); i++) {
            abort("vm-103").then().statusCode(503).body("title", equalTo("vCenter is unavailable"));
        }
        assertEquals("OPEN", soapGuard.circuitState());
        int hits = ledger.hits(VcenterApi.SOAP);
        double rejected = metric("vcgate_circuit_rejected_total{backend=\"soap\",vcenter=\"default\"}");
        abort("vm-103").then().statusCode(503).header("Retry-After", notNullValue())
                .body("detail", containsString("stopped calling vCenter"));
        assertEquals(hits, ledger.hits(VcenterApi.SOAP), "an open circuit does not call vCenter");
        assertEquals(1.0, metric("vcgate_circuit_rejected_total{backend=\"soap\",vcenter=\"default\"}") - rejected,
                "turned away by the open circuit");
        assertEquals("CLOSED", restGuard.circuitState(), "the REST backend's circuit is its own");
    }

    static Response abort(String vm) {
        return Contract.api().contentType("application/json").body(Contract.abortBody("root", "guest-pass"))
                .post("/v1/vms/" + vm + "/guest/customization/abort");
    }

    @Test
    void aHalfOpenCircuitClosesOnASuccessfulProbe() {
        openTheRestCircuit();
        long opened = System.nanoTime();
        simulator.faults(VcenterApi.REST, new SimulatorState.Faults(0, 0, false));
        // calls fail fast while the circuit is open; once its delay (1 s) is over, a probe goes through
        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> status().statusCode() == 200);
        assertTrue((System.nanoTime() - opened) / 1_000_000 >= 900, "the circuit stayed open for its delay");
        status().then().statusCode(200).body("status", equalTo("SUCCEEDED"));
        assertEquals("CLOSED", restGuard.circuitState());
        given().get("/q/health/ready").then().statusCode(200).body("checks[0].data.'default.rest.circuit'", equalTo("CLOSED"))
                .body("checks[0].data.'default.soap.circuit'", equalTo("CLOSED"));
    }

    @Test
    void aFailedProbeIsNotRetriedAndReopensTheCircuitAtOnce() {
        openTheRestCircuit();
        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> "HALF_OPEN".equals(restGuard.circuitState()));
        int hits = ledger.hits(VcenterApi.REST);
        double retries = retriesCounted();
        status().then().statusCode(503);
        assertEquals(hits + 1, ledger.hits(VcenterApi.REST), "the probe called vCenter once, with no retry");
        assertEquals(retries, retriesCounted(), "no retry, so no retry backoff waited for");
        assertEquals("OPEN", restGuard.circuitState(), "and its failure re-opened the circuit");
    }

    @Test
    void aFullBulkheadRejectsWith503() throws Exception {
        status().then().log().ifValidationFails().statusCode(200);
        simulator.faults(VcenterApi.REST, new SimulatorState.Faults(400, 0, false));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<CompletableFuture<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(CompletableFuture.supplyAsync(() -> status().statusCode(), pool));
            }
            List<Integer> statuses = calls.stream().map(CompletableFuture::join).toList();
            assertEquals(3, statuses.stream().filter(s -> s == 200).count(), "two in flight and one queued: " + statuses);
            assertEquals(3, statuses.stream().filter(s -> s == 503).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aVsphereFaultIsNeverRetriedAndNeverOpensTheCircuit() {
        status().then().log().ifValidationFails().statusCode(200);
        for (int i = 0; i < 10; i++) {
            Contract.api().get("/v1/vms/vm-999/guest/customization")
                    .then().statusCode(404);
        }
        // calls that carried a live session (reset() expired the one left by an earlier test: one re-login)
        long probes = ledger.calls(VcenterApi.REST).stream()
                .filter(c -> c.operation().equals("getCustomizationLive") && c.user() != null).count();
        assertEquals(11, probes, "one call each");
        assertEquals("CLOSED", restGuard.circuitState());
    }

    @Test
    void anAbortThatReachedVcenterIsNeverSentTwice() {
        Contract.api().contentType("application/json")
                .body("{\"credentials\":{\"type\":\"password\",\"username\":\"root\",\"password\":\"guest-pass\"}}")
                .post("/v1/vms/vm-103/guest/customization/abort").then().statusCode(202);
        simulator.faults(VcenterApi.SOAP, new SimulatorState.Faults(0, 1.0, false));
        int before = ledger.hits(VcenterApi.SOAP);
        Contract.api().contentType("application/json")
                .body("{\"credentials\":{\"type\":\"password\",\"username\":\"root\",\"password\":\"guest-pass\"}}")
                .post("/v1/vms/vm-100/guest/customization/abort").then().statusCode(502).body("fault", equalTo("SystemError"));
        assertEquals(1, ledger.hits(VcenterApi.SOAP) - before, "vCenter may have started a Task: the abort is not resent");
    }

    @Test
    void metricsShowBackendCallLatencyAndFaultTolerance() {
        status().then().statusCode(200);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("vcgate_backend_calls_seconds_bucket{backend=\"rest\""), "latency histogram");
        assertTrue(metrics.contains("operation=\"getCustomizationLive\",outcome=\"success\""), "outcome tags");
        assertTrue(metrics.contains("vcgate_circuit_state{backend=\"rest\",state=\"closed\",vcenter=\"default\"} 1.0"), "circuit state");
        assertTrue(metrics.contains("vcgate_circuit_opened_total{backend=\"rest\",vcenter=\"default\"}"), "circuit openings");
        assertTrue(metrics.contains("ft_bulkhead_calls_total{bulkheadResult=\"accepted\",method=\"vcenter-rest\",vcenter=\"default\"}"), "bulkhead, per vCenter");
        assertTrue(metrics.contains("vcgate_backend_retries_total{backend=\"rest\",operation=\"getCustomizationLive\",vcenter=\"default\"}"), "retries");
        assertTrue(metrics.contains("vcgate_backend_calls_seconds_bucket{backend=\"rest\",operation=\"getCustomizationLive\",outcome=\"success\",vcenter=\"default\",le=\"0.005\"}"),
                "explicit buckets");
    }

    @Test
    void livenessNeverDependsOnVcenter() {
        simulator.faults(VcenterApi.REST, new SimulatorState.Faults(0, 0, true));
        simulator.faults(VcenterApi.SOAP, new SimulatorState.Faults(0, 0, true));
        status().then().statusCode(503);
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
