package io.vcgate.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import io.vcgate.testing.VcenterEnvelopes;
import io.vcgate.testing.WireMockVcenter;

/**
 * Session ids on vCenter's dialects across replicas of the packaged gateway, as behind a Kubernetes
 * Service with no sticky routing (io.vcgate.compat.session.CompatSessions): replicas that share
 * {@code vcgate.compat.sessions.key} honour each other's ids; a replica with another key honours none.
 * <ul>
 * <li>Replica A: the packaged gateway Quarkus starts for this test (fast-jar, or the native executable
 * with -Dnative), prod profile, HTTPS on the facade, on quarkus.http.test-port / test-ssl-port, key KEY.</li>
 * <li>Replica B: a second process of the same artifact (target/quarkus-artifact.properties says which),
 * prod profile, key KEY, plain HTTP allowed ({@code vcgate.facade.allow-plain-http}, as behind a
 * TLS-terminating proxy), against the same WireMock vCenter.</li>
 * <li>Replica C: the same with OTHER_KEY.</li>
 * </ul>
 * B and C listen on ports of their own, each checked free and other than A's (and each other's) before
 * it starts: a port from {@code -Dvcgate.it.port-range=FIRST-LAST} when given (parallel builds each get a
 * range), else one the OS picks. They are stopped after the class (destroyed, their exit awaited).
 */
@QuarkusIntegrationTest
@TestProfile(CompatReplicasIT.ReplicaA.class)
class CompatReplicasIT {

    static final String KEY = "mL4pT0xq1Z9cV8bN7aS6dF5gH4jK3lQ2wE1rT0yU9iO=";
    static final String OTHER_KEY = "3q2+7wABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhs=";
    static final String ADMIN = "administrator@vsphere.local";
    static final String PASSWORD = "VMware1!";
    static final String VI = "/sdk/vim25/9.0.0.0";
    static final String TASK = VI + "/Task/task-1/info";
    static final String LIVE = "/api/vcenter/vm/vm-1/guest/customization-live";

