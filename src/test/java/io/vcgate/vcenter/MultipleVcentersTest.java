package io.vcgate.vcenter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.vcgate.core.BackendFailure;
import io.vcgate.core.Caller;
import io.vcgate.core.FaultCategory;
import io.vcgate.rest.RestAdapter;
import io.vcgate.simulator.SimulatedVcenters;
import io.vcgate.simulator.SimulatedVcenters.SimulatedVcenter;
import io.vcgate.simulator.SimulatorState;
import io.vcgate.simulator.VcenterApi;
import io.vcgate.testing.Contract;

/**
 * One gateway in front of several vCenters (the tests' vCenters of META-INF/microprofile-config.properties,
 * each a simulated vCenter of its own under /vc/name): the named paths reach the vCenter they name and
 * only it, each vCenter has its own API level, sessions, budget and circuits, and the unnamed paths keep
 * serving the default vCenter as before.
 */
@QuarkusTest
class MultipleVcentersTest {

    static final String PASSWORD = Contract.PASSWORD;

    @Inject
    SimulatedVcenters simulated;

    @Inject
    RestAdapter rest;

    @Inject
    Vcenters vcenters;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    /** As a user of its own, so that no other test's sessions are counted. */
    static RequestSpecification as(String user) {
        return Contract.anonymous().auth().preemptive().basic(user, PASSWORD);
    }

    static String status(String vcenter, String vm) {
        return "/v1/vcenters/" + vcenter + "/vms/" + vm + "/guest/customization";
    }

    SimulatedVcenter vc(String name) {
        return simulated.get(name);
    }

    int logins(String vcenter, String user) {
        return vc(vcenter).ledger().logins(VcenterApi.REST, user) + vc(vcenter).ledger().logins(VcenterApi.SOAP, user);
    }

    @Test
    void eachNamedVcenterAnswersFromItsOwnApiLevelAndTheUnnamedPathsFromTheDefaultOne() {
        String user = "load901@vsphere.local";
        as(user).get(status("legacy", "vm-103")).then().statusCode(200)
                .body("status", equalTo("SUCCEEDED")).body("source", equalTo("GUEST_CUSTOMIZATION_INFO"));
        as(user).get("/v1/vms/vm-103/guest/customization").then().statusCode(200).body("source", equalTo("CUSTOMIZATION_LIVE"));
        as(user).get(status("default", "vm-103")).then().statusCode(200).body("source", equalTo("CUSTOMIZATION_LIVE"));

        assertEquals(1, logins("legacy", user), "7.0.3: no customization-live, so SOAP alone: one session, on legacy only");
        assertEquals(0, vc("legacy").ledger().logins(VcenterApi.REST, user), "no REST login where there is no customization-live");
        assertEquals(1, logins(SimulatedVcenters.DEFAULT, user), "9.0: one session, on the default vCenter only");
        assertEquals(0, logins("u802", user) + logins("u803", user), "no other vCenter was called");
    }

    @Test
    void anAbortAndItsTaskStayOnTheVcenterThatStartedIt() {
        String user = "load902@vsphere.local";
        String location = as(user).contentType("application/json").body(Contract.abortBody("root", "guest-pass"))
                .post("/v1/vcenters/u802/vms/vm-100/guest/customization/abort")
                .then().statusCode(202).header("Location", startsWith("/v1/vcenters/u802/tasks/task-"))
                .extract().header("Location");
        as(user).get(location).then().statusCode(200).body("vm", equalTo("vm-100"));
        String task = location.substring(location.lastIndexOf('/') + 1);
        as(user).get("/v1/tasks/" + task).then().statusCode(404);
        assertEquals(0, vc(SimulatedVcenters.DEFAULT).ledger().calls(VcenterApi.SOAP).stream()
                .filter(c -> c.operation().equals("AbortCustomization_Task")).count());
    }

