package io.vcgate.customization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vcgate.facade.model.CustomizationStatus;
import io.vcgate.facade.model.Problem;
import io.vcgate.facade.model.Task;
import io.vcgate.simulator.SimulatedVcenters;
import io.vcgate.simulator.SimulatorLedger;
import io.vcgate.simulator.SimulatorState;
import io.vcgate.simulator.VcenterApi;
import io.vcgate.testing.GatewayGauges;
import io.vcgate.testing.Contract;
import io.vcgate.testing.EventStream;

/**
 * Following a customization (and a Task) to its end over the wire, against the simulator's moving
 * fixtures: vm-110 (a run from PENDING to SUCCEEDED, restarted at every reset, steps of 800 ms in
 * tests), vm-111 (the same, ending FAILED with a CustomizationNetworkSetupFailed event) and vm-107
 * (PENDING for ever). vCenter pushes every change through a PropertyCollector filter; the simulator
 * answers WaitForUpdatesEx when a property changes, never on a timer.
 */
@QuarkusTest
class WatchTest {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final String ADMIN = Contract.ADMIN;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Inject
    SimulatorState simulator;

    @Inject
    SimulatorLedger ledger;

    @Inject
    SimulatedVcenters simulated;



    EventStream watch(String path) {
        return EventStream.open(port, path, ADMIN);
    }

    static List<String> statuses(EventStream stream) {
        return stream.events().stream().filter(e -> e.name().equals("status")).map(e -> e.json().get("status").asText()).toList();
    }

    @Test
    void theStreamOfAMovingCustomizationSendsEachStatusOnceInOrderAndEndsOnSucceeded() {
        try (EventStream stream = watch("/v1/vms/vm-110/guest/customization/events")) {
            stream.awaitEnd(WAIT);
            assertEquals(200, stream.status());
            assertTrue(stream.contentType().startsWith("text/event-stream"), stream.contentType());
            // 9.0: customization-live has no PENDING (a run not yet started is RUNNING with no start time)
            assertEquals(List.of("RUNNING", "RUNNING", "SUCCEEDED"), statuses(stream));
            List<EventStream.Event> events = stream.events();
            assertEquals(List.of("1", "2", "3"), events.stream().map(EventStream.Event::id).toList());
            CustomizationStatus first = events.get(0).as(CustomizationStatus.class);
            CustomizationStatus second = events.get(1).as(CustomizationStatus.class);
            CustomizationStatus last = events.get(2).as(CustomizationStatus.class);
            assertEquals(null, first.getStartTime());
            assertTrue(second.getStartTime() != null && !second.getEnded());
            assertTrue(last.getEnded());
            assertEquals(second.getStartTime(), last.getStartTime());
        }
    }

    @Test
    void onAVcenterOlderThan90TheStreamShowsPendingRunningSucceeded() {
        try (EventStream stream = watch("/v1/vcenters/legacy/vms/vm-110/guest/customization/events")) {
            stream.awaitEnd(WAIT);
            assertEquals(List.of("PENDING", "RUNNING", "SUCCEEDED"), statuses(stream));
            stream.events().forEach(e -> assertEquals("GUEST_CUSTOMIZATION_INFO", e.as(CustomizationStatus.class).getSource().toString()));
        }
    }