    public static class ReplicaA implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("vcgate.compat.sessions.key", KEY,
                    "quarkus.http.tls-configuration-name", "facade",
                    "quarkus.tls.facade.key-store.p12.path", WireMockVcenter.LOCALHOST_KEYS.toString(),
                    "quarkus.tls.facade.key-store.p12.password", "changeit");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(WireMockVcenter.class));
        }
    }

    /** A's ports, as given to the build (else Quarkus' defaults for a packaged test). */
    static final int A_HTTP_PORT = Integer.getInteger("quarkus.http.test-port", 8081);
    static final int A_HTTPS_PORT = Integer.getInteger("quarkus.http.test-ssl-port", 8444);

    /** One more process of the packaged gateway. */
    record Replica(String name, Process process, int port, Path log) {
        RequestSpecification http() {
            return given().baseUri("http://localhost").port(port);
        }
    }

    static Replica b;
    static Replica c;
    /** Every port a replica of this test listens on, A's included: none is handed out twice. */
    static final Set<Integer> TAKEN = new HashSet<>();
    /** The session ids issued in this test: none may appear in a replica's log, nor the password. */
    static final List<String> IDS = new ArrayList<>();

    @BeforeEach
    void replicas() throws IOException {
        stubVcenter();
        if (b == null) {
            TAKEN.addAll(List.of(A_HTTP_PORT, A_HTTPS_PORT, Integer.getInteger("vcgate.simulator.port", -1)));
            b = start("b", KEY);
            c = start("c", OTHER_KEY);
        }
    }

    @AfterAll
    static void stopReplicas() throws InterruptedException, IOException {
        List<Replica> started = new ArrayList<>();
        for (Replica replica : new Replica[] { b, c }) {
            if (replica != null) {
                started.add(replica);
                replica.process().destroy();
            }
        }
        for (Replica replica : started) {
            if (!replica.process().waitFor(30, TimeUnit.SECONDS)) {
                replica.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
        b = null;
        c = null;
        TAKEN.clear();
        List<String> ids = List.copyOf(IDS);
        IDS.clear();
        for (Replica replica : started) {
            assertFalse(replica.process().isAlive(), "replica " + replica.name() + " stopped");
            String log = Files.readString(replica.log());
            assertTrue(log.contains("Listening on: http://localhost:" + replica.port()), "replica " + replica.name() + " served its own port");
            assertFalse(log.contains(PASSWORD), "a password in replica " + replica.name() + "'s log");
            ids.forEach(id -> assertFalse(log.contains(id), "a session id in replica " + replica.name() + "'s log"));
        }
    }

    /** The vCenter all three replicas front: 9.0 (customization-live on REST), WireMock answering. */
    static void stubVcenter() {
        var vc = WireMockVcenter.server;
        vc.resetAll();
        vc.stubFor(post("/api/session").willReturn(json(201, "\"0123456789abcdef0123456789abcdef\"")));
        vc.stubFor(get("/api/vcenter/vm/vm-1/guest/customization-live").willReturn(json(200,
                "{\"status\":\"SUCCEEDED\",\"start_time\":\"2026-11-22T09:00:00.000Z\",\"end_time\":\"2026-11-22T09:02:10.000Z\"}")));
        vc.stubFor(post("/sdk").withRequestBody(containing("RetrieveServiceContent")).willReturn(xml(200, VcenterEnvelopes.serviceContent("9.0.0.0"))));
        vc.stubFor(post("/sdk").withRequestBody(containing("<Login ")).willReturn(xml(200, VcenterEnvelopes.login())
                .withHeader("Set-Cookie", "vmware_soap_session=\"5c1a8e2f9b7d4e6a8c0b1d3f5e7a9c2b4d6f8e0a\"; Path=/; HttpOnly; Secure;")));
        vc.stubFor(post("/sdk").withRequestBody(containing("<Logout")).willReturn(xml(200, VcenterEnvelopes.envelope("<LogoutResponse xmlns=\"urn:vim25\"/>"))));
        vc.stubFor(post("/sdk").withRequestBody(containing("RetrievePropertiesEx")).withRequestBody(containing(">task-1<"))
                .willReturn(xml(200, VcenterEnvelopes.taskInfo("task-1", "success"))));
    }

    static ResponseDefinitionBuilder xml(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/xml; charset=utf-8").withBody(body);
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    // --- the replicas ---------------------------------------------------------------------------------

    /**
     * Starts the packaged gateway again (the fast-jar with this JVM's java, or the native executable),
     * prod profile, on a free port of its own, with {@code key}, against the WireMock vCenter, and awaits
     * its readiness.
     */
    static Replica start(String name, String key) throws IOException {
        int port = freePort();
        int sslPort = freePort(); // unused (no certificate), but never A's
        Properties artifact = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("target/quarkus-artifact.properties"))) {
            artifact.load(in);
        }
        Path runner = Path.of("target").resolve(artifact.getProperty("path")).toAbsolutePath();
        List<String> command = new ArrayList<>();
        boolean nativeExecutable = "native".equals(artifact.getProperty("type"));
        if (!nativeExecutable) {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        }
        for (Map.Entry<String, String> setting : Map.of(
                "quarkus.profile", "prod",
                "quarkus.http.host", "localhost",
                "quarkus.http.port", Integer.toString(port),
                "quarkus.http.ssl-port", Integer.toString(sslPort),
                "vcgate.facade.allow-plain-http", "true",
                "vcgate.compat.sessions.key", key,
                "vcgate.vcenter.url", "http://localhost:" + WireMockVcenter.server.port(),
                "vcgate.resilience.rest.retry.delay", "10ms",
                "vcgate.resilience.soap.retry.delay", "10ms").entrySet()) {
            command.add("-D" + setting.getKey() + "=" + setting.getValue());
        }
        if (nativeExecutable) {
            command.add(0, runner.toString());
        } else {
            command.add("-jar");
            command.add(runner.toString());
        }
        Path log = Path.of("target", "replica-" + name + ".log").toAbsolutePath();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Replica replica = new Replica(name, process, port, log);
        try {
            awaitReady(replica);
        } catch (RuntimeException | Error e) {
            process.destroyForcibly(); // never left running by a start that failed
            throw e;
        }
        return replica;
    }

    static void awaitReady(Replica replica) {
        String name = replica.name();
        int port = replica.port();
        Path log = replica.log();
        Process process = replica.process();
        Awaitility.await("replica " + name + " ready on port " + port + " (its log: " + log + ")").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(250)).ignoreExceptionsInstanceOf(IOException.class) // not listening yet
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("replica " + name + " exited with " + process.exitValue() + ": see " + log);
                    }
                    return replica.http().get("/q/health/ready").statusCode() == 200;
                });
        assertTrue(process.isAlive(), "replica " + name + " is the process that answered");
    }

    /**
     * A port no replica of this test uses and nothing listens on now: the first free one of
     * {@code vcgate.it.port-range} (FIRST-LAST) when given, else one the OS picks.
     */
    static int freePort() throws IOException {
        String range = System.getProperty("vcgate.it.port-range");
        if (range == null || range.isBlank()) {
            for (int tries = 0; tries < 20; tries++) {
                try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                    if (TAKEN.add(socket.getLocalPort())) {
                        return socket.getLocalPort();
                    }
                }
            }
            throw new IllegalStateException("no free port");
        }
        String[] bounds = range.split("-");
        for (int port = Integer.parseInt(bounds[0].trim()); port <= Integer.parseInt(bounds[1].trim()); port++) {
            if (TAKEN.contains(port)) {
                continue;
            }
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                TAKEN.add(port);
                return port;
            } catch (IOException busy) {
                // taken by something else: the next one
            }
        }
        throw new IllegalStateException("no free port in vcgate.it.port-range " + range);
    }

    // --- A: HTTPS, as in production -------------------------------------------------------------------

    static RequestSpecification a() {
        return given().baseUri("https://localhost").port(A_HTTPS_PORT).trustStore(WireMockVcenter.LOCALHOST_KEYS.toFile(), "changeit");
    }

    static String loginOnA() {
        return issued(a().contentType("application/json").body("{\"userName\":\"" + ADMIN + "\",\"password\":\"" + PASSWORD + "\"}")
                .post(VI + "/SessionManager/SessionManager/Login").then().log().ifValidationFails().statusCode(200)
                .body("_typeName", equalTo("UserSession")).extract().header("vmware-api-session-id"));
    }

    static String issued(String id) {
        IDS.add(id);
        return id;
    }

    static void accepted(RequestSpecification replica, String id) {
        replica.header("vmware-api-session-id", id).get(TASK).then().log().ifValidationFails().statusCode(200)
                .body("_typeName", equalTo("TaskInfo")).body("key", equalTo("task-1")).body("state", equalTo("success"));
        replica.header("vmware-api-session-id", id).get(LIVE).then().log().ifValidationFails().statusCode(200)
                .body("status", equalTo("SUCCEEDED"));
    }

    static void refused(RequestSpecification replica, String id) {
        replica.header("vmware-api-session-id", id).get(TASK).then().log().ifValidationFails().statusCode(500)
                .body("_typeName", equalTo("NotAuthenticated")).body(not(containsString(id)));
        replica.header("vmware-api-session-id", id).get(LIVE).then().log().ifValidationFails().statusCode(401)
                .body("error_type", equalTo("UNAUTHENTICATED")).body(not(containsString(id)));
    }

    // --- the proofs -----------------------------------------------------------------------------------

    @Test
    void anIdIssuedOnAIsHonouredByAReplicaWithTheSameKey() {
        String id = loginOnA();
        accepted(b.http(), id);
        accepted(a(), id);
        accepted(b.http(), id);
    }

    @Test
    void aReplicaWithAnotherKeyHonoursNoneOfThem() {
        String id = loginOnA();
        refused(c.http(), id);
        accepted(b.http(), id); // C's refusal is C's alone
        // and the reverse: C's own ids are good on C only
        String ofC = issued(c.http().contentType("application/json").body("{\"userName\":\"" + ADMIN + "\",\"password\":\"" + PASSWORD + "\"}")
                .post(VI + "/SessionManager/SessionManager/Login").then().statusCode(200).extract().header("vmware-api-session-id"));
        accepted(c.http(), ofC);
        refused(b.http(), ofC);
        refused(a(), ofC);
    }

    /**
     * Logout is per replica (CompatSessions' Javadoc): the replica that takes it refuses the id at once;
     * the others are not told, and honour it until their own idle limit (vcgate.compat.sessions.idle-timeout,
     * 30 min here) or its absolute end. Pinned here, so that a change to it is a decision, not an accident.
     */
    @Test
    void logoutOnARefusesTheIdOnAWhileBHonoursItUntilItsOwnIdleLimit() {
        String id = loginOnA();
        accepted(b.http(), id);
        a().header("vmware-api-session-id", id).post(VI + "/SessionManager/SessionManager/Logout").then().log().ifValidationFails()
                .statusCode(204);
        refused(a(), id);
        accepted(b.http(), id);
        // a logout on B too ends it there as well
        b.http().header("vmware-api-session-id", id).delete("/api/session").then().statusCode(204);
        refused(b.http(), id);
    }
}
