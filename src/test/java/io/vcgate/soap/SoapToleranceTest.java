package io.vcgate.soap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.vcgate.vcenter.Vcenters;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vcgate.core.BackendFailure;
import io.vcgate.core.Caller;
import io.vcgate.core.CustomizationInfo;
import io.vcgate.core.FaultCategory;
import io.vcgate.core.GuestAuth;
import io.vcgate.core.TaskSnapshot;
import io.vcgate.testing.VcenterEnvelopes;
import io.vcgate.testing.WireMockVcenter;

/** What a real vCenter sends and the simulator does not: vcgate must tolerate it and map it right. */
@QuarkusTest
@TestProfile(WireMockVcenter.Profile.class)
class SoapToleranceTest {

    static final Caller ADMIN = new Caller("administrator@vsphere.local", "VMware1!");
    static final GuestAuth ROOT = new GuestAuth.Password("root", "guest-pass", false);

    @Inject
    SoapAdapter backend;

    @Inject
    Vcenters vcenters;

    @BeforeEach
    void stubSessions() {
        var wm = WireMockVcenter.server;
        wm.resetAll();
        wm.stubFor(post("/sdk").withRequestBody(containing("RetrieveServiceContent")).willReturn(xml(200, VcenterEnvelopes.serviceContent(true))));
        wm.stubFor(post("/sdk").withRequestBody(containing("<Login ")).willReturn(xml(200, VcenterEnvelopes.login())
                .withHeader("Set-Cookie", "vmware_soap_session=\"5c1a8e2f9b7d4e6a8c0b1d3f5e7a9c2b4d6f8e0a\"; Path=/; HttpOnly; Secure;")));
        wm.stubFor(post("/sdk").withRequestBody(containing("<Logout")).willReturn(xml(200, VcenterEnvelopes.envelope("<LogoutResponse xmlns=\"urn:vim25\"/>"))));
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder xml(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/xml; charset=utf-8").withBody(body);
    }

    void abortAnswers(String vm, int status, String body) {
        WireMockVcenter.server.stubFor(post("/sdk").withRequestBody(containing(">" + vm + "<")).withRequestBody(containing("AbortCustomization_Task"))
                .willReturn(status == 200 ? xml(200, body) : xml(status, body)));
    }

    BackendFailure abortFault(String vm) {
        return assertThrows(BackendFailure.class, () -> backend.abortCustomization(vcenters.get(Vcenters.DEFAULT), ADMIN, vm, ROOT).await().atMost(Duration.ofSeconds(10)));
    }

    int aborts() {
        return WireMockVcenter.server.findAll(postRequestedFor(urlEqualTo("/sdk")).withRequestBody(containing("AbortCustomization_Task"))).size();
    }

    int logins() {
        return WireMockVcenter.server.findAll(postRequestedFor(urlEqualTo("/sdk")).withRequestBody(containing("<Login "))).size();
    }

    @Test
    void extraElementsAndTheCookieOfARealVcenterAreAccepted() {
        abortAnswers("vm-1", 200, VcenterEnvelopes.abortTask("task-77"));
        // a caller of its own: on this 8.0.3 vCenter a REST session another test opened would serve SOAP too
        Caller fresh = new Caller("cookie-test@vsphere.local", "VMware1!");
        assertEquals("task-77", backend.abortCustomization(vcenters.get(Vcenters.DEFAULT), fresh, "vm-1", ROOT).await().atMost(Duration.ofSeconds(10)));
        assertEquals(1, WireMockVcenter.server.findAll(postRequestedFor(urlEqualTo("/sdk")).withRequestBody(containing("AbortCustomization_Task"))
                .withHeader("Cookie", containing("vmware_soap_session=\"5c1a8e2f9b7d4e6a8c0b1d3f5e7a9c2b4d6f8e0a\""))).size());
    }

    @Test
    void theLatestCustomizationFailureEventIsReadWhateverItsPrefixAndExtraElements() {
        WireMockVcenter.server.stubFor(post("/sdk").withRequestBody(containing("QueryEvents")).withRequestBody(containing(">vm-5<"))
                .willReturn(xml(200, VcenterEnvelopes.customizationEvents())));
        CustomizationInfo.FailureEvent event = backend.lastCustomizationFailure(vcenters.get(Vcenters.DEFAULT), ADMIN, "vm-5", null)
                .await().atMost(Duration.ofSeconds(10)).orElseThrow();
        assertEquals("CustomizationSysprepFailed", event.type());
        assertEquals("customizationDisabled", event.reason());
        assertEquals("Sysprep failed to run in the guest of VM clone-5.", event.message());
        assertEquals(java.time.OffsetDateTime.parse("2026-11-22T10:05:00Z"), event.createdTime());
        String asked = WireMockVcenter.server.findAll(postRequestedFor(urlEqualTo("/sdk")).withRequestBody(containing("QueryEvents"))).get(0).getBodyAsString();
        assertTrue(asked.contains("CustomizationNetworkSetupFailed") && asked.contains(">self<"), "asks for the failure types on the VM itself: " + asked);
    }

    @Test
    void anXsiTypeWithAnyPrefixNamesTheFault() {
        abortAnswers("vm-2", 500, VcenterEnvelopes.fault("InvalidStateFault", "vim25:InvalidPowerState", "Powered off."));
        BackendFailure fault = abortFault("vm-2");
        assertEquals("InvalidPowerState", fault.fault());
        assertEquals(FaultCategory.CONFLICT, fault.category());
        abortAnswers("vm-3", 500, VcenterEnvelopes.fault("RuntimeFaultFault", "ns9:ManagedObjectNotFound", "The object has already been deleted"));
        assertEquals(FaultCategory.NOT_FOUND, abortFault("vm-3").category());
    }

    @Test
    void anUnknownUndeclaredFaultIsABadGatewayKeepingItsName() {
        abortAnswers("vm-8", 500, VcenterEnvelopes.fault("ShinyNewFaultFault", "ShinyNewFault", "Something new went wrong."));
        BackendFailure fault = abortFault("vm-8");
        assertEquals("ShinyNewFault", fault.fault());
        assertEquals(FaultCategory.BAD_GATEWAY, fault.category());
    }

    @Test
    void anUndeclaredFaultIsMappedFromItsDetail() {
        abortAnswers("vm-4", 500, VcenterEnvelopes.fault("NoPermissionFault", "NoPermission", "Permission to perform this operation was denied."));
        BackendFailure fault = abortFault("vm-4");
        assertEquals("NoPermission", fault.fault());
        assertEquals(FaultCategory.FORBIDDEN, fault.category());
    }

    @Test
    void aFaultTypeTheSubsetDoesNotKnowIsABadGatewayKeepingVcentersMessage() {
        // JAXB reads an unknown xsi:type inside a declared fault element as the declared type
        abortAnswers("vm-5", 500, VcenterEnvelopes.fault("RuntimeFaultFault", "ns9:ShinyNewFault", "Something new went wrong."));
        BackendFailure fault = abortFault("vm-5");
        assertEquals("RuntimeFault", fault.fault());
        assertEquals(FaultCategory.BAD_GATEWAY, fault.category());
        assertEquals("Something new went wrong.", fault.getMessage());
        assertTrue(!fault.getMessage().contains("kept out"));
    }

    @Test
    void aNonSoapErrorPageIsABadGatewayAndTheAbortIsNotRetried() {
        WireMockVcenter.server.stubFor(post("/sdk").withRequestBody(containing(">vm-6<")).willReturn(aResponse().withStatus(502)
                .withHeader("Content-Type", "text/html").withBody("<html><body><h1>502 Bad Gateway</h1></body></html>")));
        BackendFailure fault = abortFault("vm-6");
        assertEquals(FaultCategory.BAD_GATEWAY, fault.category());
        assertNull(fault.fault());
        assertEquals(1, aborts(), "the abort may have reached vCenter: never sent twice");
    }

    @Test
    void aSecondNotAuthenticatedAfterAFreshLoginIsAnErrorNotALoop() {
        abortAnswers("vm-7", 500, VcenterEnvelopes.fault("NotAuthenticatedFault", "NotAuthenticated", "The session is not authenticated."));
        int loginsBefore = logins();
        BackendFailure fault = abortFault("vm-7");
        assertEquals("NotAuthenticated", fault.fault());
        assertEquals(FaultCategory.FORBIDDEN, fault.category());
        assertEquals(2, aborts(), "one call and exactly one retry after a fresh login");
        assertTrue(logins() - loginsBefore <= 2);
    }

    @Test
    void aTaskErrorWithAPrefixedXsiTypeMapsLikeTheThrownFault() {
        WireMockVcenter.server.stubFor(post("/sdk").withRequestBody(containing("RetrievePropertiesEx")).withRequestBody(containing("task-88"))
                .willReturn(xml(200, VcenterEnvelopes.taskInfoInError("task-88", "InvalidPowerState", "Powered off."))));
        TaskSnapshot task = backend.task(vcenters.get(Vcenters.DEFAULT), ADMIN, "task-88").await().atMost(Duration.ofSeconds(10));
        assertEquals(TaskSnapshot.State.ERROR, task.state());
        assertEquals("vm-42", task.vm());
        assertEquals("InvalidPowerState", task.error().fault());
        assertEquals(FaultCategory.CONFLICT, task.error().category());
    }

    /**
     * Every fault the gateway names, sent as a real vCenter sends it (HTTP 500, a {@code <TypeFault>}
     * detail element with a prefixed xsi:type) and reported in a Task's error: the same name and category
     * either way. A type the subset does not know is a 502 either way.
     */
    @ParameterizedTest
    @ValueSource(strings = { "TaskInProgress", "InvalidPowerState", "InvalidState", "InvalidGuestLogin", "GuestPermissionDenied",
            "CustomizationFault", "ManagedObjectNotFound", "NoPermission", "InvalidLogin", "InvalidArgument", "RuntimeFault",
            "SystemError", "ShinyNewFault" })
    void aFaultMapsTheSameWayThrownAndInATask(String type) {
        String element = type + "Fault";
        String vm = "vm-parity-" + type;
        String task = "task-parity-" + type;
        abortAnswers(vm, 500, VcenterEnvelopes.fault(element, "vim25:" + type, type + " from vCenter."));
        WireMockVcenter.server.stubFor(post("/sdk").withRequestBody(containing("RetrievePropertiesEx")).withRequestBody(containing(">" + task + "<"))
                .willReturn(xml(200, VcenterEnvelopes.taskInfoInError(task, type, type + " from vCenter."))));

        BackendFailure thrown = abortFault(vm);
        TaskSnapshot.Fault reported = backend.task(vcenters.get(Vcenters.DEFAULT), ADMIN, task).await().atMost(Duration.ofSeconds(10)).error();

        assertEquals(thrown.category(), reported.category(), type);
        if (type.equals("ShinyNewFault")) {
            assertEquals(FaultCategory.BAD_GATEWAY, reported.category());
        } else {
            assertEquals(type, thrown.fault());
            assertEquals(type, reported.fault());
            assertEquals(FaultCategory.ofVimFault(type), reported.category());
        }
        assertEquals(type + " from vCenter.", reported.message());
    }
}