    @Test
    void aFailedCustomizationCarriesTheTypeAndMessageOfItsFailureEvent() {
        try (EventStream stream = watch("/v1/vms/vm-111/guest/customization/events")) {
            stream.awaitEnd(WAIT);
            JsonNode last = stream.events().get(stream.events().size() - 1).json();
            assertEquals("FAILED", last.get("status").asText());
            assertTrue(last.get("ended").asBoolean());
            JsonNode event = last.get("error").get("event");
            assertEquals("CustomizationNetworkSetupFailed", event.get("type").asText());
            assertTrue(event.get("message").asText().contains("Network settings of VM clone-ci-02 could not be customized"), event.toString());
            assertEquals("/var/log/vmware-imc/toolsDeployPkg.log", event.get("logLocation").asText());
        }
        // a plain read of a FAILED status carries it too, on either API
        Contract.api().get("/v1/vms/vm-104/guest/customization").then().statusCode(200)
                .body("error.event.type", equalTo("CustomizationNetworkSetupFailed"))
                .body("error.event.createdTime", equalTo("2026-11-22T09:02:10Z"));
        Contract.api().get("/v1/vcenters/legacy/vms/vm-104/guest/customization").then().statusCode(200)
                .body("error.event.type", equalTo("CustomizationNetworkSetupFailed"));
        Contract.api().get("/v1/vms/vm-103/guest/customization").then().statusCode(200).body("error", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void sinceSkipsAnOlderFinishedRunAndEndsOnTheNextOne() {
        String since = OffsetDateTime.now(ZoneOffset.UTC).toString();
        try (EventStream stream = watch("/v1/vms/vm-103/guest/customization/events?since=" + since)) {
            stream.awaitEvents(1, WAIT);
            JsonNode old = stream.events().get(0).json();
            assertEquals("SUCCEEDED", old.get("status").asText(), "the run of 2026-11-22 is reported...");
            assertFalse(old.get("ended").asBoolean(), "...but does not end the watch");
            simulator.customize("vm-103", true);
            stream.awaitEnd(WAIT);
            JsonNode last = stream.events().get(stream.events().size() - 1).json();
            assertEquals("SUCCEEDED", last.get("status").asText());
            assertTrue(last.get("ended").asBoolean());
            assertTrue(OffsetDateTime.parse(last.get("startTime").asText()).isAfter(OffsetDateTime.parse(since)));
        }
    }

    @Test
    void theLongPollAnswersOnThePushedChangeNotByPolling() {
        String since = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1).toString();
        Response answer = Contract.api().queryParam("wait", "PT10S").queryParam("since", since).get("/v1/vms/vm-110/guest/customization");
        Instant arrived = Instant.now();
        answer.then().statusCode(200).body("status", equalTo("SUCCEEDED")).body("ended", equalTo(true));
        Instant ended = OffsetDateTime.parse(answer.jsonPath().getString("endTime")).toInstant();
        assertFalse(arrived.isBefore(ended), "answered once the customization had ended");
        // vm-110 moves from IDLE to PENDING, RUNNING, SUCCEEDED: one read at the start and at most one per change vCenter pushed
        long reads = ledger.calls(VcenterApi.REST).stream().filter(c -> c.operation().equals("getCustomizationLive") && "vm-110".equals(c.target())).count();
        assertTrue(reads >= 1 && reads <= 4, "read " + reads + " times: on each pushed change, never polled");
        assertEquals(1, calls("CreateFilter"), "one filter, whose WaitForUpdatesEx told the change");
    }

    @Test
    void aLongPollThatRunsOutAnswersTheStatusAsItIsWithEndedFalse() {
        long start = System.nanoTime();
        Contract.api().queryParam("wait", "PT1S").get("/v1/vms/vm-107/guest/customization").then().statusCode(200)
                .body("status", equalTo("RUNNING")).body("ended", equalTo(false));
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        assertTrue(tookMs >= 950, "waited its second: " + tookMs + " ms");
        // without wait, since only adds ended; without either, the answer is as before
        Contract.api().queryParam("since", "2026-11-22T08:00:00Z").get("/v1/vms/vm-103/guest/customization").then()
                .statusCode(200).body("ended", equalTo(true));
        Contract.api().get("/v1/vms/vm-103/guest/customization").then().statusCode(200).body("ended", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void noStreamOutlivesItsTimeoutAndQuietStreamsGetHeartbeats() {
        long start = System.nanoTime();
        try (EventStream stream = watch("/v1/vms/vm-107/guest/customization/events?timeout=PT1.2S")) {
            stream.awaitEnd(WAIT);
            long tookMs = (System.nanoTime() - start) / 1_000_000;
            assertTrue(tookMs >= 1100, "ended at its timeout, not before: " + tookMs + " ms");
            List<EventStream.Event> events = stream.events();
            assertEquals(List.of("status", "timeout"), events.stream().map(EventStream.Event::name).toList());
            assertFalse(events.get(1).as(CustomizationStatus.class).getEnded());
            assertTrue(stream.comments().contains("heartbeat"), "a heartbeat every 300 ms in tests: " + stream.comments());
        }
        awaitNoFilter();
    }

    @Test
    void twoHundredWatchesOfOneVmByOneCallerHoldOneVcenterFilterAndDroppingThemLeavesNone() {
        List<EventStream> streams = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                streams.add(watch("/v1/vms/vm-107/guest/customization/events?timeout=PT1M"));
            }
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> streams.stream().allMatch(s -> s.events().size() >= 1));
            // the filter is in vCenter once CreateFilter ran there, in the gateway once its answer came back
            Awaitility.await().atMost(WAIT).until(() -> simulator.openFilters() > 0 && GatewayGauges.watchFilters() > 0);
            assertEquals(1, simulator.openFilters(), "one filter in vCenter");
            assertEquals(1, GatewayGauges.watchFilters());
            assertEquals(1, calls("CreateFilter"));
            assertEquals(200, GatewayGauges.watches());
            assertTrue(calls("RetrievePropertiesEx") <= 3, "one read per change, not one per watcher: " + calls("RetrievePropertiesEx"));
        } finally {
            streams.forEach(EventStream::close);
        }
        awaitNoFilter();
        Awaitility.await().atMost(WAIT).until(() -> GatewayGauges.watches() == 0);
        assertEquals(1, calls("DestroyPropertyFilter"), ledger.calls(VcenterApi.SOAP).stream().map(c -> c.operation() + "/" + c.user()).toList().toString());
    }

    long calls(String operation) {
        return ledger.calls(VcenterApi.SOAP).stream().filter(c -> c.operation().equals(operation)).count();
    }

    void awaitNoFilter() {
        Awaitility.await().atMost(WAIT).until(() -> simulator.openFilters() == 0 && GatewayGauges.watchFilters() == 0);
    }

