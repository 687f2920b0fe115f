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

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.vcgate.core.Backend;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ValidatableResponse;
import io.vcgate.simulator.SimulatorLedger;

/** Bad input, as a new user and as an attacker would send it: a clear 4xx problem, and never a backend call. */
@QuarkusTest
class FacadeInputTest {

    static final String ABORT = "/v1/vms/vm-100/guest/customization/abort";

    @Inject
    SimulatorLedger ledger;

    @AfterEach
    void noBackendWasCalled() {
        assertEquals(0, ledger.hits(Backend.REST), "a rejected request reached the REST backend");
        assertEquals(0, ledger.hits(Backend.SOAP), "a rejected request reached the SOAP backend");
    }

    static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status)).body("title", org.hamcrest.Matchers.notNullValue())
                .body("detail", not(containsString("Exception"))).body("detail", not(containsString("\tat ")));
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
        problem(api().get("/v1/vms/vm$100/guest/customization").then(), 400).body("errors.field", hasItem("vm"));
        problem(api().get("/v1/vms/" + "v".repeat(81) + "/guest/customization").then(), 400).body("errors.field", hasItem("vm"));
        problem(api().get("/v1/tasks/task 1").then(), 400).body("errors.field", hasItem("task"));
        problem(api().get("/v1/vms/-vm/guest/customization").then(), 400);
    }

    @Test
    void slashesAndDotSegmentsNeverBecomeAnId() {
        RestAssuredConfig raw = RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset("UTF-8"));
        for (String path : new String[] { "/v1/vms/vm-100%2F..%2Fvm-101/guest/customization", "/v1/vms/%2e%2e/guest/customization",
                "/v1/vms/vm-1%2Fx/guest/customization", "/v1/tasks/..%2F..%2Fq%2Fhealth",
                "/v1/vms//guest/customization" }) {
            api().config(raw).urlEncodingEnabled(false).get(path).then()
                    .statusCode(anyOf(equalTo(400), equalTo(404))).contentType(startsWith("application/problem+json"));
        }
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
