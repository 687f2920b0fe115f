package io.vcgate.facade.edge;

import static io.vcgate.testing.Contract.abortBody;
import static io.vcgate.testing.Contract.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vcgate.testing.Contract;
import io.vcgate.testing.LogCapture;

/** Every abort and every watch leaves one line in log category vcgate.audit, with who, what and how it ended, and no secret. */
@QuarkusTest
class AuditTrailTest {

    static void noSecretIn(List<String> lines) {
        for (String line : lines) {
            for (String secret : new String[] { Contract.PASSWORD, "guest-pass", "vmware_soap_session", "Basic " }) {
                assertTrue(!line.contains(secret), "no secret in the audit trail: " + line);
            }
        }
    }

    @Test
    void anAbortLeavesOneLineWithWhoWhatAndTheOutcome() {
        try (LogCapture audit = LogCapture.of("vcgate.audit")) {
            String requestId = "audit-abort-1";
            String task = api().header("X-Request-Id", requestId).contentType("application/json").body(abortBody("root", "guest-pass"))
                    .post("/v1/vms/vm-100/guest/customization/abort").then().statusCode(202).extract().path("id");
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !audit.lines().isEmpty());
            List<String> lines = audit.lines();
            assertEquals(1, lines.size(), lines.toString());
            String line = lines.get(0);
            assertTrue(line.startsWith("INFO vcgate.audit time=20"), line);
            for (String pair : new String[] { "action=abort", "outcome=202", "requestId=" + requestId, "user=administrator@vsphere.local",
                    "vcenter=default", "vm=vm-100", "task=" + task }) {
                assertTrue(line.contains(" " + pair), pair + " in " + line);
            }
            noSecretIn(lines);
        }
    }

    @Test
    void anAbortAnsweredAfterFollowingTheTaskStillNamesItsCaller() {
        // the answer comes after the Task's pushed changes were followed, on other threads: the caller (a request-scoped
        // bean) must still be there when the response is audited, though CDI contexts are not captured per callback
        try (LogCapture audit = LogCapture.of("vcgate.audit")) {
            api().header("X-Request-Id", "audit-abort-wait").contentType("application/json").body(abortBody("root", "guest-pass"))
                    .queryParam("wait", "PT5S").post("/v1/vms/vm-100/guest/customization/abort").then().statusCode(200);
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !audit.lines().isEmpty());
            String line = audit.lines().get(0);
            for (String pair : new String[] { "outcome=200", "requestId=audit-abort-wait", "user=administrator@vsphere.local" }) {
                assertTrue(line.contains(" " + pair), pair + " in " + line);
            }
        }
    }

    @Test
    void aRefusedAbortIsAuditedToo() {
        try (LogCapture audit = LogCapture.of("vcgate.audit")) {
            api().contentType("application/json").body(abortBody("root", "guest-pass"))
                    .post("/v1/vcenters/legacy/vms/vm-101/guest/customization/abort").then().statusCode(409);
            Contract.anonymous().auth().preemptive().basic(Contract.ADMIN, "not-" + Contract.PASSWORD).contentType("application/json")
                    .body(abortBody("root", "guest-pass")).post("/v1/vms/vm-100/guest/customization/abort").then().statusCode(401);
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> audit.lines().size() >= 2);
            List<String> lines = audit.lines();
            assertEquals(2, lines.size(), lines.toString());
            assertTrue(lines.get(0).contains(" outcome=\"409 invalid-power-state\"") && lines.get(0).contains(" vcenter=legacy")
                    && lines.get(0).contains(" vm=vm-101") && lines.get(0).contains(" task=-"), lines.get(0));
            assertTrue(lines.get(1).contains(" outcome=\"401 "), lines.get(1));
            noSecretIn(lines);
        }
    }

    @Test
    void anAbortThroughViJsonIsAuditedWhateverItsOutcome() {
        String session = io.restassured.RestAssured.given().contentType("application/json")
                .body("{\"userName\":\"" + Contract.ADMIN + "\",\"password\":\"" + Contract.PASSWORD + "\"}")
                .post("/vcenters/legacy/sdk/vim25/8.0.1.0/SessionManager/SessionManager/Login").then().statusCode(200)
                .extract().header("vmware-api-session-id");
        String abort = "/vcenters/legacy/sdk/vim25/8.0.1.0/VirtualMachineGuestCustomizationManager/guestCustomizationManager/AbortCustomization_Task";
        try (LogCapture audit = LogCapture.of("vcgate.audit")) {
            String task = io.restassured.RestAssured.given().header("vmware-api-session-id", session).header("X-Request-Id", "audit-vijson")
                    .contentType("application/json").body(viJsonAbort("vm-100")).post(abort).then().statusCode(200).extract().path("value");
            io.restassured.RestAssured.given().header("vmware-api-session-id", session).contentType("application/json")
                    .body(viJsonAbort("vm-101")).post(abort).then().statusCode(500);
            io.restassured.RestAssured.given().header("vmware-api-session-id", session).contentType("application/json")
                    .body("{\"vm\":7}").post(abort).then().statusCode(400);
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> audit.lines().size() >= 3);
            List<String> lines = audit.lines();
            assertEquals(3, lines.size(), lines.toString());
            for (String pair : new String[] { "action=abort", "outcome=200", "requestId=audit-vijson", "user=" + Contract.ADMIN,
                    "vcenter=legacy", "vm=vm-100", "task=" + task }) {
                assertTrue(lines.get(0).contains(" " + pair), pair + " in " + lines.get(0));
            }
            assertTrue(lines.get(1).contains(" outcome=\"500 InvalidPowerState\"") && lines.get(1).contains(" vm=vm-101"), lines.get(1));
            assertTrue(lines.get(2).contains(" outcome=\"400 InvalidArgument\"") && lines.get(2).contains(" vm=-"), lines.get(2));
            noSecretIn(lines);
            for (String line : lines) {
                assertTrue(!line.contains(session), "no session id in the audit trail: " + line);
            }
        }
    }

    static String viJsonAbort(String vm) {
        return "{\"vm\":{\"_typeName\":\"ManagedObjectReference\",\"type\":\"VirtualMachine\",\"value\":\"" + vm + "\"},"
                + "\"auth\":{\"_typeName\":\"NamePasswordAuthentication\",\"interactiveSession\":false,\"username\":\"root\","
                + "\"password\":\"guest-pass\"}}";
    }

    @Test
    void aWatchLeavesOneLineWhenItEnds() {
        try (LogCapture audit = LogCapture.of("vcgate.audit")) {
            // a caller with no session cached from earlier tests: this test is about the audit line, not re-logins
            Contract.anonymous().auth().preemptive().basic("load001@vsphere.local", Contract.PASSWORD).queryParam("timeout", "PT10S")
                    .get("/v1/vms/vm-103/guest/customization/events").then().statusCode(200);
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !audit.lines().isEmpty());
            List<String> lines = audit.lines();
            assertEquals(1, lines.size(), lines.toString());
            assertTrue(lines.get(0).contains(" action=watch") && lines.get(0).contains(" outcome=\"200 ended\"")
                    && lines.get(0).contains(" vm=vm-103") && lines.get(0).contains(" user=load001@vsphere.local"), lines.get(0));
            noSecretIn(lines);
        }
    }
}
