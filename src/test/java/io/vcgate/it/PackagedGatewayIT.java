package io.vcgate.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vcgate.testing.VcenterEnvelopes;
import io.vcgate.testing.WireMockVcenter;

/**
 * The packaged gateway (fast-jar, or the native executable with -Dnative), started as a process in the
 * prod profile against a vCenter on the wire (WireMock answering as vCenter 7.0.3 and 9.0 do), with
 * HTTPS on the facade (the test certificate), exercised over HTTPS; /v1 over plain HTTP is refused, as
 * in production. It is built as shipped: without the vCenter simulator, which is never in the main
 * sources of a build that is not a dev-mode run or a demo (pom.xml).
 */
@QuarkusIntegrationTest
@TestProfile(PackagedGatewayIT.AgainstVcenter.class)
class PackagedGatewayIT {

    public static class AgainstVcenter implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("vcgate.resilience.rest.retry.delay", "10ms", "vcgate.resilience.soap.retry.delay", "10ms",
                    "quarkus.http.tls-configuration-name", "facade",
                    "quarkus.tls.facade.key-store.p12.path", WireMockVcenter.LOCALHOST_KEYS.toString(),
                    "quarkus.tls.facade.key-store.p12.password", "changeit");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(WireMockVcenter.class));
        }
    }

    /** The packaged gateway's HTTPS port in this test: quarkus.http.test-ssl-port, as given to the build (-D), else Quarkus' 8444. */
    static final int HTTPS_PORT = Integer.getInteger("quarkus.http.test-ssl-port", 8444);

    static io.restassured.specification.RequestSpecification https() {
        return given().baseUri("https://localhost").port(HTTPS_PORT).trustStore(WireMockVcenter.LOCALHOST_KEYS.toFile(), "changeit");
    }

    static io.restassured.specification.RequestSpecification admin() {
        return https().auth().preemptive().basic("administrator@vsphere.local", "VMware1!");
    }

    static ResponseDefinitionBuilder xml(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/xml; charset=utf-8").withBody(body);
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    @BeforeEach
    void vcenter() {
        var vc = WireMockVcenter.server;
        vc.resetAll();
        vc.stubFor(post("/api/session").willReturn(json(201, "\"0123456789abcdef0123456789abcdef\"")));
        vc.stubFor(get("/api/vcenter/vm/vm-104/guest/customization-live").willReturn(json(200,
                "{\"status\":\"FAILED\",\"error\":{\"id\":\"com.vmware.vcenter.guest.customization.failed\",\"default_message\":\"Customization failed.\","
                        + "\"args\":[]},\"start_time\":\"2026-11-22T09:00:00.000Z\",\"end_time\":\"2026-11-22T09:02:10.000Z\"}")));
        vc.stubFor(get("/api/vcenter/vm/vm-107/guest/customization-live").willReturn(json(404,
                "{\"error_type\":\"NOT_FOUND\",\"messages\":[{\"id\":\"com.vmware.vapi.rest.httpNotFound\",\"default_message\":\"Not found.\",\"args\":[]}]}")));
        // 9.0: customization-live exists (vm-107's answer that it does not is the fallback's case)
        vc.stubFor(post("/sdk").withRequestBody(containing("RetrieveServiceContent")).willReturn(xml(200, VcenterEnvelopes.serviceContent("9.0.0.0"))));
        vc.stubFor(post("/sdk").withRequestBody(containing("<Login ")).willReturn(xml(200, VcenterEnvelopes.login())
                .withHeader("Set-Cookie", "vmware_soap_session=\"5c1a8e2f9b7d4e6a8c0b1d3f5e7a9c2b4d6f8e0a\"; Path=/; HttpOnly; Secure;")));
        vc.stubFor(post("/sdk").withRequestBody(containing("RetrievePropertiesEx")).withRequestBody(containing(">vm-107<"))
                .willReturn(xml(200, VcenterEnvelopes.customizationInfo("vm-107", "TOOLSDEPLOYPKG_PENDING"))));
        vc.stubFor(post("/sdk").withRequestBody(containing("AbortCustomization_Task")).withRequestBody(containing(">vm-100<"))
                .willReturn(xml(200, VcenterEnvelopes.abortTask("task-1001"))));
        vc.stubFor(post("/sdk").withRequestBody(containing("AbortCustomization_Task")).withRequestBody(containing(">vm-101<"))
                .willReturn(xml(500, VcenterEnvelopes.fault("InvalidStateFault", "vim25:InvalidPowerState",
                        "The attempted operation cannot be performed in the current state (Powered off)."))));
        vc.stubFor(post("/sdk").withRequestBody(containing("RetrievePropertiesEx")).withRequestBody(containing(">task-1001<"))
                .willReturn(xml(200, VcenterEnvelopes.taskInfo("task-1001", "success"))));
    }

    @Test
    void statusComesThroughBothApis() {
        admin().get("/v1/vms/vm-104/guest/customization").then().statusCode(200)
                .body("status", equalTo("FAILED")).body("source", equalTo("CUSTOMIZATION_LIVE"));
        admin().get("/v1/vms/vm-107/guest/customization").then().statusCode(200)
                .body("status", equalTo("PENDING")).body("source", equalTo("GUEST_CUSTOMIZATION_INFO"));
    }

    @Test
    void abortRunsOverSoapAndIsFollowedToTheEnd() {
        admin().contentType("application/json")
                .body("{\"credentials\":{\"type\":\"password\",\"username\":\"root\",\"password\":\"guest-pass\"}}")
                .queryParam("wait", "PT10S").post("/v1/vms/vm-100/guest/customization/abort").then().statusCode(200)
                .body("state", equalTo("SUCCESS")).body("id", equalTo("task-1001"));
        admin().contentType("application/json")
                .body("{\"credentials\":{\"type\":\"password\",\"username\":\"root\",\"password\":\"guest-pass\"}}")
                .post("/v1/vms/vm-101/guest/customization/abort").then().statusCode(409).body("fault", equalTo("InvalidPowerState"));
    }

    @Test
    void credentialsOverPlainHttpAreRefused() {
        given().auth().preemptive().basic("administrator@vsphere.local", "VMware1!").get("/v1/vms/vm-104/guest/customization").then()
                .statusCode(403).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://vcgate.dev/problems/https-required"));
        assertEquals(0, WireMockVcenter.server.getAllServeEvents().size(), "nothing reached vCenter");
    }

    @Test
    void badInputAndMissingCredentialsAreProblems() {
        https().get("/v1/vms/vm-100/guest/customization").then().statusCode(401).contentType(startsWith("application/problem+json"));
        admin().contentType("application/json").body("{\"credentials\":{\"type\":\"kerberos\"}}")
                .post("/v1/vms/vm-100/guest/customization/abort").then().statusCode(400).body("errors[0].field", equalTo("credentials.type"));
    }

    /**
     * The simulator's paths are unknown paths of the gateway, and its fixture credentials open nothing.
     * {@code POST /api/session} is the gateway's own door to vCenter's REST dialect: its answer is vcgate's
     * session id (checked with the vCenter on the wire), never the simulator's.
     */
    @Test
    void theShippedGatewayHasNoSimulator() {
        https().get("/simulator").then().statusCode(404).contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("There is nothing at this path."));
        admin().post("/api/session").then().statusCode(201).body(startsWith("\"vcg1."));
        https().contentType("text/xml").body("<x/>").post("/sdk").then().statusCode(404);
        https().get("/simulator").then().statusCode(404);
        https().get("/simulator/ledger").then().statusCode(404);
        admin().post("/vc/lab/api/session").then().statusCode(404);
    }

    /**
     * Nothing of the simulator (src/simulator) is in what was packaged (target/quarkus-artifact.properties
     * says what): no class of io.vcgate.simulator (nor one Quarkus generated for it) in any jar of the
     * fast-jar, none of its resources in the application's jar, its name in no other file; no
     * io.vcgate.simulator name in a native executable.
     */
    @Test
    void theShippedArtifactHoldsNothingOfTheSimulator() throws IOException {
        Properties artifact = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("target/quarkus-artifact.properties"))) {
            artifact.load(in);
        }
        Path runner = Path.of("target").resolve(artifact.getProperty("path"));
        List<String> found = new ArrayList<>();
        if ("native".equals(artifact.getProperty("type"))) {
            if (namesTheSimulator(runner)) {
                found.add(runner.toString());
            }
        } else {
            Set<String> resources;
            Path simulatorResources = Path.of("src/simulator/resources");
            try (Stream<Path> files = Files.walk(simulatorResources)) {
                resources = files.filter(Files::isRegularFile).map(f -> simulatorResources.relativize(f).toString().replace('\\', '/'))
                        .collect(Collectors.toSet());
            }
            assertFalse(resources.isEmpty(), "the simulator's resources are found");
            List<Path> packaged;
            try (Stream<Path> files = Files.walk(runner.getParent())) {
                packaged = files.filter(Files::isRegularFile).toList();
            }
            Path app = runner.getParent().resolve("app");
            for (Path file : packaged) {
                if (file.toString().endsWith(".jar")) {
                    // a dependency may have a resource of the same name (a ConfigSource of its own): the application's jar may not
                    boolean application = file.startsWith(app);
                    try (ZipFile jar = new ZipFile(file.toFile())) {
                        jar.stream().map(ZipEntry::getName)
                                .filter(name -> name.startsWith("io/vcgate/simulator/") || application && resources.contains(name))
                                .forEach(name -> found.add(file + "!" + name));
                    }
                } else if (namesTheSimulator(file)) {
                    found.add(file.toString());
                }
            }
            assertTrue(packaged.size() > 10, "the fast-jar was read: " + packaged.size() + " files");
        }
        assertTrue(found.isEmpty(), "the simulator in the packaged gateway, in " + found.size() + " places: "
                + found.subList(0, Math.min(10, found.size())));
    }

    private static boolean namesTheSimulator(Path file) throws IOException {
        byte[] content = Files.readAllBytes(file);
        return contains(content, "io/vcgate/simulator") || contains(content, "io.vcgate.simulator");
    }

    private static boolean contains(byte[] content, String text) {
        byte[] wanted = text.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i <= content.length - wanted.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (content[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Test
    void healthAndMetricsAreServed() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200).contentType(startsWith("application/yaml"));
        given().get("/q/openapi?format=json").then().statusCode(200).contentType(startsWith("application/json"))
                .body("info.title", equalTo("vcgate guest customization API"));
    }

    @Test
    void swaggerUiIsOffByDefault() throws IOException {
        Properties webjar = new Properties();
        try (var in = getClass().getClassLoader().getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            webjar.load(in);
        }
        for (String path : List.of("/q/swagger-ui", "/q/swagger-ui/", "/q/swagger-ui/swagger-ui-bundle.js",
                "/webjars/swagger-ui/" + webjar.getProperty("version") + "/index.html")) {
            given().get(path).then().statusCode(404);
            https().get(path).then().statusCode(404);
        }
    }
}
