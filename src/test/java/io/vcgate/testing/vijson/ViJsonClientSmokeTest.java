package io.vcgate.testing.vijson;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.vcgate.testing.vijson.client.invoker.ApiException;
import io.vcgate.testing.vijson.client.model.AbortCustomizationRequestType;
import io.vcgate.testing.vijson.client.model.CustomizationFault;
import io.vcgate.testing.vijson.client.model.GuestAuthentication;
import io.vcgate.testing.vijson.client.model.GuestPermissionDenied;
import io.vcgate.testing.vijson.client.model.InvalidGuestLogin;
import io.vcgate.testing.vijson.client.model.InvalidLogin;
import io.vcgate.testing.vijson.client.model.InvalidPowerState;
import io.vcgate.testing.vijson.client.model.InvalidState;
import io.vcgate.testing.vijson.client.model.ManagedObjectNotFound;
import io.vcgate.testing.vijson.client.model.ManagedObjectReference;
import io.vcgate.testing.vijson.client.model.MethodFault;
import io.vcgate.testing.vijson.client.model.MoTypesEnum;
import io.vcgate.testing.vijson.client.model.NamePasswordAuthentication;
import io.vcgate.testing.vijson.client.model.NoPermission;
import io.vcgate.testing.vijson.client.model.NotAuthenticated;
import io.vcgate.testing.vijson.client.model.SAMLTokenAuthentication;
import io.vcgate.testing.vijson.client.model.SSPIAuthentication;
import io.vcgate.testing.vijson.client.model.ServiceContent;
import io.vcgate.testing.vijson.client.model.TaskInProgress;
import io.vcgate.testing.vijson.client.model.TaskInfo;
import io.vcgate.testing.vijson.client.model.TaskInfoStateEnum;
import io.vcgate.testing.vijson.client.model.TaskReasonUser;
import io.vcgate.testing.vijson.client.model.TicketedSessionAuthentication;
import io.vcgate.testing.vijson.client.model.UserSession;
import io.vcgate.testing.vijson.client.model.VirtualMachinePowerStateEnum;

/**
 * The client generated from VMware's VI/JSON spec (through {@link ViJsonClients}) against WireMock serving
 * vCenter's documents: before it drives vcgate's /sdk/vim25 door, it must itself speak VI/JSON as vCenter
 * does. Checks the wire both ways: the JSON it sends ({@code _typeName} on each polymorphic value, the
 * session header) and what it makes of vCenter's answers ({@code _typeName} subtypes, extra properties,
 * faults as HTTP 500).
 */
class ViJsonClientSmokeTest {

    private static final String SDK = "/sdk/vim25/9.0.0.0";
    private static final String LOGIN = SDK + "/SessionManager/SessionManager/Login";
    private static final String LOGOUT = SDK + "/SessionManager/SessionManager/Logout";
    private static final String ABORT = SDK + "/VirtualMachineGuestCustomizationManager/GuestCustomizationManager/AbortCustomization_Task";
    private static final String TASK_INFO = SDK + "/Task/task-7/info";
    private static final String SESSION = "9f4a1c2e7b8d44f0a1b2c3d4e5f60718";

    private static WireMockServer vcenter;
    private ViJsonClients client;

    @BeforeAll
    static void startVcenter() {
        vcenter = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        vcenter.start();
    }

    @AfterAll
    static void stopVcenter() {
        vcenter.stop();
    }

    @BeforeEach
    void freshClient() {
        vcenter.resetAll();
        vcenter.stubFor(post(urlPathEqualTo(LOGIN)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader(ViJsonClients.SESSION_HEADER, SESSION)
                .withBody("""
                        {"_typeName":"UserSession","key":"52b9c1a0-0f1e-4d4e-9d6c-2b8a6f1f3e11",
                         "userName":"VSPHERE.LOCAL\\\\automation","fullName":"automation ","loginTime":"2026-12-03T05:00:00.123Z",
                         "lastActiveTime":"2026-12-03T05:00:00.123Z","locale":"en","messageLocale":"en","extensionSession":false,
                         "ipAddress":"10.0.0.5","userAgent":"Java-http-client/17","callCount":0,"aNewerProperty":{"x":1}}
                        """)));
        client = ViJsonClients.connect(ViJsonClients.baseUri(vcenter.baseUrl(), "9.0.0.0"));
    }