    @Test
    void fromVsphere803OneSessionServesBothApisBefore803ItTakesTwo() {
        String user = "load903@vsphere.local";
        for (String vcenter : List.of("u803", "u802")) {
            as(user).get(status(vcenter, "vm-103")).then().statusCode(200);
            as(user).contentType("application/json").body(Contract.abortBody("root", "guest-pass"))
                    .post("/v1/vcenters/" + vcenter + "/vms/vm-100/guest/customization/abort").then().statusCode(202);
            as(user).get(status(vcenter, "vm-103")).then().statusCode(200);
            // before 9.0 the facade's calls all go over SOAP; the REST API, asked directly, shows whether SOAP's session serves it
            BackendFailure missing = assertThrows(BackendFailure.class,
                    () -> rest.customizationLive(vcenters.get(vcenter), new Caller(user, PASSWORD), "vm-103").await().atMost(Duration.ofSeconds(10)));
            assertEquals(FaultCategory.NOT_SUPPORTED, missing.category());
        }
        assertEquals(1, logins("u803", user), "8.0.3: the SOAP login serves REST too");
        assertEquals(2, logins("u802", user), "8.0.2: one login per API");
        JsonPath list = as(user).get("/v1/vcenters").then().statusCode(200).extract().jsonPath();
        assertEquals(true, list.get("vcenters.find { it.name == 'u803' }.unifiedSessions"));
        assertEquals(false, list.get("vcenters.find { it.name == 'u802' }.unifiedSessions"));
    }

    @Test
    void aVcenterThatTurnsTheOtherApisSessionDownCostsOneMoreLoginNotAnError() {
        String user = "load904@vsphere.local";
        vc("u803").state().unifiedSessions(false); // 8.0.3 by its version, yet separate sessions
        as(user).get(status("u803", "vm-103")).then().statusCode(200).body("source", equalTo("GUEST_CUSTOMIZATION_INFO"));
        as(user).get(status("u803", "vm-103")).then().statusCode(200);
        as(user).contentType("application/json").body(Contract.abortBody("root", "guest-pass"))
                .post("/v1/vcenters/u803/vms/vm-100/guest/customization/abort").then().statusCode(202);
        assertEquals(1, logins("u803", user), "8.0.3 has no customization-live: SOAP alone serves, refusing or not");

        // where both APIs serve (9.0: status over REST, abort over SOAP), the refusal costs one login more, not an error
        vc(SimulatedVcenters.DEFAULT).state().unifiedSessions(false); // 9.0 by its version, yet separate sessions
        as(user).get(status("default", "vm-103")).then().statusCode(200).body("source", equalTo("CUSTOMIZATION_LIVE"));
        as(user).get(status("default", "vm-103")).then().statusCode(200);
        as(user).contentType("application/json").body(Contract.abortBody("root", "guest-pass"))
                .post("/v1/vcenters/default/vms/vm-100/guest/customization/abort").then().statusCode(202);
        as(user).get(status("default", "vm-103")).then().statusCode(200);
        as(user).contentType("application/json").body(Contract.abortBody("root", "guest-pass"))
                .post("/v1/vcenters/default/vms/vm-100/guest/customization/abort").then().statusCode(202);
        assertEquals(2, logins(SimulatedVcenters.DEFAULT, user), "one per API, from the refusal on");
        as(user).get("/v1/vcenters").then().statusCode(200)
                .body("vcenters.find { it.name == 'default' }.unifiedSessions", equalTo(false));
    }

    @Test
    void theVcenterListSaysEachOnesVersionSessionsAndCircuits() {
        String user = "load905@vsphere.local";
        as(user).get(status("legacy", "vm-103")).then().statusCode(200);
        as(user).get("/v1/vcenters").then().statusCode(200)
                .body("vcenters.name", hasItems("default", "legacy", "u803", "u802", "fragile", "budget", "evicting"))
                .body("vcenters[0].name", equalTo("default"))
                .body("vcenters.find { it.name == 'legacy' }.apiVersion", equalTo("7.0.3.0"))
                .body("vcenters.find { it.name == 'default' }.apiVersion", equalTo("9.0.0.0"))
                .body("vcenters.find { it.name == 'legacy' }.circuits.rest", equalTo("CLOSED"))
                // the status read's one session: SOAP's (7.0.3 has no customization-live, so no REST login)
                .body("vcenters.find { it.name == 'legacy' }.sessions", equalTo(1));
    }

    @Test
    void anUnknownVcenterIs404AndAMalformedName400AndNeitherReachesAnyVcenter() {
        int before = totalHits();
        as("load906@vsphere.local").get(status("nowhere", "vm-103")).then().statusCode(404)
                .contentType("application/problem+json").body("type", endsWith("unknown-vcenter"))
                .body("detail", containsString("nowhere"));
        as("load906@vsphere.local").get("/v1/vcenters/bad%20name/vms/vm-103/guest/customization").then().statusCode(400)
                .contentType("application/problem+json");
        as("load906@vsphere.local").get("/v1/vcenters/" + "x".repeat(81) + "/tasks/task-1").then().statusCode(400);
        assertEquals(before, totalHits());
    }

    int totalHits() {
        return simulated.all().stream().mapToInt(v -> v.ledger().hits(VcenterApi.REST) + v.ledger().hits(VcenterApi.SOAP)).sum();
    }