    @Test
    void aWatchRidesThroughAVcenterRestartAndEndsOnSucceeded() {
        try (EventStream stream = watch("/v1/vms/vm-107/guest/customization/events?timeout=PT1M")) {
            stream.awaitEvents(1, WAIT);
            Awaitility.await().atMost(WAIT).until(() -> simulator.openFilters() == 1);
            simulator.expireSessions(); // every session and its filters gone: a fresh login makes them again
            Awaitility.await().atMost(WAIT).until(() -> createFilters("vm-107") == 2 && simulator.openFilters() == 1);
            simulator.customize("vm-107", true);
            stream.awaitEnd(WAIT);
            assertEquals("SUCCEEDED", statuses(stream).get(statuses(stream).size() - 1));
            assertTrue(stream.events().stream().noneMatch(e -> e.name().equals("error")));
            assertEquals(2, createFilters("vm-107"), "the filter was made again on the new session, once");
        }
        awaitNoFilter();
    }

    long createFilters(String vm) {
        return ledger.calls(VcenterApi.SOAP).stream().filter(c -> c.operation().equals("CreateFilter") && vm.equals(c.target())).count();
    }

    @Test
    void anOutageMidWatchEndsTheStreamWithAProblemEventInsteadOfAHang() {
        try (EventStream stream = watch("/v1/vms/vm-107/guest/customization/events?timeout=PT1M")) {
            stream.awaitEvents(1, WAIT);
            simulator.faults(VcenterApi.SOAP, new SimulatorState.Faults(0, 0, true));
            simulator.expireSessions(); // the pending wait ends; logging in again meets the outage
            stream.awaitEnd(Duration.ofSeconds(20));
            EventStream.Event last = stream.events().get(stream.events().size() - 1);
            assertEquals("error", last.name());
            Problem problem = last.as(Problem.class);
            assertEquals(503, problem.getStatus());
            assertTrue(problem.getRetryable());
            assertEquals("/v1/vms/vm-107/guest/customization/events", problem.getInstance());
            assertTrue(problem.getRequestId() != null);
        }
        Awaitility.await().atMost(WAIT).until(() -> GatewayGauges.watchFilters() == 0 && GatewayGauges.watches() == 0);
    }

    @Test
    void aTaskIsFollowedToItsEndWithoutPolling() {
        // queued for 1 s, then running for 4: the stream opens while it is queued, or at the latest while it runs
        simulated.get("legacy").state().taskDuration(Duration.ofSeconds(5));
        String location = Contract.api().contentType("application/json").body(Contract.abortBody("root", "guest-pass"))
                .post("/v1/vcenters/legacy/vms/vm-100/guest/customization/abort").then().statusCode(202).extract().header("Location");
        try (EventStream stream = watch(location + "/events")) {
            stream.awaitEnd(WAIT);
            List<Task> tasks = stream.events().stream().map(e -> e.as(Task.class)).toList();
            List<String> states = tasks.stream().map(t -> t.getState().toString()).distinct().toList();
            // in order, each once: the Task's changes as vCenter pushed them (QUEUED only if the stream opened in time to see it)
            assertTrue(states.equals(List.of("QUEUED", "RUNNING", "SUCCESS")) || states.equals(List.of("RUNNING", "SUCCESS")), states.toString());
            assertEquals(100, tasks.get(tasks.size() - 1).getProgress());
            // the abort's own read, the watch's first, then one per change vCenter pushed
            assertTrue(readsOfTheTask() <= tasks.size() + 2, "the Task was read on its changes, not polled: " + readsOfTheTask() + " reads");
            assertEquals(1, simulated.get("legacy").ledger().calls(VcenterApi.SOAP).stream().filter(c -> c.operation().equals("CreateFilter")).count());
        }
    }

    long readsOfTheTask() {
        return simulated.get("legacy").ledger().calls(VcenterApi.SOAP).stream()
                .filter(c -> c.operation().equals("RetrievePropertiesEx") && c.target() != null && c.target().startsWith("task-")).count();
    }

    @Test
    void refusedWatchesAreProblemsAndAVmThatDoesNotExistIsAnErrorEvent() {
        given().get("/v1/vms/vm-110/guest/customization/events").then().statusCode(401);
        Contract.api().get("/v1/vms/vm-110/guest/customization/events?timeout=soon").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("timeout"));
        Contract.api().get("/v1/vms/vm-110/guest/customization/events?since=yesterday").then().statusCode(400)
                .body("errors[0].field", equalTo("since"));
        Contract.api().get("/v1/vms/vm-110/guest/customization?wait=PT5S&since=2026-13-01T00:00:00Z").then().statusCode(400);
        Contract.api().get("/v1/vcenters/nowhere/vms/vm-110/guest/customization/events").then().statusCode(404)
                .body("type", containsString("unknown-vcenter"));
        try (EventStream stream = watch("/v1/vms/vm-999/guest/customization/events")) {
            stream.awaitEnd(WAIT);
            EventStream.Event only = stream.events().get(0);
            assertEquals("error", only.name());
            assertEquals(404, only.as(Problem.class).getStatus());
        }
        Contract.api().get("/v1/vms/vm-999/guest/customization?wait=PT5S").then().statusCode(404)
                .header("X-Request-Id", notNullValue());
    }
}