    @Test
    void loginSendsLoginRequestTypeAndKeepsTheSessionHeader() throws Exception {
        UserSession session = client.login("automation@vsphere.local", "s3cret!");

        assertEquals("VSPHERE.LOCAL\\automation", session.getUserName());
        assertEquals("UserSession", session.getTypeName());
        assertEquals(SESSION, client.sessionId().orElseThrow());
        vcenter.verify(1, postRequestedFor(urlPathEqualTo(LOGIN))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader(ViJsonClients.SESSION_HEADER, absent())
                .withRequestBody(equalToJson("""
                        {"userName":"automation@vsphere.local","password":"s3cret!"}""")));
    }

    @Test
    void readsServiceContentWithItsMoRefs() throws Exception {
        vcenter.stubFor(get(urlPathEqualTo(SDK + "/ServiceInstance/ServiceInstance/content")).willReturn(json(200, """
                {"_typeName":"ServiceContent","rootFolder":{"_typeName":"ManagedObjectReference","type":"Folder","value":"group-d1"},
                 "about":{"_typeName":"AboutInfo","name":"VMware vCenter Server","fullName":"VMware vCenter Server 9.0.0 build-24798170",
                  "vendor":"VMware, Inc.","version":"9.0.0","build":"24798170","osType":"linux-x64","productLineId":"vpx",
                  "apiType":"VirtualCenter","apiVersion":"9.0.0.0","instanceUuid":"b1a2","licenseProductName":"VMware VirtualCenter Server",
                  "licenseProductVersion":"9.0"},
                 "sessionManager":{"_typeName":"ManagedObjectReference","type":"SessionManager","value":"SessionManager"},
                 "guestCustomizationManager":{"_typeName":"ManagedObjectReference","type":"VirtualMachineGuestCustomizationManager","value":"GuestCustomizationManager"},
                 "propertyCollector":{"_typeName":"ManagedObjectReference","type":"PropertyCollector","value":"propertyCollector"}}""")));

        ServiceContent content = client.serviceInstance().serviceInstanceGetContent(ViJsonClients.SERVICE_INSTANCE);

        assertEquals("9.0.0.0", content.getAbout().getApiVersion());
        assertEquals(MoTypesEnum.VIRTUAL_MACHINE_GUEST_CUSTOMIZATION_MANAGER, content.getGuestCustomizationManager().getType());
        assertEquals("GuestCustomizationManager", content.getGuestCustomizationManager().getValue());
    }

    static Stream<Arguments> guestAuthentications() {
        return Stream.of(
                Arguments.of(new NamePasswordAuthentication().username("u").password("p").interactiveSession(false), """
                        {"_typeName":"NamePasswordAuthentication","interactiveSession":false,"username":"u","password":"p"}"""),
                Arguments.of(new SAMLTokenAuthentication().token("<saml2:Assertion/>").username("u").interactiveSession(false), """
                        {"_typeName":"SAMLTokenAuthentication","interactiveSession":false,"token":"<saml2:Assertion/>","username":"u"}"""),
                Arguments.of(new SSPIAuthentication().sspiToken("TlRMTVNTUAAB").interactiveSession(false), """
                        {"_typeName":"SSPIAuthentication","interactiveSession":false,"sspiToken":"TlRMTVNTUAAB"}"""),
                Arguments.of(new TicketedSessionAuthentication().ticket("ticket-1").interactiveSession(false), """
                        {"_typeName":"TicketedSessionAuthentication","interactiveSession":false,"ticket":"ticket-1"}"""));
    }

    @ParameterizedTest
    @MethodSource("guestAuthentications")
    void abortSendsEachGuestAuthenticationWithItsTypeNameAndReadsTheTask(GuestAuthentication auth, String authOnTheWire) throws Exception {
        vcenter.stubFor(post(urlPathEqualTo(ABORT)).willReturn(json(200, """
                {"_typeName":"ManagedObjectReference","type":"Task","value":"task-7"}""")));
        client.login("automation@vsphere.local", "s3cret!");

        ManagedObjectReference task = client.customizationManager().virtualMachineGuestCustomizationManagerAbortCustomizationTask(
                "GuestCustomizationManager", new AbortCustomizationRequestType()
                        .vm(ViJsonClients.moRef(MoTypesEnum.VIRTUAL_MACHINE, "vm-100")).auth(auth));

        assertEquals(MoTypesEnum.TASK, task.getType());
        assertEquals("task-7", task.getValue());
        assertEquals("ManagedObjectReference", task.getTypeName());
        vcenter.verify(1, postRequestedFor(urlPathEqualTo(ABORT))
                .withHeader(ViJsonClients.SESSION_HEADER, equalTo(SESSION))
                .withRequestBody(equalToJson("""
                        {"vm":{"_typeName":"ManagedObjectReference","type":"VirtualMachine","value":"vm-100"},"auth":%s}"""
                        .formatted(authOnTheWire))));
    }

