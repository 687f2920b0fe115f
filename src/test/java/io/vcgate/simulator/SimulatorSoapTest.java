package io.vcgate.simulator;

import static io.vcgate.testing.SimulatorHttp.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class SimulatorSoapTest {

    static final String ENVELOPE = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
            + "xmlns:urn=\"urn:vim25\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body>%s</soapenv:Body></soapenv:Envelope>";

    @Inject
    SimulatorState state;

    @Inject
    SimulatorLedger ledger;

    static ValidatableResponse soap(String cookie, String body) {
        var request = given().contentType("text/xml; charset=utf-8").header("SOAPAction", "urn:vim25/7.0.3.0")
                .body(String.format(ENVELOPE, body));
        if (cookie != null) {
            request = request.header("Cookie", cookie);
        }
        return request.post("/sdk").then();
    }

    static String login() {
        String setCookie = soap(null, "<urn:Login><urn:_this type=\"SessionManager\">SessionManager</urn:_this>"
                + "<urn:userName>administrator@vsphere.local</urn:userName><urn:password>VMware1!</urn:password></urn:Login>")
                .statusCode(200).extract().header("Set-Cookie");
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    static ValidatableResponse abort(String cookie, String vm, String user, String password) {
        return soap(cookie, "<urn:AbortCustomization_Task><urn:_this type=\"VirtualMachineGuestCustomizationManager\">guestCustomizationManager</urn:_this>"
                + "<urn:vm type=\"VirtualMachine\">" + vm + "</urn:vm><urn:auth xsi:type=\"urn:NamePasswordAuthentication\">"
                + "<urn:interactiveSession>false</urn:interactiveSession><urn:username>" + user + "</urn:username><urn:password>" + password
                + "</urn:password></urn:auth></urn:AbortCustomization_Task>");
    }

    static ValidatableResponse taskInfo(String cookie, String task) {
        return soap(cookie, "<urn:RetrievePropertiesEx><urn:_this type=\"PropertyCollector\">propertyCollector</urn:_this><urn:specSet>"
                + "<urn:propSet><urn:type>Task</urn:type><urn:pathSet>info</urn:pathSet></urn:propSet>"
                + "<urn:objectSet><urn:obj type=\"Task\">" + task + "</urn:obj></urn:objectSet></urn:specSet><urn:options/></urn:RetrievePropertiesEx>");
    }

    @Test
    void serviceContentNamesTheManagersWithoutASession() {
        soap(null, "<urn:RetrieveServiceContent><urn:_this type=\"ServiceInstance\">ServiceInstance</urn:_this></urn:RetrieveServiceContent>")
                .statusCode(200)
                .body(containsString("<guestCustomizationManager type=\"VirtualMachineGuestCustomizationManager\">guestCustomizationManager</guestCustomizationManager>"))
                .body(containsString("<sessionManager type=\"SessionManager\">SessionManager</sessionManager>"))
                .body(containsString("<propertyCollector type=\"PropertyCollector\">propertyCollector</propertyCollector>"))
                .body(containsString("<apiVersion>9.0.0.0</apiVersion>"));
    }

    @Test
    void loginSetsTheSessionCookieAndBadCredentialsAreInvalidLogin() {
        String cookie = login();
        org.junit.jupiter.api.Assertions.assertTrue(cookie.startsWith("vmware_soap_session=\""));
        soap(null, "<urn:Login><urn:_this type=\"SessionManager\">SessionManager</urn:_this>"
                + "<urn:userName>administrator@vsphere.local</urn:userName><urn:password>nope</urn:password></urn:Login>")
                .statusCode(500).body(containsString("InvalidLogin"));
        assertEquals(1, ledger.logins(VcenterApi.SOAP, "administrator@vsphere.local"));
    }

    @Test
    void withoutASessionEveryCallIsNotAuthenticated() {
        abort(null, "vm-100", "root", "guest-pass").statusCode(500).body(containsString("NotAuthenticated"));
        abort("vmware_soap_session=\"deadbeefdeadbeef\"", "vm-100", "root", "guest-pass").statusCode(500)
                .body(containsString("NotAuthenticated"));
    }

    @Test
    void abortStartsATaskThatEndsInSuccess() {
        String cookie = login();
        String task = abort(cookie, "vm-100", "root", "guest-pass").statusCode(200)
                .body(containsString("type=\"Task\">task-")).extract().xmlPath().getString("Envelope.Body.AbortCustomization_TaskResponse.returnval");
        taskInfo(cookie, task).statusCode(200).body(containsString("<entity type=\"VirtualMachine\">vm-100</entity>"));
        awaitTaskEnd(cookie, task);
        taskInfo(cookie, task).statusCode(200).body(containsString("<state>success</state>")).body(containsString("<progress>100</progress>"));
    }

    /** Until the Task's info says it ended, success or error. */
    static void awaitTaskEnd(String cookie, String task) {
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> {
            String info = taskInfo(cookie, task).extract().asString();
            return info.contains("<state>success</state>") || info.contains("<state>error</state>");
        });
    }

    @Test
    void synchronousFaultsAreThrownFromTheCall() {
        String cookie = login();
        abort(cookie, "vm-101", "root", "guest-pass").statusCode(500).body(containsString("InvalidPowerState"))
                .body(containsString("Powered off"));
        abort(cookie, "vm-102", "root", "guest-pass").statusCode(500).body(containsString("InvalidState"));
        abort(cookie, "vm-105", "root", "guest-pass").statusCode(500).body(containsString("TaskInProgress"))
                .body(containsString("<task type=\"Task\">task-900</task>"));
        abort(cookie, "vm-999", "root", "guest-pass").statusCode(500).body(containsString("ManagedObjectNotFound"));
    }

    @Test
    void guestAndCustomizationFaultsArriveInTheTaskError() {
        String cookie = login();
        String badPassword = abort(cookie, "vm-100", "root", "wrong").statusCode(200).extract().xmlPath()
                .getString("Envelope.Body.AbortCustomization_TaskResponse.returnval");
        String denied = abort(cookie, "vm-103", "nobody", "x").statusCode(200).extract().xmlPath()
                .getString("Envelope.Body.AbortCustomization_TaskResponse.returnval");
        String broken = abort(cookie, "vm-106", "root", "guest-pass").statusCode(200).extract().xmlPath()
                .getString("Envelope.Body.AbortCustomization_TaskResponse.returnval");
        for (String task : new String[] { badPassword, denied, broken }) {
            awaitTaskEnd(cookie, task);
        }
        taskInfo(cookie, badPassword).body(containsString("<state>error</state>")).body(containsString("InvalidGuestLogin"));
        taskInfo(cookie, denied).body(containsString("GuestPermissionDenied"));
        taskInfo(cookie, broken).body(containsString("CustomizationFault"));
    }

    @Test
    void logoutEndsTheSession() {
        String cookie = login();
        soap(cookie, "<urn:Logout><urn:_this type=\"SessionManager\">SessionManager</urn:_this></urn:Logout>").statusCode(200);
        abort(cookie, "vm-100", "root", "guest-pass").statusCode(500).body(containsString("NotAuthenticated"));
        assertEquals(1, ledger.logouts(VcenterApi.SOAP, "administrator@vsphere.local"));
    }

    @Test
    void legacyVmPropertiesAreReadable() {
        String cookie = login();
        soap(cookie, "<urn:RetrievePropertiesEx><urn:_this type=\"PropertyCollector\">propertyCollector</urn:_this><urn:specSet>"
                + "<urn:propSet><urn:type>VirtualMachine</urn:type><urn:pathSet>guest.customizationInfo</urn:pathSet></urn:propSet>"
                + "<urn:objectSet><urn:obj type=\"VirtualMachine\">vm-107</urn:obj></urn:objectSet></urn:specSet><urn:options/></urn:RetrievePropertiesEx>")
                .statusCode(200).body(containsString("TOOLSDEPLOYPKG_PENDING"));
    }

    @Test
    void injectedLatencyOnlyDelaysSoapCalls() {
        state.faults(VcenterApi.SOAP, new SimulatorState.Faults(300, 0, false));
        long start = System.nanoTime();
        String cookie = login();
        abort(cookie, "vm-100", "root", "guest-pass").statusCode(200).body(containsString("type=\"Task\">task-"));
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        assertTrue(tookMs >= 600, "two calls, each delayed 300 ms: " + tookMs + " ms");
    }

    @Test
    void faultInjectionAnswersAsAStrugglingVcenter() {
        state.faults(VcenterApi.SOAP, new SimulatorState.Faults(0, 1.0, false));
        login_fails_with(500, "ServerFaultCode");
        state.faults(VcenterApi.SOAP, new SimulatorState.Faults(0, 0, true));
        login_fails_with(503, "503 Service Unavailable");
    }

    private static void login_fails_with(int status, String text) {
        soap(null, "<urn:RetrieveServiceContent><urn:_this type=\"ServiceInstance\">ServiceInstance</urn:_this></urn:RetrieveServiceContent>")
                .statusCode(status).body(containsString(text));
    }
}
