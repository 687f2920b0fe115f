package io.vcgate.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vcgate.simulator.VcenterApi;
import io.vcgate.simulator.SimulatedVcenters;
import io.vcgate.simulator.SimulatorLedger;
import io.vcgate.testing.Contract;

/**
 * One session per caller on a vCenter that accepts one session on both APIs, however the caller's
 * calls interleave, over the wire against the simulator: 20 users with 5 callers each send a status
 * read and an abort at the same moment, so each user's first REST and SOAP calls race (race a); after a
 * restart (every session forgotten) the same burst again, so both APIs find one unified session gone at
 * once (race b). Counted in the simulated vCenter's ledger: logins per user, and logouts (a session is
 * logged out only while vcgate holds it for no call: none here, nothing is idle or over budget).
 *
 * <p>On {@code u803} (8.0.3: unified sessions, no customization-live) and on the default vCenter (9.0:
 * unified sessions and customization-live, so status reads really use REST while aborts use SOAP).
 */
@QuarkusTest
class UnifiedSessionRacesTest {

    static final int USERS = 20;
    static final int CALLERS = 5;

    @Inject
    SimulatedVcenters simulated;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Calls in flight from this test at most: below a vCenter's bulkhead (64 calls and 128 waiting, per API). */
    final Semaphore inFlight = new Semaphore(120);

    static String user(int first, int u) {
        return String.format("load%03d@vsphere.local", first + u);
    }

    /** What a burst sends: status reads, aborts, or both at once. */
    enum Calls { STATUS, BOTH }