    @Test
    void readsTaskInfoWithItsStateReasonAndErrorSubtype() throws Exception {
        vcenter.stubFor(get(urlPathEqualTo(TASK_INFO)).willReturn(json(200, """
                {"_typeName":"TaskInfo","key":"task-7","task":{"_typeName":"ManagedObjectReference","type":"Task","value":"task-7"},
                 "name":"AbortCustomization_Task","descriptionId":"com.vmware.vim.vm.customization.Abort",
                 "entity":{"_typeName":"ManagedObjectReference","type":"VirtualMachine","value":"vm-100"},"entityName":"web-01",
                 "state":"error","cancelled":false,"cancelable":false,
                 "error":{"_typeName":"InvalidState","faultMessage":[{"_typeName":"LocalizableMessage","key":"vm.guest.tools.notRunning",
                   "message":"VMware Tools is not running in the guest."}],"aNewerProperty":true},
                 "reason":{"_typeName":"TaskReasonUser","userName":"VSPHERE.LOCAL\\\\automation"},
                 "queueTime":"2026-12-03T05:00:01.5Z","startTime":"2026-12-03T05:00:01.6Z","completeTime":"2026-12-03T05:00:02Z",
                 "eventChainId":4711}""")));
        client.login("automation@vsphere.local", "s3cret!");

        TaskInfo info = client.tasks().taskGetInfo("task-7");

        assertEquals(TaskInfoStateEnum.ERROR, info.getState());
        assertEquals("vm-100", info.getEntity().getValue());
        InvalidState error = assertInstanceOf(InvalidState.class, info.getError());
        assertEquals("InvalidState", error.getTypeName());
        assertEquals("vm.guest.tools.notRunning", error.getFaultMessage().get(0).getKey());
        assertEquals("VSPHERE.LOCAL\\automation", assertInstanceOf(TaskReasonUser.class, info.getReason()).getUserName());
        vcenter.verify(1, getRequestedFor(urlPathEqualTo(TASK_INFO)).withHeader(ViJsonClients.SESSION_HEADER, equalTo(SESSION)));
    }

    @Test
    void aTaskErrorOutsideTheSubsetIsAMethodFaultThatKeepsItsName() throws Exception {
        vcenter.stubFor(get(urlPathEqualTo(TASK_INFO)).willReturn(json(200, """
                {"_typeName":"TaskInfo","key":"task-7","task":{"_typeName":"ManagedObjectReference","type":"Task","value":"task-7"},
                 "descriptionId":"com.vmware.vim.vm.customization.Abort","state":"error","cancelled":false,"cancelable":false,
                 "error":{"_typeName":"ToolsUnavailable","faultMessage":[]},
                 "reason":{"_typeName":"TaskReasonUser","userName":"u"},"queueTime":"2026-12-03T05:00:01Z","eventChainId":1}""")));

        TaskInfo info = client.tasks().taskGetInfo("task-7");

        assertEquals(MethodFault.class, info.getError().getClass());
        assertEquals("ToolsUnavailable", info.getError().getTypeName());
    }

    static Stream<Arguments> abortFaults() {
        return Stream.of(
                Arguments.of(TaskInProgress.class, """
                        {"_typeName":"TaskInProgress","task":{"_typeName":"ManagedObjectReference","type":"Task","value":"task-6"}}"""),
                Arguments.of(InvalidPowerState.class, """
                        {"_typeName":"InvalidPowerState","requestedState":"poweredOn","existingState":"poweredOff"}"""),
                Arguments.of(InvalidState.class, """
                        {"_typeName":"InvalidState"}"""),
                Arguments.of(InvalidGuestLogin.class, """
                        {"_typeName":"InvalidGuestLogin"}"""),
                Arguments.of(GuestPermissionDenied.class, """
                        {"_typeName":"GuestPermissionDenied"}"""),
                Arguments.of(CustomizationFault.class, """
                        {"_typeName":"CustomizationFault"}"""),
                Arguments.of(NotAuthenticated.class, """
                        {"_typeName":"NotAuthenticated","object":{"_typeName":"ManagedObjectReference","type":"VirtualMachineGuestCustomizationManager","value":"GuestCustomizationManager"},"privilegeId":"System.View"}"""),
                Arguments.of(ManagedObjectNotFound.class, """
                        {"_typeName":"ManagedObjectNotFound","obj":{"_typeName":"ManagedObjectReference","type":"VirtualMachine","value":"vm-100"}}"""));
    }