    @Test
    void anOutageOfOneVcenterOpensOnlyItsCircuitAndTheOthersAnswer() {
        String user = "load907@vsphere.local";
        as(user).get(status("fragile", "vm-103")).then().statusCode(200);
        vc("fragile").state().faults(VcenterApi.REST, new SimulatorState.Faults(0, 0, true));
        as(user).get(status("fragile", "vm-103")).then().statusCode(503);
        as(user).get(status("fragile", "vm-103")).then().statusCode(503);
        int hits = vc("fragile").ledger().hits(VcenterApi.REST);
        as(user).get(status("fragile", "vm-103")).then().statusCode(503).header("Retry-After", notNullValue())
                .body("detail", containsString("stopped calling vCenter"));
        assertEquals(hits, vc("fragile").ledger().hits(VcenterApi.REST), "fragile's open circuit calls it no more");

        as(user).get("/v1/vms/vm-103/guest/customization").then().statusCode(200);
        as(user).get(status("u802", "vm-103")).then().statusCode(200);
        as(user).get("/v1/vcenters").then().statusCode(200)
                .body("vcenters.find { it.name == 'fragile' }.circuits.rest", equalTo("OPEN"))
                .body("vcenters.find { it.name == 'default' }.circuits.rest", equalTo("CLOSED"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks[0].data.'fragile.rest.circuit'", equalTo("OPEN"))
                .body("checks[0].data.'default.rest.circuit'", equalTo("CLOSED"));
    }

    @Test
    void aSlowVcenterFillsOnlyItsOwnBulkhead() throws Exception {
        String user = "load908@vsphere.local";
        as(user).get(status("fragile", "vm-103")).then().statusCode(200);
        as(user).get("/v1/vms/vm-103/guest/customization").then().statusCode(200);
        // slow (4 s a call, the one waiting in the queue 8 s in all: within fragile's 10 s timeout either way), so the calls below are answered meanwhile
        vc("fragile").state().faults(VcenterApi.REST, new SimulatorState.Faults(4000, 0, false));
        // fragile lets two calls in flight and one waiting: the fourth is turned away at once
        ExecutorService callers = Executors.newFixedThreadPool(4);
        List<CompletableFuture<Integer>> slow = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            slow.add(CompletableFuture.supplyAsync(() -> as(user).get(status("fragile", "vm-103")).statusCode(), callers));
        }
        callers.shutdown();
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> slow.stream().anyMatch(CompletableFuture::isDone));
        for (int i = 0; i < 5; i++) {
            as(user).get("/v1/vms/vm-103/guest/customization").then().statusCode(200);
            as(user).get(status("u802", "vm-103")).then().statusCode(200);
        }
        // fragile's slow calls are still under way: the other vCenters answered while its bulkhead was full
        assertEquals(3, slow.stream().filter(call -> !call.isDone()).count(), "the other vCenters answered while fragile's bulkhead was full");
        List<Integer> statuses = slow.stream().map(CompletableFuture::join).sorted().toList();
        assertEquals(List.of(200, 200, 200, 503), statuses, "fragile's bulkhead was full");
    }

    @Test
    void threeHundredCallersOnAVcenterWithABudgetOf100NeverHoldMoreThan100Sessions() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Semaphore inFlight = new Semaphore(60);
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<CompletableFuture<?>> calls = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (int i = 1; i <= 300; i++) {
                String user = String.format("load%03d@vsphere.local", i);
                String auth = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + status("budget", "vm-103")))
                        .header("Authorization", "Basic " + auth).timeout(Duration.ofSeconds(30)).build();
                inFlight.acquire();
                calls.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                        .whenComplete((response, failure) -> {
                            inFlight.release();
                            statuses.merge(failure == null ? response.statusCode() : -1, 1, Integer::sum);
                        }));
            }
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get();
        assertEquals(Map.of(200, 600), statuses, "every call answered");
        int most = vc("budget").state().mostSessions();
        assertTrue(most <= 100, "the vCenter never held more than the budget: " + most);
        assertTrue(most >= 60, "the budget was used: " + most);
        as("load001@vsphere.local").get("/v1/vcenters").then().statusCode(200)
                .body("vcenters.find { it.name == 'budget' }.sessions", lessThanOrEqualTo(100));
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("vcgate_sessions{vcenter=\"budget\"}"), "the session count, per vCenter");
        assertTrue(metrics.contains("vcgate_session_logins_total{backend=\"rest\",vcenter=\"budget\"}"), "the logins, per vCenter and API");
    }
}
