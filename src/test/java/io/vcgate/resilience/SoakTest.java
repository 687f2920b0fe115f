package io.vcgate.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.vcgate.simulator.SimulatorLedger;
import io.vcgate.simulator.SimulatorState;
import io.vcgate.simulator.VcenterApi;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/**
 * A soak over the wire with the gateway's default resilience settings: many concurrent callers of
 * several vCenter users (status reads and aborts) against the simulator, first with one vCenter call in
 * five failing at random and a vCenter restart (every session dropped) halfway through, then with every
 * call failing. It prints what it saw, and holds the gateway to:
 * <ul>
 * <li>at 20 % faults: at least 95 % of status reads answered 2xx, the breaker never opens, no abort that
 * reached vCenter is sent again, and no answer is malformed;</li>
 * <li>after the restart: each user logs in once more (one session serves both APIs on 9.0);</li>
 * <li>at 100 % faults: both circuits open, and while open vCenter sees no call at all.</li>
 * </ul>
 * Short by default ({@code vcgate.soak.seconds=12}, {@code vcgate.soak.callers=200}); longer runs:
 * {@code ./mvnw verify -Dtest=SoakTest -Dvcgate.soak.seconds=60}.
 */
@QuarkusTest
@Tag("soak") // its own execution (pom.xml): ./mvnw verify runs it, ./mvnw test does not
class SoakTest {

    static final int CALLERS = Integer.getInteger("vcgate.soak.callers", 200);
    static final Duration PHASE = Duration.ofSeconds(Long.getLong("vcgate.soak.seconds", 12));
    static final int USERS = 20;
    static final ObjectMapper JSON = new ObjectMapper();
    static final Buffer ABORT_BODY = Buffer.buffer("{\"credentials\":{\"type\":\"password\",\"username\":\"root\",\"password\":\"guest-pass\"}}");

    @Inject
    SimulatorState simulator;

    @Inject
    SimulatorLedger ledger;

    @Inject
    MeterRegistry meters;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    /** What the callers saw in one phase. */
    static final class Tally {
        final AtomicLong statusCalls = new AtomicLong();
        final AtomicLong status2xx = new AtomicLong();
        final AtomicLong abortCalls = new AtomicLong();
        final AtomicLong abort2xx = new AtomicLong();
        final AtomicLong unavailable = new AtomicLong();
        final AtomicLong other = new AtomicLong();
        final AtomicLong malformed = new AtomicLong();
        final AtomicLong transportErrors = new AtomicLong();

        long calls() {
            return statusCalls.get() + abortCalls.get();
        }

        String summary() {
            long all = Math.max(1, calls());
            return String.format("%d calls (%d status, %d abort): status 2xx %.2f %%, abort 2xx %.2f %%, 503 %.2f %%, other %.2f %%,"
                    + " malformed %d, transport errors %d", calls(), statusCalls.get(), abortCalls.get(),
                    100.0 * status2xx.get() / Math.max(1, statusCalls.get()), 100.0 * abort2xx.get() / Math.max(1, abortCalls.get()),
                    100.0 * unavailable.get() / all, 100.0 * other.get() / all, malformed.get(), transportErrors.get());
        }
    }