    @ParameterizedTest
    @MethodSource("abortFaults")
    void anAbortFaultIsAnApiExceptionWhoseBodyIsTheFault(Class<? extends MethodFault> type, String fault) throws Exception {
        String body = fault.substring(0, fault.lastIndexOf('}'))
                + ",\"faultstring\":\"A specified parameter was not correct.\",\"faultMessage\":[]}";
        vcenter.stubFor(post(urlPathEqualTo(ABORT)).willReturn(json(500, body)));
        client.login("automation@vsphere.local", "s3cret!");

        ApiException e = assertThrows(ApiException.class, () -> client.customizationManager()
                .virtualMachineGuestCustomizationManagerAbortCustomizationTask("GuestCustomizationManager",
                        new AbortCustomizationRequestType().vm(ViJsonClients.moRef(MoTypesEnum.VIRTUAL_MACHINE, "vm-100"))
                                .auth(new NamePasswordAuthentication().username("u").password("p").interactiveSession(false))));

        assertEquals(500, e.getCode());
        MethodFault read = ViJsonClients.fault(e);
        assertInstanceOf(type, read);
        assertEquals(type.getSimpleName(), read.getTypeName());
        if (read instanceof InvalidPowerState power) {
            assertEquals(VirtualMachinePowerStateEnum.POWERED_OFF, power.getExistingState());
        }
        if (read instanceof TaskInProgress busy) {
            assertEquals("task-6", busy.getTask().getValue());
        }
    }

    static Stream<Arguments> loginFaults() {
        return Stream.of(
                Arguments.of(InvalidLogin.class, """
                        {"_typeName":"InvalidLogin","faultstring":"Cannot complete login due to an incorrect user name or password.","faultMessage":[]}"""),
                Arguments.of(NoPermission.class, """
                        {"_typeName":"NoPermission","faultstring":"Permission to perform this operation was denied.","faultMessage":[],
                         "object":{"_typeName":"ManagedObjectReference","type":"Folder","value":"group-d1"},"privilegeId":"System.View"}"""));
    }

    @ParameterizedTest
    @MethodSource("loginFaults")
    void aLoginFaultLeavesNoSession(Class<? extends MethodFault> type, String fault) {
        vcenter.stubFor(post(urlPathEqualTo(LOGIN)).willReturn(json(500, fault)));

        ApiException e = assertThrows(ApiException.class, () -> client.login("automation@vsphere.local", "wrong"));

        assertEquals(500, e.getCode());
        assertEquals(type.getSimpleName(), assertInstanceOf(type, ViJsonClients.fault(e)).getTypeName());
        assertTrue(client.sessionId().isEmpty());
    }

    @Test
    void logoutSendsTheSessionOnceAndNoneAfterwards() throws Exception {
        vcenter.stubFor(post(urlPathEqualTo(LOGOUT)).willReturn(aResponse().withStatus(204)));
        vcenter.stubFor(get(urlPathEqualTo(TASK_INFO)).willReturn(json(500, """
                {"_typeName":"NotAuthenticated","faultstring":"The session is not authenticated.","faultMessage":[],
                 "object":{"_typeName":"ManagedObjectReference","type":"Task","value":"task-7"},"privilegeId":"System.View"}""")));
        client.login("automation@vsphere.local", "s3cret!");

        client.logout();

        assertFalse(client.sessionId().isPresent());
        vcenter.verify(1, postRequestedFor(urlPathEqualTo(LOGOUT)).withHeader(ViJsonClients.SESSION_HEADER, equalTo(SESSION)));
        ApiException e = assertThrows(ApiException.class, () -> client.tasks().taskGetInfo("task-7"));
        assertInstanceOf(NotAuthenticated.class, ViJsonClients.fault(e));
        vcenter.verify(1, getRequestedFor(urlPathEqualTo(TASK_INFO)).withHeader(ViJsonClients.SESSION_HEADER, absent()));
    }

    @Test
    void aNamedVcenterAndAnOlderReleaseAreOnlyAnotherBaseUri() throws Exception {
        String login = "/vcenters/lab/sdk/vim25/8.0.2.0/SessionManager/SessionManager/Login";
        vcenter.stubFor(post(urlPathEqualTo(login)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader(ViJsonClients.SESSION_HEADER, "lab-session")
                .withBody("{\"_typeName\":\"UserSession\",\"key\":\"k\",\"userName\":\"u\"}")));
        ViJsonClients lab = ViJsonClients.connect(ViJsonClients.baseUri(vcenter.baseUrl(), "lab", "8.0.2.0"));

        assertEquals("u", lab.login("u", "p").getUserName());

        assertEquals("lab-session", lab.sessionId().orElseThrow());
        vcenter.verify(1, postRequestedFor(urlPathEqualTo(login)));
        vcenter.verify(0, postRequestedFor(urlPathEqualTo(LOGIN)));
        assertNull(client.sessionId().orElse(null));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
