package io.vcgate.simulator;

import static io.vcgate.testing.SimulatorHttp.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SimulatorRestTest {

    @Inject
    SimulatorState state;

    @Inject
    SimulatorLedger ledger;

    static String session() {
        return given().auth().preemptive().basic("administrator@vsphere.local", "VMware1!")
                .post("/api/session").then().statusCode(201).extract().as(String.class);
    }

    @Test
    void aSessionIsCreatedWithBasicAndIsAJsonString() {
        given().auth().preemptive().basic("administrator@vsphere.local", "VMware1!")
                .post("/api/session").then().statusCode(201).body(matchesPattern("^\"[0-9a-f]{40}\"$"));
        assertEquals(1, ledger.logins(VcenterApi.REST, "administrator@vsphere.local"));
    }

    @Test
    void badCredentialsAreUnauthenticated() {
        given().auth().preemptive().basic("administrator@vsphere.local", "wrong")
                .post("/api/session").then().statusCode(401)
                .body("error_type", equalTo("UNAUTHENTICATED"));
        given().post("/api/session").then().statusCode(401);
    }

    @Test
    void customizationLiveNeedsALiveSession() {
        given().get("/api/vcenter/vm/vm-100/guest/customization-live").then().statusCode(401)
                .body("error_type", equalTo("UNAUTHENTICATED"));
        given().header("vmware-api-session-id", "0123456789abcdef").get("/api/vcenter/vm/vm-100/guest/customization-live")
                .then().statusCode(401);
    }

    @Test
    void everyFixtureAnswersItsStatus() {
        String id = session();
        given().header("vmware-api-session-id", id).get("/api/vcenter/vm/vm-100/guest/customization-live")
                .then().statusCode(200).body("status", equalTo("RUNNING")).body("start_time", notNullValue())
                .body("end_time", nullValue());
        given().header("vmware-api-session-id", id).get("/api/vcenter/vm/vm-101/guest/customization-live")
                .then().statusCode(200).body("status", equalTo("NOT_AVAILABLE"));
        given().header("vmware-api-session-id", id).get("/api/vcenter/vm/vm-103/guest/customization-live")
                .then().statusCode(200).body("status", equalTo("SUCCEEDED")).body("end_time", equalTo("2026-11-22T09:02:10Z"));
        given().header("vmware-api-session-id", id).get("/api/vcenter/vm/vm-104/guest/customization-live")
                .then().statusCode(200).body("status", equalTo("FAILED"))
                .body("error.id", equalTo("com.vmware.vcenter.guest.customization.failed"))
                .body("error.default_message", equalTo("Customization failed: network configuration could not be applied."));
        given().header("vmware-api-session-id", id).get("/api/vcenter/vm/vm-999/guest/customization-live")
                .then().statusCode(404).body("error_type", equalTo("NOT_FOUND"))
                .body("messages[0].id", equalTo("com.vmware.api.vcenter.vm.not_found"));
    }

    @Test
    void legacyModeAnswersTheOperationIsNotFound() {
        String id = session();
        state.apiLevel("7.0.3");
        given().header("vmware-api-session-id", id).get("/api/vcenter/vm/vm-100/guest/customization-live")
                .then().statusCode(404).body("error_type", equalTo("NOT_FOUND"))
                .body("messages[0].id", equalTo("com.vmware.vapi.rest.httpNotFound"));
    }

    @Test
    void aDeletedOrExpiredSessionIsUnauthenticated() {
        String id = session();
        given().header("vmware-api-session-id", id).delete("/api/session").then().statusCode(204);
        given().header("vmware-api-session-id", id).get("/api/vcenter/vm/vm-100/guest/customization-live").then().statusCode(401);
        String other = session();
        given().post("/simulator/sessions/expire").then().statusCode(200);
        given().header("vmware-api-session-id", other).get("/api/vcenter/vm/vm-100/guest/customization-live").then().statusCode(401);
        assertEquals(1, ledger.logouts(VcenterApi.REST, "administrator@vsphere.local"));
    }

    @Test
    void faultInjectionFailsAndDelaysRequests() {
        given().contentType("application/json").body("{\"latencyMs\":0,\"failureRatio\":1,\"outage\":false}")
                .put("/simulator/faults/rest").then().statusCode(200);
        given().post("/api/session").then().statusCode(503).body("error_type", equalTo("SERVICE_UNAVAILABLE"));
        given().contentType("application/json").body("{\"latencyMs\":300,\"failureRatio\":0,\"outage\":false}")
                .put("/simulator/faults/rest").then().statusCode(200);
        long start = System.nanoTime();
        session();
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        org.junit.jupiter.api.Assertions.assertTrue(tookMs >= 300, "latency was added: " + tookMs + " ms");
        given().contentType("application/json").body("{\"latencyMs\":0,\"failureRatio\":2,\"outage\":false}")
                .put("/simulator/faults/rest").then().statusCode(400);
    }
}
