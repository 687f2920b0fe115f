package io.vcgate.customization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.vcgate.simulator.SimulatedVcenters;
import io.vcgate.simulator.SimulatedVcenters.SimulatedVcenter;
import io.vcgate.simulator.VcenterApi;
import io.vcgate.testing.Contract;
import io.vcgate.testing.EventStream;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A small farm (src/bench/farm.sh runs the big ones): 24 clones customized at once on the simulated
 * vCenter {@code farm} (behind a REST bulkhead of four calls, which the farm's reads outnumber), ending SUCCEEDED or (one in ten) FAILED with a failure event, followed by two
 * callers, each over server-sent events and long polls with {@code since}; once every watch has its
 * filter, the vCenter restarts
 * (every session dropped). What does not depend on the machine is asserted from the simulator: every end
 * reaches its watcher once, with the failure event of a failed run (the reads the bulkhead turned away
 * waited their turn); no caller session has more than one
 * WaitForUpdatesEx in flight; the vCenter calls per followed run stay within what the design costs (status
 * reads only where customization-live would say something new, no interruption for a new filter); every
 * watch resumes on one fresh login per caller, and no filter is left behind.
 */
@QuarkusTest
class FarmTest {

    static final int VMS = 24;
    static final List<String> CALLERS = List.of("load101@vsphere.local", "load102@vsphere.local");
    static final Duration WAIT = Duration.ofSeconds(60);
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Inject
    SimulatedVcenters simulated;

    /** What one watcher saw of one VM: the statuses with ended=true it was told. */
    record Followed(String vm, String caller, boolean stream, List<JsonNode> ends) {
    }

    @Test
    void everyEndOfAFarmReachesItsWatcherOnceOnOneWaitPerSessionAcrossARestart() throws Exception {
        SimulatedVcenter vcenter = simulated.get("farm");
        vcenter.state().reset();
        vcenter.ledger().reset();
        JsonNode farm = admin("POST", "/vc/farm/simulator/farm",
                "{\"vms\":" + VMS + ",\"startWithinMs\":1000,\"minRunMs\":6000,\"maxRunMs\":9000,\"failEvery\":10,\"seed\":32}");
        String since = Instant.ofEpochMilli(farm.get("startedAt").asLong()).minusSeconds(1).toString();
        Map<String, String> outcomes = new LinkedHashMap<>();
        farm.get("runs").forEach(run -> outcomes.put(run.get("vm").asText(), run.get("outcome").asText()));

        // each caller follows half the farm: two in three over server-sent events, the others by long polls with since
        List<EventStream> streams = new ArrayList<>();
        List<CompletableFuture<Followed>> followed = new ArrayList<>();
        int i = 0;
        for (String vm : outcomes.keySet()) {
            String caller = CALLERS.get(i % CALLERS.size());
            String path = "/v1/vcenters/farm/vms/" + vm + "/guest/customization";
            if (i++ % 3 != 2) {
                EventStream stream = EventStream.open(port, path + "/events?timeout=PT2M&since=" + since, caller);
                streams.add(stream);
                followed.add(CompletableFuture.supplyAsync(() -> {
                    stream.awaitEnd(WAIT);
                    List<JsonNode> ends = stream.events().stream().filter(e -> e.name().equals("status"))
                            .map(EventStream.Event::json).filter(s -> s.path("ended").asBoolean()).toList();
                    return new Followed(vm, caller, true, ends);
                }));
            } else {
                followed.add(longPoll(path + "?wait=PT2M&since=" + since, caller)
                        .thenApply(answer -> new Followed(vm, caller, false, answer.path("ended").asBoolean() ? List.of(answer) : List.of())));
            }
        }

        // the vCenter restarts once every watch has its filter, while the runs are under way: every session
        // (and its filters) is gone
        Awaitility.await().atMost(WAIT).until(() -> vcenter.state().openFilters() == VMS);
        int endedBefore = admin("GET", "/vc/farm/simulator/farm", null).get("ended").asInt();
        vcenter.state().expireSessions();

        try {
            for (CompletableFuture<Followed> f : followed) {
                Followed watch = f.get(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
                assertEquals(1, watch.ends().size(), watch.vm() + ": its end told once, " + watch.ends());
                JsonNode end = watch.ends().get(0);
                assertEquals(outcomes.get(watch.vm()), end.get("status").asText(), watch.vm());
                if (end.get("status").asText().equals("FAILED")) {
                    assertEquals("CustomizationNetworkSetupFailed", end.path("error").path("event").path("type").asText(),
                            watch.vm() + ": the failure reason comes with its end: " + end);
                }
            }
            for (EventStream stream : streams) {
                assertTrue(stream.events().stream().noneMatch(e -> e.name().equals("error")), "no stream failed: " + stream.events());
            }
        } finally {
            streams.forEach(EventStream::close);
        }
        assertTrue(endedBefore < VMS, "the restart came while runs were under way (" + endedBefore + " had ended)");

        // the farm's reads outnumbered the REST bulkhead (four calls and two waiting): those it turned away
        // waited their turn, rather than ending their watches
        double turnedAway = Arc.container().instance(MeterRegistry.class).get().find("vcgate.backend.calls")
                .tags("vcenter", "farm", "outcome", "bulkhead-full").timers().stream().mapToDouble(t -> t.count()).sum();
        assertTrue(turnedAway > 0, "the bulkhead turned reads away");

        Awaitility.await().atMost(WAIT).until(() -> vcenter.state().openFilters() == 0);
        // one WaitForUpdatesEx per caller session at any time, before the restart and after it
        assertEquals(1, vcenter.state().waits().get("mostPerSession"), "WaitForUpdatesEx in flight per session at most");
        // every watch resumed on one fresh login per caller (9.0: one session serves both APIs)
        for (String caller : CALLERS) {
            assertEquals(2, vcenter.ledger().logins(VcenterApi.SOAP, caller) + vcenter.ledger().logins(VcenterApi.REST, caller),
                    caller + ": a login, and one after the restart");
        }
        // the calls per followed run: a filter per VM and caller (made again after the restart for the runs
        // still under way), destroyed at its end; status reads only where customization-live shows
        // something new (the pushed value says so): when the watch opens, when its run begins (these
        // watches open before it), when it runs with its start time, when it ends, and one more for a read
        // the restart cut; the failure event of a failed run; the waits shared by the caller's session;
        // new filters made beside a pending wait, so no CancelWaitForUpdates but the one that lets a
        // caller's loop end
        Map<String, Integer> soap = vcenter.ledger().operations(VcenterApi.SOAP);
        Map<String, Integer> rest = vcenter.ledger().operations(VcenterApi.REST);
        int open = VMS - endedBefore;
        assertTrue(soap.getOrDefault("CreateFilter", 0) >= VMS && soap.getOrDefault("CreateFilter", 0) <= VMS + open,
                "a filter per followed run, again after the restart for those under way: " + soap);
        assertTrue(soap.getOrDefault("DestroyPropertyFilter", 0) <= VMS, "a filter destroyed at most once per run: " + soap);
        assertTrue(rest.getOrDefault("getCustomizationLive", 0) <= 5 * VMS, "at most five status reads per run: " + rest);
        assertTrue(soap.getOrDefault("CancelWaitForUpdates", 0) <= CALLERS.size(), "a wait interrupted only to end a caller's loop: " + soap);
        int calls = soap.entrySet().stream().filter(e -> !e.getKey().equals("Login") && !e.getKey().equals("RetrieveServiceContent"))
                .mapToInt(Map.Entry::getValue).sum()
                + rest.entrySet().stream().filter(e -> !e.getKey().equals("createSession") && !e.getKey().equals("deleteSession"))
                        .mapToInt(Map.Entry::getValue).sum();
        System.out.printf("farm test: %d runs, vCenter calls %s %s, %.1f per run%n", VMS, soap, rest, (double) calls / VMS);
        assertTrue(calls <= 10 * VMS, "at most 10 vCenter calls per followed run besides logins (restart included): " + soap + " " + rest);
    }

    private CompletableFuture<JsonNode> longPoll(String path, String caller) {
        String auth = Base64.getEncoder().encodeToString((caller + ":" + Contract.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Basic " + auth)
                .timeout(Duration.ofSeconds(150)).GET().build();
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            assertEquals(200, response.statusCode(), response.body());
            return json(response.body());
        });
    }

    /** The simulator's admin API, as a benchmark drives it. */
    private JsonNode admin(String method, String path, String body) throws IOException, InterruptedException {
        int simulatorPort = org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("vcgate.simulator.port", Integer.class);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + simulatorPort + path))
                .header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return json(response.body());
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
