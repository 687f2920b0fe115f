package io.vcgate.compat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.vcgate.testing.VcenterEnvelopes;
import io.vcgate.testing.WireMockVcenter;

/**
 * Each fault vim25 declares for AbortCustomization_Task, thrown by vCenter from the SOAP call as a real
 * vCenter sends it (HTTP 500, the declared detail element, the fault's xsi:type and its own fields), as
 * the VI/JSON door answers it: HTTP 500, as vCenter's own VI/JSON sends every fault, with the fault's
 * {@code _typeName}, vCenter's message as {@code faultstring} and the fault's fields that vcgate reads
 * (TaskInProgress's {@code task}, InvalidPowerState's {@code requestedState} and {@code existingState}).
 * The vCenter is WireMock answering as an 8.0.3 vCenter (its ServiceContent's apiVersion, below); the
 * caller logs in through the VI/JSON door first, so the abort carries vcgate's session id.
 */
@QuarkusTest
@TestProfile(WireMockVcenter.Profile.class)
class ViJsonVcenterFaultsTest {

    static final String RELEASE = "8.0.3.0";
    static final String VI = "/sdk/vim25/" + RELEASE;
    static final String ABORT = VI + "/VirtualMachineGuestCustomizationManager/guestCustomizationManager/AbortCustomization_Task";
    static final String PASSWORD = "VMware1!";

    /** A fault of AbortCustomization_Task: its detail element, its xsi:type, its own fields as XML, and those fields in VI/JSON. */
    record Fault(String element, String type, String fieldsXml, Map<String, String> json) {
        @Override
        public String toString() {
            return type;
        }
    }

    static Stream<Fault> declaredFaults() {
        return Stream.of(
                new Fault("TaskInProgressFault", "TaskInProgress", "<task type=\"Task\">task-900</task>",
                        Map.of("task._typeName", "ManagedObjectReference", "task.type", "Task", "task.value", "task-900")),
                new Fault("InvalidStateFault", "InvalidPowerState", "<requestedState>poweredOn</requestedState><existingState>poweredOff</existingState>",
                        Map.of("requestedState", "poweredOn", "existingState", "poweredOff")),
                new Fault("InvalidStateFault", "InvalidState", "", Map.of()),
                new Fault("InvalidGuestLoginFault", "InvalidGuestLogin", "", Map.of()),
                new Fault("GuestPermissionDeniedFault", "GuestPermissionDenied", "", Map.of()),
                new Fault("CustomizationFaultFault", "CustomizationFault", "", Map.of()));
    }

    @BeforeEach
    void vcenter() {
        var wm = WireMockVcenter.server;
        wm.resetAll();
        wm.stubFor(post("/sdk").withRequestBody(containing("RetrieveServiceContent")).willReturn(xml(200, VcenterEnvelopes.serviceContent(RELEASE))));
        wm.stubFor(post("/sdk").withRequestBody(containing("<Login ")).willReturn(xml(200, VcenterEnvelopes.login())
                .withHeader("Set-Cookie", "vmware_soap_session=\"5c1a8e2f9b7d4e6a8c0b1d3f5e7a9c2b4d6f8e0a\"; Path=/; HttpOnly; Secure;")));
        wm.stubFor(post("/sdk").withRequestBody(containing("<Logout")).willReturn(xml(200, VcenterEnvelopes.envelope("<LogoutResponse xmlns=\"urn:vim25\"/>"))));
        wm.stubFor(post("/api/session").willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("\"5c1a8e2f9b7d4e6a8c0b1d3f5e7a9c2b4d6f8e0a\"")));
    }

    static ResponseDefinitionBuilder xml(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/xml; charset=utf-8").withBody(body);
    }

    /** The fault as vCenter throws it: faultcode ServerFaultCode, vCenter's message, the detail element with the fault's xsi:type and fields. */
    static String thrown(Fault fault, String message) {
        return VcenterEnvelopes.envelope("<soapenv:Fault><faultcode>ServerFaultCode</faultcode><faultstring>" + message + "</faultstring><detail>"
                + "<" + fault.element() + " xmlns=\"urn:vim25\" xsi:type=\"" + fault.type() + "\">" + fault.fieldsXml()
                + "</" + fault.element() + "></detail></soapenv:Fault>");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("declaredFaults")
    void aFaultVcenterThrowsIsTheViJsonFaultOfTheSameName(Fault fault) {
        String vm = "vm-" + fault.type().toLowerCase(java.util.Locale.ROOT);
        String message = "The operation failed in vCenter: " + fault.type() + " on " + vm + ".";
        WireMockVcenter.server.stubFor(post("/sdk").withRequestBody(containing("AbortCustomization_Task")).withRequestBody(containing(">" + vm + "<"))
                .willReturn(xml(500, thrown(fault, message))));

        String id = given().contentType("application/json").body("{\"userName\":\"administrator@vsphere.local\",\"password\":\"" + PASSWORD + "\"}")
                .post(VI + "/SessionManager/SessionManager/Login").then().log().ifValidationFails().statusCode(200)
                .body("_typeName", equalTo("UserSession")).extract().header("vmware-api-session-id");

        ValidatableResponse answer = given().header("vmware-api-session-id", id).contentType("application/json")
                .body("{\"vm\":{\"_typeName\":\"ManagedObjectReference\",\"type\":\"VirtualMachine\",\"value\":\"" + vm + "\"},"
                        + "\"auth\":{\"_typeName\":\"NamePasswordAuthentication\",\"interactiveSession\":false,\"username\":\"root\","
                        + "\"password\":\"guest-pass\"}}")
                .post(ABORT).then().log().ifValidationFails().statusCode(500).contentType(startsWith("application/json"))
                .body("_typeName", equalTo(fault.type()))
                // vCenter's message (vcgate adds the Task in progress to TaskInProgress's, which it also names in "task")
                .body("faultstring", fault.type().equals("TaskInProgress") ? startsWith(message) : equalTo(message))
                .body("faultMessage[0]._typeName", equalTo("LocalizableMessage"))
                .body("faultMessage[0].message", startsWith(message))
                .body(not(containsString("guest-pass"))).body(not(containsString(id))).body(not(containsString(PASSWORD)));
        fault.json().forEach((path, value) -> answer.body(path, equalTo(value)));
        if (fault.json().isEmpty()) {
            answer.body("task", nullValue()).body("requestedState", nullValue()).body("existingState", nullValue());
        }
        assertEquals(1, WireMockVcenter.server.findAll(postRequestedFor(urlEqualTo("/sdk")).withRequestBody(containing("AbortCustomization_Task"))
                .withRequestBody(containing(">" + vm + "<"))).size(), "the abort was sent once, never again after vCenter's fault");
    }
}
