package io.vcgate.facade;

import static io.vcgate.testing.Contract.abortBody;
import static io.vcgate.testing.Contract.api;
import static io.vcgate.testing.Contract.anonymous;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vcgate.simulator.SimulatorLedger;
import io.vcgate.simulator.SimulatorState;
import io.vcgate.simulator.VcenterApi;
import io.vcgate.testing.SimulatorHttp;

@QuarkusTest
class CustomizationFacadeTest {

    @Inject
    SimulatorState simulator;

    @Inject
    SimulatorLedger ledger;


    @Test
    void statusOfEveryFixture() {
        api().get("/v1/vms/vm-100/guest/customization").then().statusCode(200)
                .body("vm", equalTo("vm-100")).body("status", equalTo("RUNNING")).body("source", equalTo("CUSTOMIZATION_LIVE"))
                .body("startTime", notNullValue());
        api().get("/v1/vms/vm-101/guest/customization").then().statusCode(200).body("status", equalTo("NOT_AVAILABLE"));
        api().get("/v1/vms/vm-103/guest/customization").then().statusCode(200).body("status", equalTo("SUCCEEDED"))
                .body("endTime", equalTo("2026-11-22T09:02:10Z"));
        api().get("/v1/vms/vm-104/guest/customization").then().statusCode(200).body("status", equalTo("FAILED"))
                .body("error.id", equalTo("com.vmware.vcenter.guest.customization.failed"))
                .body("error.message", equalTo("Customization failed: network configuration could not be applied."));
    }

    @Test
    void statusOnALegacyVcenterComesFromGuestCustomizationInfo() {
        simulator.apiLevel("7.0.3");
        api().get("/v1/vms/vm-107/guest/customization").then().statusCode(200)
                .body("status", equalTo("PENDING")).body("source", equalTo("GUEST_CUSTOMIZATION_INFO"));
    }

    @Test
    void anUnknownVmIsNotFound() {
        api().get("/v1/vms/vm-999/guest/customization").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://vcgate.dev/problems/not-found")).body("fault", equalTo("NOT_FOUND"))
                .body("instance", equalTo("/v1/vms/vm-999/guest/customization")).body("retryable", equalTo(false))
                .body("requestId", notNullValue());
        api().contentType("application/json").body(abortBody("root", "guest-pass"))
                .post("/v1/vms/vm-999/guest/customization/abort").then().statusCode(404)
                .body("fault", equalTo("ManagedObjectNotFound"));
    }

    @Test
    void abortAnswers202WithTheTaskAndItsLocation() {
        String location = api().contentType("application/json").body(abortBody("root", "guest-pass"))
                .post("/v1/vms/vm-100/guest/customization/abort").then().statusCode(202)
                .header("Location", matchesPattern("^/v1/tasks/task-\\d+$"))
                .body("id", startsWith("task-")).body("vm", equalTo("vm-100"))
                .extract().header("Location");
        api().get(location).then().statusCode(200).body("vm", equalTo("vm-100")).body("queuedAt", notNullValue());
    }

    @Test
    void abortWithWaitAnswers200OnceTheTaskSucceeded() {
        api().contentType("application/json").body(abortBody("root", "guest-pass")).queryParam("wait", "PT5S")
                .post("/v1/vms/vm-100/guest/customization/abort").then().statusCode(200)
                .body("state", equalTo("SUCCESS")).body("progress", equalTo(100)).body("completedAt", notNullValue());
        api().get("/v1/vms/vm-100/guest/customization").then().statusCode(200).body("status", equalTo("FAILED"))
                .body("error.id", equalTo("com.vmware.vcenter.guest.customization.aborted"));
    }

    @Test
    void abortingAFinishedCustomizationLeavesItsStatus() {
        api().contentType("application/json").body(abortBody("root", "guest-pass")).queryParam("wait", "PT5S")
                .post("/v1/vms/vm-103/guest/customization/abort").then().statusCode(200).body("state", equalTo("SUCCESS"));
        api().get("/v1/vms/vm-103/guest/customization").then().statusCode(200).body("status", equalTo("SUCCEEDED"));
    }

    @Test
    void abortWithWaitStillRunningAtTheDeadlineAnswers202() {
        simulator.taskDuration(java.time.Duration.ofSeconds(30));
        api().contentType("application/json").body(abortBody("root", "guest-pass")).queryParam("wait", "PT0.5S")
                .post("/v1/vms/vm-100/guest/customization/abort").then().statusCode(202)
                .header("Location", startsWith("/v1/tasks/"));
    }

    @Test
    void faultsThrownByVcenterAreProblemsWithTheirStatus() {
        abort("vm-101", "root", "guest-pass", null).statusCode(409).body("fault", equalTo("InvalidPowerState"))
                .body("type", equalTo("https://vcgate.dev/problems/invalid-power-state"))
                .body("detail", equalTo("The attempted operation cannot be performed in the current state (Powered off)."));
        abort("vm-102", "root", "guest-pass", null).statusCode(409).body("fault", equalTo("InvalidState"));
        abort("vm-105", "root", "guest-pass", null).statusCode(409).body("fault", equalTo("TaskInProgress"))
                .body("detail", org.hamcrest.Matchers.endsWith("(the task in progress: task-900)"));
    }