    @Test
    void aVcenterFailingOneCallInFiveIsRiddenThroughAndAnOutageIsCutOff() {
        // the callers' own event loops, apart from the gateway's
        Vertx vertx = Vertx.vertx();
        HttpClient http = vertx.createHttpClient(new HttpClientOptions().setDefaultHost("localhost").setDefaultPort(port)
                .setMaxPoolSize(CALLERS).setKeepAlive(true));
        try {
            soak(http);
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    void soak(HttpClient http) {
        // every user logs in on both APIs before the faults start, and the JIT warms up
        for (int u = 1; u <= USERS; u++) {
            String basic = basic(user(u));
            assertEquals(200, send(http, basic, false).toCompletableFuture().join().status());
            assertEquals(202, send(http, basic, true).toCompletableFuture().join().status());
        }
        Tally warm = run(http, Duration.ofSeconds(3), null, new AtomicBoolean());
        assertEquals(0, warm.malformed.get(), warm.summary());
        ledger.reset();

        simulator.faults(VcenterApi.REST, new SimulatorState.Faults(0, 0.2, false));
        simulator.faults(VcenterApi.SOAP, new SimulatorState.Faults(0, 0.2, false));
        double openedBefore = openings();
        double abortRetriesBefore = retries("AbortCustomization_Task");
        Tally degraded = run(http, PHASE, () -> simulator.expireSessions(), new AtomicBoolean());
        int hits = ledger.hits(VcenterApi.REST) + ledger.hits(VcenterApi.SOAP);
        System.out.printf("soak, 20 %% faults and a restart, %d callers of %d users, %s: %s; vCenter calls per facade call %.2f;"
                + " breaker openings %.0f; abort retries %.0f%n", CALLERS, USERS, PHASE, degraded.summary(),
                (double) hits / Math.max(1, degraded.calls()), openings() - openedBefore, retries("AbortCustomization_Task") - abortRetriesBefore);

        assertEquals(0, degraded.malformed.get(), "no malformed answer: " + degraded.summary());
        assertEquals(0, degraded.transportErrors.get(), "every call answered: " + degraded.summary());
        assertTrue(degraded.status2xx.get() >= 0.95 * degraded.statusCalls.get(), "95 % of status reads succeed: " + degraded.summary());
        assertEquals(0, openings() - openedBefore, "the breaker never opened");
        assertEquals(0, retries("AbortCustomization_Task") - abortRetriesBefore, "no abort that reached vCenter was sent again");
        for (int u = 1; u <= USERS; u++) {
            String user = user(u);
            // 9.0: one session serves both APIs, so one login in all, on whichever API the user called first
            assertEquals(1, ledger.logins(VcenterApi.REST, user) + ledger.logins(VcenterApi.SOAP, user), user + " logged in once more after the restart");
        }

        simulator.faults(VcenterApi.REST, new SimulatorState.Faults(0, 0, true));
        simulator.faults(VcenterApi.SOAP, new SimulatorState.Faults(0, 0, true));
        AtomicBoolean stop = new AtomicBoolean();
        CompletableFuture<Tally> outage = CompletableFuture.supplyAsync(() -> run(http, Duration.ofSeconds(30), null, stop));
        try {
            Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                    .until(() -> "OPEN".equals(state("rest")) && "OPEN".equals(state("soap")));
            // calls that left before the circuits opened drain (a busy event loop may take a moment to write them);
            // then the callers go on calling for a full second, and vCenter sees none of it
            AtomicLong seen = new AtomicLong(-1);
            Awaitility.await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(250))
                    .until(() -> seen.getAndSet(hits()) == hits());
            long before = hits();
            Awaitility.await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(() -> hits() == before);
            assertEquals("OPEN", state("rest"));
            assertEquals("OPEN", state("soap"));
        } finally {
            stop.set(true);
        }
        Tally cut = outage.join();
        System.out.printf("soak, outage: %s; circuits %s / %s%n", cut.summary(), state("rest"), state("soap"));
        assertEquals(0, cut.malformed.get(), cut.summary());
        assertTrue(cut.unavailable.get() > 0.9 * cut.calls(), "an outage is answered 503: " + cut.summary());
    }

    /** {@link #CALLERS} callers, each sending its next request when its last is answered, until the time is up. */
    Tally run(HttpClient http, Duration duration, Runnable halfway, AtomicBoolean stop) {
        Tally tally = new Tally();
        long end = System.nanoTime() + duration.toNanos();
        long middle = System.nanoTime() + duration.toNanos() / 2;
        AtomicBoolean halfwayDone = new AtomicBoolean(halfway == null);
        List<CompletableFuture<Void>> callers = new ArrayList<>();
        for (int c = 0; c < CALLERS; c++) {
            String basic = basic(user(1 + c % USERS));
            CompletableFuture<Void> done = new CompletableFuture<>();
            next(http, basic, tally, end, middle, halfway, halfwayDone, stop, done);
            callers.add(done);
        }
        CompletableFuture.allOf(callers.toArray(CompletableFuture[]::new)).join();
        return tally;
    }

    private void next(HttpClient http, String basic, Tally tally, long end, long middle, Runnable halfway, AtomicBoolean halfwayDone,
            AtomicBoolean stop, CompletableFuture<Void> done) {
        long now = System.nanoTime();
        if (now >= end || stop.get()) {
            done.complete(null);
            return;
        }
        if (now >= middle && halfwayDone.compareAndSet(false, true)) {
            halfway.run();
        }
        boolean abort = ThreadLocalRandom.current().nextInt(10) == 0;
        send(http, basic, abort).whenComplete((response, failure) -> {
            (abort ? tally.abortCalls : tally.statusCalls).incrementAndGet();
            if (failure != null) {
                tally.transportErrors.incrementAndGet();
            } else {
                record(tally, abort, response);
            }
            next(http, basic, tally, end, middle, halfway, halfwayDone, stop, done);
        });
    }

    /** An answer as the callers saw it. */
    record Answer(int status, String contentType, String body) {
    }

    /** A status read of a random fixture, or an abort of vm-103 (finished: its Task succeeds with nothing to abort). */
    static CompletionStage<Answer> send(HttpClient http, String basic, boolean abort) {
        RequestOptions options = new RequestOptions().setMethod(abort ? HttpMethod.POST : HttpMethod.GET)
                .setURI(abort ? "/v1/vms/vm-103/guest/customization/abort"
                        : "/v1/vms/vm-10" + ThreadLocalRandom.current().nextInt(8) + "/guest/customization")
                .putHeader("Authorization", basic).setTimeout(30_000);
        if (abort) {
            options.putHeader("Content-Type", "application/json");
        }
        return http.request(options)
                .compose(request -> abort ? request.send(ABORT_BODY) : request.send())
                .compose(response -> response.body().map(body -> new Answer(response.statusCode(),
                        response.getHeader("Content-Type") == null ? "" : response.getHeader("Content-Type"), body.toString())))
                .toCompletionStage();
    }

    private static void record(Tally tally, boolean abort, Answer answer) {
        int status = answer.status();
        if (!wellFormed(answer)) {
            tally.malformed.incrementAndGet();
        }
        if (status / 100 == 2) {
            (abort ? tally.abort2xx : tally.status2xx).incrementAndGet();
        } else if (status == 503) {
            tally.unavailable.incrementAndGet();
        } else {
            tally.other.incrementAndGet();
        }
    }

    /** A 2xx with the document it promises, or a problem with every field a problem has and its own status. */
    static boolean wellFormed(Answer answer) {
        try {
            JsonNode body = JSON.readTree(answer.body());
            int status = answer.status();
            if (status / 100 == 2) {
                return answer.contentType().startsWith("application/json")
                        && (body.has("status") && body.has("vm") || body.has("id") && body.has("state"));
            }
            return answer.contentType().startsWith("application/problem+json") && body.path("status").asInt() == status
                    && body.hasNonNull("type") && body.hasNonNull("title") && body.hasNonNull("detail") && body.hasNonNull("instance")
                    && body.has("retryable") && body.hasNonNull("requestId");
        } catch (Exception e) {
            return false;
        }
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":VMware1!").getBytes(StandardCharsets.UTF_8));
    }

    static String user(int i) {
        return String.format("pipeline-%02d@vsphere.local", i);
    }

    long hits() {
        return ledger.hits(VcenterApi.REST) + ledger.hits(VcenterApi.SOAP);
    }

    double openings() {
        return meters.find("vcgate.circuit.opened").tag("vcenter", "default").counters().stream().mapToDouble(c -> c.count()).sum();
    }

    double retries(String operation) {
        return meters.find("vcgate.backend.retries").tag("operation", operation).counters().stream().mapToDouble(c -> c.count()).sum();
    }

    String state(String backend) {
        return meters.find("vcgate.circuit.state").tag("vcenter", "default").tag("backend", backend).gauges().stream().filter(g -> g.value() == 1.0)
                .map(g -> g.getId().getTag("state").toUpperCase()).findFirst().orElse("?");
    }
}
