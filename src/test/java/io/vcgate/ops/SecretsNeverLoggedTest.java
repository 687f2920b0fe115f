package io.vcgate.ops;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vcgate.simulator.SimulatorState;
import io.vcgate.simulator.VcenterApi;
import io.vcgate.testing.Contract;

/**
 * Captures every log record of flows that carry secrets, with CXF message logging on for clients
 * and services (the worst case an operator can switch on), and asserts none of the secrets appears.
 */
@QuarkusTest
@TestProfile(SecretsNeverLoggedTest.Verbose.class)
class SecretsNeverLoggedTest {

    public static class Verbose implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.cxf.logging.enabled-for", "both", "quarkus.log.level", "DEBUG",
                    "quarkus.log.category.\"io.vcgate\".level", "DEBUG", "quarkus.log.category.\"org.apache.cxf\".level", "INFO",
                    // the REST client's wire log too, with bodies as large as an operator may ask for
                    "quarkus.rest-client.logging.scope", "request-response", "quarkus.rest-client.logging.body-limit", "10000",
                    // the test's own HTTP client (REST Assured) logs its wire at DEBUG: not the gateway's log
                    "quarkus.log.category.\"org.apache.http\".level", "INFO",
                    // every record still reaches the capture below; the build's console is spared them
                    "quarkus.log.console.level", "WARN");
        }
    }

    static final String VCENTER_PASSWORD = "VMware1!";
    static final String GUEST_PASSWORD = "guest-pass-Zq7";
    static final String SAML_TOKEN = "saml-token-Xy9-secret";
    static final String SSPI_TOKEN = "sspi-token-Kd4-secret";
    static final String TICKET = "vmware-ticket-Pw2-secret";

    @Inject
    SimulatorState simulator;

    final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
    final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String message = record.getMessage();
            if (record.getParameters() != null) {
                for (Object p : record.getParameters()) {
                    message += " " + p;
                }
            }
            lines.add(message + (record.getThrown() == null ? "" : " " + record.getThrown()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void install() {
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void remove() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void passwordsTokensAndSessionIdsNeverReachALogLine() {
        Contract.anonymous().auth().preemptive().basic("administrator@vsphere.local", VCENTER_PASSWORD)
                .get("/v1/vms/vm-103/guest/customization").then().statusCode(200);
        Contract.anonymous().auth().preemptive().basic("administrator@vsphere.local", VCENTER_PASSWORD).contentType("application/json")
                .body("{\"credentials\":{\"type\":\"password\",\"username\":\"root\",\"password\":\"" + GUEST_PASSWORD + "\"}}")
                .queryParam("wait", "PT5S").post("/v1/vms/vm-100/guest/customization/abort").then().statusCode(422);
        Contract.anonymous().auth().preemptive().basic("administrator@vsphere.local", VCENTER_PASSWORD).contentType("application/json")
                .body("{\"credentials\":{\"type\":\"saml\",\"token\":\"" + SAML_TOKEN + "\"}}")
                .post("/v1/vms/vm-103/guest/customization/abort").then().statusCode(202);
        Contract.anonymous().auth().preemptive().basic("administrator@vsphere.local", "wrong-" + VCENTER_PASSWORD)
                .get("/v1/vms/vm-103/guest/customization").then().statusCode(401);
        for (String credentials : new String[] { "{\"type\":\"sspi\",\"sspiToken\":\"" + SSPI_TOKEN + "\"}",
                "{\"type\":\"ticket\",\"ticket\":\"" + TICKET + "\"}" }) {
            Contract.anonymous().auth().preemptive().basic("administrator@vsphere.local", VCENTER_PASSWORD).contentType("application/json")
                    .body("{\"credentials\":" + credentials + "}").post("/v1/vms/vm-104/guest/customization/abort").then().statusCode(202);
        }
        // the live session ids so far (9.0: one session serves both APIs); a change of API level drops them
        Set<String> sessionIds = new HashSet<>(simulator.sessionIds(VcenterApi.REST));
        sessionIds.addAll(simulator.sessionIds(VcenterApi.SOAP));
        // a vCenter older than 9.0 (and 8.0U3): the status is read over SOAP with the caller's own SOAP session cookie
        simulator.apiLevel("7.0.3");
        try {
            Contract.anonymous().auth().preemptive().basic("administrator@vsphere.local", VCENTER_PASSWORD)
                    .get("/v1/vms/vm-107/guest/customization").then().statusCode(200).body("status", equalTo("PENDING"));
            sessionIds.addAll(simulator.sessionIds(VcenterApi.REST));
            sessionIds.addAll(simulator.sessionIds(VcenterApi.SOAP));
        } finally {
            simulator.apiLevel("9.0");
        }

        // vCenter's own dialects: the password in a VI/JSON Login body, guest credentials in its abort, vcgate's own session ids
        List<String> compatIds = new ArrayList<>();
        String viJson = Contract.anonymous().contentType("application/json")
                .body("{\"userName\":\"administrator@vsphere.local\",\"password\":\"" + VCENTER_PASSWORD + "\"}")
                .post("/sdk/vim25/9.0.0.0/SessionManager/SessionManager/Login").then().statusCode(200)
                .extract().header("vmware-api-session-id");
        compatIds.add(viJson);
        Contract.anonymous().header("vmware-api-session-id", viJson).contentType("application/json")
                .body("{\"vm\":{\"_typeName\":\"ManagedObjectReference\",\"type\":\"VirtualMachine\",\"value\":\"vm-103\"},"
                        + "\"auth\":{\"_typeName\":\"NamePasswordAuthentication\",\"interactiveSession\":false,\"username\":\"root\","
                        + "\"password\":\"" + GUEST_PASSWORD + "\"}}")
                .post("/sdk/vim25/9.0.0.0/VirtualMachineGuestCustomizationManager/guestCustomizationManager/AbortCustomization_Task")
                .then().statusCode(200);
        Contract.anonymous().header("vmware-api-session-id", viJson).post("/sdk/vim25/9.0.0.0/SessionManager/SessionManager/Logout")
                .then().statusCode(204);
        Contract.anonymous().header("vmware-api-session-id", viJson).get("/sdk/vim25/9.0.0.0/Task/task-1/info").then().statusCode(500);
        Contract.anonymous().contentType("application/json")
                .body("{\"userName\":\"administrator@vsphere.local\",\"password\":\"wrong-" + VCENTER_PASSWORD + "\"}")
                .post("/sdk/vim25/9.0.0.0/SessionManager/SessionManager/Login").then().statusCode(500);
        String api = Contract.anonymous().auth().preemptive().basic("administrator@vsphere.local", VCENTER_PASSWORD)
                .post("/api/session").then().statusCode(201).extract().asString().replace("\"", "");
        compatIds.add(api);
        Contract.anonymous().header("vmware-api-session-id", api).get("/api/vcenter/vm/vm-103/guest/customization-live").then().statusCode(200);
        Contract.anonymous().header("vmware-api-session-id", api).delete("/api/session").then().statusCode(204);

        String all = String.join("\n", lines);
        for (String id : compatIds) {
            assertFalse(all.contains(id), "a session id vcgate issued reached the log");
            assertFalse(all.contains(id.substring(5, 40)), "part of a session id vcgate issued reached the log");
        }
        assertTrue(all.contains("AbortCustomization_Task"), "CXF message logging was on and captured");
        assertTrue(all.contains("/api/vcenter/vm/vm-103/guest/customization-live"), "REST client logging was on and captured");
        assertTrue(all.contains("vmware-api-session-id=<hidden>"), "the REST session header was logged, masked");
        assertTrue(sessionIds.size() >= 2, "the flows opened a session for both APIs (9.0), then a SOAP one (7.0.3): " + sessionIds.size());
        for (String id : sessionIds) {
            assertFalse(all.contains(id), "a live vCenter session id reached the log");
        }
        String basic = Base64.getEncoder().encodeToString(("administrator@vsphere.local:" + VCENTER_PASSWORD).getBytes(StandardCharsets.UTF_8));
        for (String secret : new String[] { VCENTER_PASSWORD, GUEST_PASSWORD, SAML_TOKEN, SSPI_TOKEN, TICKET, basic }) {
            assertFalse(all.contains(secret), "a secret reached the log");
        }
        assertFalse(Pattern.compile("vmware_soap_session=\"?[0-9a-f]{20,}").matcher(all).find(), "a SOAP session cookie reached the log");
        assertFalse(Pattern.compile("(?i)vmware-api-session-id[^\\n]{0,8}[0-9a-f]{20,}").matcher(all).find(), "a REST session id reached the log");
    }
}