    @Test
    void aTaskEndingInErrorAnswersTheSameProblemAsAThrownFault() {
        abort("vm-100", "root", "wrong", "PT5S").statusCode(422).body("fault", equalTo("InvalidGuestLogin"));
        simulator.reset();
        abort("vm-100", "nobody", "x", "PT5S").statusCode(403).body("fault", equalTo("GuestPermissionDenied"));
        abort("vm-106", "root", "guest-pass", "PT5S").statusCode(422).body("fault", equalTo("CustomizationFault"))
                .body("title", equalTo("Guest customization failed"));
    }

    @Test
    void aTaskThatFailedReportsItsFault() {
        String task = abort("vm-106", "root", "guest-pass", null).statusCode(202).extract().path("id");
        Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> "ERROR".equals(api().get("/v1/tasks/" + task).then().statusCode(200).extract().path("state")));
        api().get("/v1/tasks/" + task).then().statusCode(200).body("state", equalTo("ERROR"))
                .body("error.fault", equalTo("CustomizationFault"));
    }

    @Test
    void aResetOfTheSimulatorIsSeenByTheNextStatusRead() {
        SimulatorHttp.given().contentType("application/json").body("{\"apiLevel\":\"7.0.3\"}").put("/simulator/api-level").then().statusCode(200);
        api().get("/v1/vms/vm-103/guest/customization").then().statusCode(200).body("source", equalTo("GUEST_CUSTOMIZATION_INFO"));
        SimulatorHttp.given().post("/simulator/reset").then().statusCode(200);
        api().get("/v1/vms/vm-103/guest/customization").then().statusCode(200).body("source", equalTo("CUSTOMIZATION_LIVE"));
        SimulatorHttp.given().contentType("application/json").body("{\"apiLevel\":\"7.0.3\"}").put("/simulator/api-level").then().statusCode(200);
        api().get("/v1/vms/vm-103/guest/customization").then().statusCode(200).body("source", equalTo("GUEST_CUSTOMIZATION_INFO"));
        SimulatorHttp.given().contentType("application/json").body("{\"apiLevel\":\"9.0\"}").put("/simulator/api-level").then().statusCode(200);
        api().get("/v1/vms/vm-103/guest/customization").then().statusCode(200).body("source", equalTo("CUSTOMIZATION_LIVE"));
    }

    @Test
    void aSlowSoapVcenterIsSlowNotBroken() {
        simulator.faults(VcenterApi.SOAP, new SimulatorState.Faults(300, 0, false));
        abort("vm-100", "root", "guest-pass", "PT5S").statusCode(200).body("state", equalTo("SUCCESS"));
    }

    @Test
    void everyGuestCredentialKindIsAccepted() {
        for (String credentials : new String[] {
                "{\"type\":\"saml\",\"token\":\"<saml2:Assertion/>\",\"username\":\"alice@corp\"}",
                "{\"type\":\"sspi\",\"sspiToken\":\"YIIGhgYGKwYBBQUC\"}",
                "{\"type\":\"ticket\",\"ticket\":\"vmware-ticket-52c3\",\"interactiveSession\":true}" }) {
            simulator.reset();
            api().contentType("application/json").body("{\"credentials\":" + credentials + "}").queryParam("wait", "PT5S")
                    .post("/v1/vms/vm-100/guest/customization/abort").then().statusCode(200).body("state", equalTo("SUCCESS"));
        }
    }

    @Test
    void wrongVcenterCredentialsAreUnauthenticated() {
        anonymous().auth().preemptive().basic("administrator@vsphere.local", "nope").get("/v1/vms/vm-100/guest/customization")
                .then().statusCode(401).body("fault", equalTo("UNAUTHENTICATED"));
        // another wrong password: the first one is now answered without asking vCenter (FailedLoginMemoryTest)
        anonymous().auth().preemptive().basic("administrator@vsphere.local", "nope-2").contentType("application/json")
                .body(abortBody("root", "guest-pass")).post("/v1/vms/vm-100/guest/customization/abort")
                .then().statusCode(401).body("fault", equalTo("InvalidLogin"));
    }

    @Test
    void anUnavailableVcenterIsA503WithRetryAfter() {
        simulator.faults(VcenterApi.REST, new SimulatorState.Faults(0, 0, true));
        api().get("/v1/vms/vm-100/guest/customization").then().statusCode(503)
                .header("Retry-After", notNullValue()).body("retryable", equalTo(true));
    }

    private io.restassured.response.ValidatableResponse abort(String vm, String user, String password, String wait) {
        var request = api().contentType("application/json").body(abortBody(user, password));
        if (wait != null) {
            request = request.queryParam("wait", wait);
        }
        return request.post("/v1/vms/" + vm + "/guest/customization/abort").then().contentType(org.hamcrest.Matchers.anyOf(
                org.hamcrest.Matchers.startsWith("application/json"), org.hamcrest.Matchers.startsWith("application/problem+json")));
    }
}
