package io.vcgate.facade;

import static io.vcgate.testing.Contract.abortBody;
import static io.vcgate.testing.Contract.api;
import static io.vcgate.testing.Contract.anonymous;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.vcgate.simulator.SimulatorLedger;
import io.vcgate.simulator.VcenterApi;
import io.vcgate.testing.Contract;

/** Bad input, as a new user and as an attacker would send it: a clear 4xx problem, and never a backend call. */
@QuarkusTest
class FacadeInputTest {

    static final String ABORT = "/v1/vms/vm-100/guest/customization/abort";

    @Inject
    SimulatorLedger ledger;

    @AfterEach
    void noBackendWasCalled() {
        assertEquals(0, ledger.hits(VcenterApi.REST), "a rejected request reached the REST backend");
        assertEquals(0, ledger.hits(VcenterApi.SOAP), "a rejected request reached the SOAP backend");
    }

    /** A clear problem with {@code status}, and, checked for this very case, no call to either API of vCenter. */
    static ValidatableResponse problem(ValidatableResponse response, int status) {
        ValidatableResponse checked = response.statusCode(status).contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status)).body("title", org.hamcrest.Matchers.notNullValue())
                .body("detail", not(containsString("Exception"))).body("detail", not(containsString("\tat ")));
        SimulatorLedger ledger = io.quarkus.arc.Arc.container().instance(SimulatorLedger.class).get();
        String answer = response.extract().asString();
        assertEquals(0, ledger.hits(VcenterApi.REST) + ledger.hits(VcenterApi.SOAP), "this rejected request reached vCenter: " + answer);
        return checked;
    }

    @Test
    void withoutCredentialsTheAnswerIs401WithAChallenge() {
        problem(anonymous().get("/v1/vms/vm-100/guest/customization").then(), 401)
                .header("WWW-Authenticate", startsWith("Basic realm=\"vcgate\""));
        problem(anonymous().header("Authorization", "Bearer abc").get("/v1/tasks/task-1").then(), 401);
        problem(anonymous().header("Authorization", "Basic !!!notbase64").get("/v1/tasks/task-1").then(), 401);
        problem(anonymous().header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("nocolon".getBytes()))
                .get("/v1/tasks/task-1").then(), 401);
    }

    @Test
    void badIdsAreRejectedByTheContract() {
        problem(api().urlEncodingEnabled(false).get("/v1/vms/vm$100/guest/customization").then(), 400).body("errors.field", hasItem("vm"));
        problem(api().get("/v1/vms/vm$100/guest/customization").then(), 400).body("errors.field", hasItem("path")); // sent as vm%24100
        problem(api().get("/v1/vms/" + "v".repeat(81) + "/guest/customization").then(), 400).body("errors.field", hasItem("vm"));
        problem(api().get("/v1/tasks/task 1").then(), 400).body("errors.field", hasItem("path")); // sent as task%201
        problem(api().get("/v1/vms/-vm/guest/customization").then(), 400);
    }

    /** Every operation, by method and path template, with a valid body where it takes one. */
    static final List<String[]> OPERATIONS = List.of(
            new String[] { "GET", "/v1/vms/{vm}/guest/customization" },
            new String[] { "POST", "/v1/vms/{vm}/guest/customization/abort" },
            new String[] { "GET", "/v1/vms/{vm}/guest/customization/events" },
            new String[] { "GET", "/v1/tasks/{task}" },
            new String[] { "GET", "/v1/tasks/{task}/events" },
            new String[] { "GET", "/v1/vcenters/{vcenter}/vms/{vm}/guest/customization" },
            new String[] { "POST", "/v1/vcenters/{vcenter}/vms/{vm}/guest/customization/abort" },
            new String[] { "GET", "/v1/vcenters/{vcenter}/vms/{vm}/guest/customization/events" },
            new String[] { "GET", "/v1/vcenters/{vcenter}/tasks/{task}" },
            new String[] { "GET", "/v1/vcenters/{vcenter}/tasks/{task}/events" });

    static final Map<String, String> GOOD = Map.of("vm", "vm-100", "task", "task-1", "vcenter", "default");

    /** Each operation with {@code param} set to {@code value} and every other parameter good. */
    static List<String[]> withEach(String value) {
        List<String[]> requests = new ArrayList<>();
        for (String[] operation : OPERATIONS) {
            Matcher params = Pattern.compile("\\{(\\w+)}").matcher(operation[1]);
            while (params.find()) {
                String bad = params.group(1);
                String path = operation[1];
                for (Map.Entry<String, String> good : GOOD.entrySet()) {
                    path = path.replace("{" + good.getKey() + "}", good.getKey().equals(bad) ? value : good.getValue());
                }
                requests.add(new String[] { operation[0], path, bad });
            }
        }
        return requests;
    }

    static ValidatableResponse send(String method, String path) {
        RequestSpecification request = api().urlEncodingEnabled(false);
        if (path.endsWith("/events")) {
            path += "?timeout=PT1S"; // should an id be let through, the stream ends anyway
        }
        return ("POST".equals(method) ? request.contentType("application/json").body(abortBody("root", "guest-pass")).post(path)
                : request.get(path)).then();
    }

    @Test
    void everyOperationRejectsABadValueInEachOfItsIds() {
        for (String bad : new String[] { "vm$100", "-vm", "v".repeat(81), "vm.100", "vm~1", "vm-1:2" }) {
            for (String[] request : withEach(bad)) {
                problem(send(request[0], request[1]), 400).body("errors.field", hasItem(request[2]));
            }
        }
    }

    @Test
    void pathsTheHttpLayerWouldReinterpretNeverBecomeAnId() {
        // matrix parameters (stripped by JAX-RS), encoded slashes, dots and letters, backslashes, dot and empty segments
        for (String bad : new String[] { "vm-100;v=1", "vm-100%2F..%2Fvm-101", "%2e%2e", "%76m-100", "vm-100%3B", "vm-1%5Cx",
                "vm-1%00", "..", ".", "vm-100/..", "" }) {
            for (String[] request : withEach(bad)) {
                rejectedPath(request[0], request[1]);
            }
        }
        rejectedPath("GET", "/v1/vms/vm-101/../vm-100/guest/customization");
        rejectedPath("GET", "/v1/./tasks/task-1");
        rejectedPath("GET", "/v1/tasks//task-1");
    }

    static void rejectedPath(String method, String path) {
        // REST Assured's client sends "//" as "/" (another, unknown path): only the JDK's client below sends it as written
        if (!path.contains("//")) {
            try {
                problem(send(method, path), 400).body("errors.field", hasItem("path"));
            } catch (AssertionError e) {
                throw new AssertionError(method + " " + path + ": " + e.getMessage(), e);
            }
        }
        // and as written, byte for byte
        try {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port() + path))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(utf8(Contract.ADMIN + ":" + Contract.PASSWORD)))
                    .method(method, "POST".equals(method) ? java.net.http.HttpRequest.BodyPublishers.ofString(abortBody("root", "guest-pass"))
                            : java.net.http.HttpRequest.BodyPublishers.noBody())
                    .header("Content-Type", "application/json").build();
            var answer = JDK.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(400, answer.statusCode(), method + " " + path + " as written: " + answer.body());
            assertTrue(answer.body().contains("\"field\":\"path\""), answer.body());
            SimulatorLedger ledger = io.quarkus.arc.Arc.container().instance(SimulatorLedger.class).get();
            assertEquals(0, ledger.hits(VcenterApi.REST) + ledger.hits(VcenterApi.SOAP), method + " " + path + " as written reached vCenter");
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static final java.net.http.HttpClient JDK = java.net.http.HttpClient.newHttpClient();

    /** The port the application under test listens on (quarkus.http.test-port, as given), set for REST Assured by Quarkus. */
    static int port() {
        return io.restassured.RestAssured.port;
    }

    @Test
    void typesAreEnforcedNotCoerced() {
        problem(abort("{\"credentials\":{\"type\":\"password\",\"username\":123,\"password\":\"x\"}}"), 400)
                .body("errors.field", hasItem("credentials.username"));
        problem(abort("{\"credentials\":{\"type\":\"password\",\"username\":\"root\",\"password\":true}}"), 400)
                .body("errors.field", hasItem("credentials.password"));
        problem(abort("{\"credentials\":{\"type\":\"ticket\",\"ticket\":4.5}}"), 400).body("errors.field", hasItem("credentials.ticket"));
        problem(abort("{\"credentials\":{\"type\":\"password\",\"username\":\"root\",\"password\":\"x\",\"interactiveSession\":\"true\"}}"), 400)
                .body("errors.field", hasItem("credentials.interactiveSession"));
        problem(abort("{\"credentials\":{\"type\":\"password\",\"username\":\"root\",\"password\":\"x\",\"interactiveSession\":1}}"), 400)
                .body("errors.field", hasItem("credentials.interactiveSession"));
        problem(abort("{\"credentials\":{\"type\":\"password\",\"username\":[\"root\"],\"password\":\"x\"}}"), 400)
                .body("errors.field", hasItem("credentials.username"));
    }

    @Test
    void contentAfterTheJsonDocumentIsA400() {
        problem(abort(abortBody("root", "guest-pass") + " {\"credentials\":{}}"), 400);
        problem(abort(abortBody("root", "guest-pass") + "]"), 400);
        problem(abort(abortBody("root", "guest-pass") + "x"), 400);
    }

    @Test
    void guestTextVcenterCannotCarryIsA400NamingTheField() {
        problem(abort(guest("ro\\u0007ot", "guest-pass")), 400).body("errors.field", hasItem("credentials.username"));
        problem(abort(guest("ro\\u0085ot", "guest-pass")), 400).body("errors.field", hasItem("credentials.username"));
        problem(abort(guest("root", "pa\\ud800ss")), 400).body("errors.field", hasItem("credentials.password"));
        problem(abort(guest("root", "pa\\udc00ss")), 400).body("errors.field", hasItem("credentials.password"));
        problem(abort(guest("root", "pa\\u0001ss")), 400).body("errors.field", hasItem("credentials.password"));
        problem(abort(guest("root", "pa\\uffffss")), 400).body("errors.field", hasItem("credentials.password"));
        problem(abort("{\"credentials\":{\"type\":\"ticket\",\"ticket\":\"t\\u0000\"}}"), 400).body("errors.field", hasItem("credentials.ticket"));
        problem(abort("{\"credentials\":{\"type\":\"saml\",\"token\":\"\\udbff\"}}"), 400).body("errors.field", hasItem("credentials.token"));
        problem(abort("{\"credentials\":{\"type\":\"sspi\",\"sspiToken\":\"\\u001b[0m\"}}"), 400)
                .body("errors.field", hasItem("credentials.sspiToken"));
    }

    @Test
    void basicCredentialsVcenterCannotCarryAreA400() {
        for (byte[] credentials : new byte[][] { utf8("admin\u0001@vsphere.local:VMware1!"), utf8("admin\n@vsphere.local:VMware1!"),
                utf8("administrator@vsphere.local:VM\u0000ware1!"), utf8("administrator@vsphere.local:VM\uffffware1!"),
                // not UTF-8: a lone surrogate as CESU-8 would send it, a stray byte
                bytes("administrator@vsphere.local:VM", new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }),
                bytes("administrator@vsphere.local:VM", new byte[] { (byte) 0xFF }) }) {
            problem(anonymous().header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials))
                    .get("/v1/vms/vm-100/guest/customization").then(), 400).body("errors.field", hasItem("Authorization"))
                    .body(not(containsString("VM")));
        }
        problem(anonymous().header("Authorization", "Basic " + Base64.getEncoder().encodeToString(utf8("   :VMware1!")))
                .get("/v1/vms/vm-100/guest/customization").then(), 401);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] bytes(String prefix, byte[] tail) {
        byte[] head = utf8(prefix);
        byte[] all = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    static String guest(String user, String password) {
        return "{\"credentials\":{\"type\":\"password\",\"username\":\"" + user + "\",\"password\":\"" + password + "\"}}";
    }

    @Test
    void aMissingGuestFieldIsNamed() {
        problem(abort("{\"credentials\":{\"type\":\"password\",\"username\":\"root\"}}"), 400)
                .body("errors.field", hasItem("credentials.password"));
        problem(abort("{\"credentials\":{\"type\":\"saml\"}}"), 400).body("errors.field", hasItem("credentials.token"));
        problem(abort("{\"credentials\":{\"type\":\"sspi\"}}"), 400).body("errors.field", hasItem("credentials.sspiToken"));
        problem(abort("{\"credentials\":{\"type\":\"ticket\",\"ticket\":\"\"}}"), 400).body("errors.field", hasItem("credentials.ticket"));
        problem(abort("{}"), 400).body("errors.field", hasItem("credentials"));
    }

    @Test
    void anUnknownOrMissingCredentialTypeIsNamed() {
        problem(abort("{\"credentials\":{\"type\":\"kerberos\",\"ticket\":\"x\"}}"), 400).body("errors.field", hasItem("credentials.type"));
        problem(abort("{\"credentials\":{\"username\":\"root\",\"password\":\"x\"}}"), 400).body("errors.field", hasItem("credentials.type"));
    }

    @Test
    void aBodyThatIsNotJsonOrMissingIsA400() {
        problem(abort("{\"credentials\":"), 400);
        problem(abort("[1,2,3]"), 400);
        problem(api().contentType("application/json").post(ABORT).then(), 400);
    }

    @Test
    void guestSecretsAreNeverEchoed() {
        abort("{\"credentials\":{\"type\":\"password\",\"username\":\"root\",\"password\":\"s3cr3t-guest\",\"interactiveSession\":\"maybe\"}}")
                .statusCode(400).body(not(containsString("s3cr3t-guest")));
    }

    @Test
    void aWrongContentTypeIs415() {
        problem(api().contentType("text/plain").body(abortBody("root", "guest-pass")).post(ABORT).then(), 415);
        problem(api().contentType("application/xml").body("<credentials/>").post(ABORT).then(), 415);
    }

    @Test
    void anOversizedBodyIs413() {
        String huge = abortBody("root", "x".repeat(70_000));
        problem(api().contentType("application/json").body(huge).post(ABORT).then(), 413);
    }

    @Test
    void aBadWaitIs400() {
        problem(api().contentType("application/json").body(abortBody("root", "guest-pass")).queryParam("wait", "30 seconds")
                .post(ABORT).then(), 400).body("errors.field", hasItem("wait"));
        problem(api().contentType("application/json").body(abortBody("root", "guest-pass")).queryParam("wait", "PT")
                .post(ABORT).then(), 400).body("errors.field", hasItem("wait"));
    }

    @Test
    void unknownPathsAndMethodsAreProblems() {
        problem(api().get("/v1/nothing-here").then(), 404);
        problem(api().delete("/v1/vms/vm-100/guest/customization").then(), 405);
    }

    private static ValidatableResponse abort(String body) {
        return api().contentType("application/json").body(body).post(ABORT).then();
    }
}