    /** Every caller of users {@code first}.. sends its calls at once (a status read and an abort: both at the same moment); each answers 2xx. */
    CompletableFuture<Void> burst(String vcenter, int first, int users, Calls what) {
        String prefix = SimulatedVcenters.DEFAULT.equals(vcenter) ? "/v1" : "/v1/vcenters/" + vcenter;
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<CompletableFuture<?>> calls = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            String auth = "Basic " + Base64.getEncoder().encodeToString((user(first, u) + ":" + Contract.PASSWORD).getBytes(StandardCharsets.UTF_8));
            for (int c = 0; c < CALLERS; c++) {
                List<HttpRequest> requests = new ArrayList<>();
                requests.add(HttpRequest.newBuilder(URI.create("http://localhost:" + port + prefix + "/vms/vm-103/guest/customization"))
                        .header("Authorization", auth).timeout(Duration.ofSeconds(30)).build());
                if (what == Calls.BOTH) {
                    requests.add(HttpRequest.newBuilder(URI.create("http://localhost:" + port + prefix + "/vms/vm-100/guest/customization/abort"))
                            .header("Authorization", auth).header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofString(Contract.abortBody("root", "guest-pass"))).build());
                }
                // a caller's calls leave together; callers wait for room under the vCenter's bulkheads
                inFlight.acquireUninterruptibly(requests.size());
                for (HttpRequest request : requests) {
                    calls.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                        inFlight.release();
                        statuses.merge(failure == null ? response.statusCode() : -1, 1, Integer::sum);
                    }));
                }
            }
        }
        int expected = calls.size();
        return CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).handle((x, e) -> {
            assertEquals(expected, statuses.entrySet().stream().filter(s -> s.getKey() / 100 == 2).mapToInt(Map.Entry::getValue).sum(),
                    "every call answered 2xx: " + statuses);
            return null;
        });
    }

    /** The JVM's first SOAP and REST calls build their clients: done on another vCenter, by another user. */
    void warmUp() {
        burst("u802", 699, 1, Calls.BOTH).join();
    }

    /** Logins (REST + SOAP) per user, as the vCenter saw them. */
    Map<String, Integer> logins(String vcenter, int first, int users) {
        SimulatorLedger ledger = simulated.get(vcenter).ledger();
        Map<String, Integer> logins = new TreeMap<>();
        for (int u = 0; u < users; u++) {
            logins.put(user(first, u), ledger.logins(VcenterApi.REST, user(first, u)) + ledger.logins(VcenterApi.SOAP, user(first, u)));
        }
        return logins;
    }

    /**
     * Sessions of these users vCenter logged out (it counts a logout only of a session it knows: a logout of a
     * session forgotten in a restart is not one). Nothing here is idle or over budget, so each is a session
     * vcgate logged out while it still served, or could serve, another call.
     */
    int logouts(String vcenter, int first, int users) {
        SimulatorLedger ledger = simulated.get(vcenter).ledger();
        int logouts = 0;
        for (int u = 0; u < users; u++) {
            logouts += ledger.logouts(VcenterApi.REST, user(first, u)) + ledger.logouts(VcenterApi.SOAP, user(first, u));
        }
        return logouts;
    }

    static Map<String, Integer> each(int first, int users, int logins) {
        Map<String, Integer> expected = new TreeMap<>();
        for (int u = 0; u < users; u++) {
            expected.put(user(first, u), logins);
        }
        return expected;
    }

    void report(String what, String vcenter, int first, int users) {
        System.out.printf("unified-session races, %s on %s: logins per user %s, logouts %d%n", what, vcenter,
                logins(vcenter, first, users).values(), logouts(vcenter, first, users));
    }

    /** (a) Each caller's first REST and SOAP calls at once: one login per user. */
    void firstCallsAtOnce(String vcenter, int first) {
        warmUp();
        burst(vcenter, first, USERS, Calls.BOTH).join();
        report("first calls at once", vcenter, first, USERS);
        assertEquals(each(first, USERS, 1), logins(vcenter, first, USERS), "one login per user");
        assertEquals(0, logouts(vcenter, first, USERS), "no session logged out");
    }

    /**
     * (b) A restart while the users are busy: each user's session is then turned down by both APIs at once;
     * new users' first calls arrive at that very moment. One more login per busy user, one per new user,
     * and no session logged out.
     */
    void aRestartUnderLoad(String vcenter, int first, Calls before) {
        warmUp();
        burst(vcenter, first, USERS, before).join();
        simulated.get(vcenter).state().expireSessions(); // a restart: vCenter forgets every session
        CompletableFuture<Void> busy = burst(vcenter, first, USERS, Calls.BOTH);
        CompletableFuture<Void> arriving = burst(vcenter, first + USERS, USERS, Calls.BOTH);
        busy.join();
        arriving.join();
        report("a restart (" + before + " before it) with new users arriving", vcenter, first, USERS * 2);
        Map<String, Integer> expected = each(first, USERS, 2);
        expected.putAll(each(first + USERS, USERS, 1));
        assertEquals(expected, logins(vcenter, first, USERS * 2), "one login per user, one more after the restart for those it caught");
        assertEquals(0, logouts(vcenter, first, USERS * 2), "no session logged out, none another call held");
    }

    @Test
    void on803EachUsersFirstCallsAtOnceCostOneLogin() {
        firstCallsAtOnce("u803", 500);
    }

    @Test
    void on803ARestartUnderLoadCostsEachUserOneLoginMore() {
        aRestartUnderLoad("u803", 520, Calls.BOTH);
    }

    @Test
    void on90EachUsersFirstCallsAtOnceCostOneLogin() {
        firstCallsAtOnce(SimulatedVcenters.DEFAULT, 560);
    }

    @Test
    void on90ARestartUnderLoadCostsEachUserOneLoginMore() {
        aRestartUnderLoad(SimulatedVcenters.DEFAULT, 580, Calls.BOTH);
    }

    @Test
    void on90ARestartAfterStatusReadsOnlyCostsEachUserOneLoginMore() {
        aRestartUnderLoad(SimulatedVcenters.DEFAULT, 620, Calls.STATUS);
    }

    /**
     * (a) while another caller's session awaits its verdict: that caller read status only (REST), then vCenter
     * restarted and its next call was an abort (SOAP), which turned its session down: refused, or forgotten?
     * Only REST can tell, and that caller has not called REST since. New users' first calls meanwhile still
     * cost one login each.
     */
    @Test
    void on90FirstCallsWhileAnotherCallersSessionAwaitsItsVerdictCostOneLoginEach() {
        warmUp();
        burst(SimulatedVcenters.DEFAULT, 660, 1, Calls.STATUS).join();
        simulated.get(SimulatedVcenters.DEFAULT).state().expireSessions();
        String auth = "Basic " + Base64.getEncoder().encodeToString((user(660, 0) + ":" + Contract.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<Void> abort = http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/vms/vm-100/guest/customization/abort"))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Contract.abortBody("root", "guest-pass"))).build(), HttpResponse.BodyHandlers.discarding()).join();
        assertEquals(202, abort.statusCode());

        burst(SimulatedVcenters.DEFAULT, 661, USERS, Calls.BOTH).join();
        report("first calls at once while another caller's session awaits its verdict", SimulatedVcenters.DEFAULT, 661, USERS);
        assertEquals(each(661, USERS, 1), logins(SimulatedVcenters.DEFAULT, 661, USERS), "one login per new user");
        assertEquals(0, logouts(SimulatedVcenters.DEFAULT, 660, USERS + 1), "no session logged out");
    }
}
