package io.vcgate.compat;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.vcgate.simulator.SimulatedVcenters;
import io.vcgate.simulator.SimulatedVcenters.SimulatedVcenter;
import io.vcgate.simulator.SimulatorLedger;
import io.vcgate.simulator.VcenterApi;
import io.vcgate.testing.Contract;
import io.vcgate.testing.vijson.ApiClients;
import io.vcgate.testing.vijson.ViJsonClients;
import io.vcgate.testing.vijson.client.invoker.ApiException;
import io.vcgate.testing.vijson.client.model.AbortCustomizationRequestType;
import io.vcgate.testing.vijson.client.model.CustomizationFault;
import io.vcgate.testing.vijson.client.model.GuestAuthentication;
import io.vcgate.testing.vijson.client.model.GuestPermissionDenied;
import io.vcgate.testing.vijson.client.model.InvalidGuestLogin;
import io.vcgate.testing.vijson.client.model.InvalidPowerState;
import io.vcgate.testing.vijson.client.model.InvalidState;
import io.vcgate.testing.vijson.client.model.ManagedObjectReference;
import io.vcgate.testing.vijson.client.model.MethodFault;
import io.vcgate.testing.vijson.client.model.MoTypesEnum;
import io.vcgate.testing.vijson.client.model.NamePasswordAuthentication;
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
import io.vcgate.vcrest.model.VcenterVmGuestCustomizationLiveInfoStatus;

/**
 * vCenter's VI/JSON dialect as vcgate serves it, driven by the client generated from VMware's own
 * VI/JSON spec ({@link ViJsonClients}, never vcgate's cut of it), on three vCenters: the default one
 * (9.0) at {@code /sdk/vim25/9.0.0.0}, and the named {@code u802} (8.0.2) and {@code legacy} (7.0.3) at
 * {@code /vcenters/{name}/sdk/vim25/...}. Whatever the vCenter's version, each call becomes a vim25 (SOAP)
 * call to that vCenter, as its ledger shows; the client sees what vCenter's own VI/JSON would answer.
 */
@QuarkusTest
class ViJsonDoorTest {

    static final String USER = "automation@vsphere.local";
    static final String PASSWORD = Contract.PASSWORD;
    /** The abort's body as VMware documents it. */
    static final String DOCUMENTED_ABORT = "{\"vm\":{\"_typeName\":\"ManagedObjectReference\",\"type\":\"VirtualMachine\",\"value\":\"vm-100\"},"
            + "\"auth\":{\"_typeName\":\"NamePasswordAuthentication\",\"interactiveSession\":false,\"username\":\"root\",\"password\":\"guest-pass\"}}";
    static final Duration TASK_ENDS = Duration.ofSeconds(30);

    /** A vCenter of the tests, as the VI/JSON door is reached for it. */
    enum Target {
        DEFAULT(SimulatedVcenters.DEFAULT, null, "9.0.0.0", "9.0.0.0"),
        U802("u802", "u802", "8.0.2.0", "8.0.2.0"),
        LEGACY("legacy", "legacy", "8.0.1.0", "7.0.3.0");

        /** The simulated vCenter behind it. */
        final String simulated;
        /** The name in the path, or null for the default vCenter's unnamed path. */
        final String pathName;
        /** The VI/JSON release in the path. */
        final String release;
        /** The vCenter's own about.apiVersion. */
        final String apiVersion;

        Target(String simulated, String pathName, String release, String apiVersion) {
            this.simulated = simulated;
            this.pathName = pathName;
            this.release = release;
            this.apiVersion = apiVersion;
        }
    }

    @Inject
    SimulatedVcenters simulated;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    String origin() {
        return "http://localhost:" + port;
    }

    ViJsonClients client(Target target) {
        return ViJsonClients.connect(target.pathName == null ? ViJsonClients.baseUri(origin(), target.release)
                : ViJsonClients.baseUri(origin(), target.pathName, target.release));
    }

    SimulatedVcenter vcenter(Target target) {
        return simulated.get(target.simulated);
    }

    SimulatorLedger ledger(Target target) {
        return vcenter(target).ledger();
    }

    /** The guest customization manager's moId, as the vCenter's ServiceContent names it. */
    static String customizationManager(ViJsonClients client) throws ApiException {
        ManagedObjectReference manager = client.serviceInstance().serviceInstanceGetContent(ViJsonClients.SERVICE_INSTANCE)
                .getGuestCustomizationManager();
        assertEquals(MoTypesEnum.VIRTUAL_MACHINE_GUEST_CUSTOMIZATION_MANAGER, manager.getType());
        return manager.getValue();
    }

    static GuestAuthentication root() {
        return new NamePasswordAuthentication().username("root").password("guest-pass").interactiveSession(false);
    }

    static ManagedObjectReference abort(ViJsonClients client, String vm, GuestAuthentication auth) throws ApiException {
        return client.customizationManager().virtualMachineGuestCustomizationManagerAbortCustomizationTask(customizationManager(client),
                new AbortCustomizationRequestType().vm(ViJsonClients.moRef(MoTypesEnum.VIRTUAL_MACHINE, vm)).auth(auth));
    }

    /** The Task's info once it has ended (success or error), followed through Task info. */
    static TaskInfo ended(ViJsonClients client, ManagedObjectReference task) {
        assertEquals(MoTypesEnum.TASK, task.getType());
        return Awaitility.await().atMost(TASK_ENDS).pollInterval(Duration.ofMillis(100))
                .until(() -> client.tasks().taskGetInfo(task.getValue()),
                        info -> info.getState() == TaskInfoStateEnum.SUCCESS || info.getState() == TaskInfoStateEnum.ERROR);
    }

    /** SOAP calls of {@code operation} about {@code target} (a VM or Task id) the vCenter saw, by whom. */
    static List<SimulatorLedger.Call> soapCalls(SimulatorLedger ledger, String operation, String target) {
        return ledger.calls(VcenterApi.SOAP).stream().filter(c -> c.operation().equals(operation) && target.equals(c.target())).toList();
    }

    static int logins(SimulatorLedger ledger, String user) {
        return ledger.logins(VcenterApi.REST, user) + ledger.logins(VcenterApi.SOAP, user);
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void serviceContentIsTheVcentersOwn(Target target) throws Exception {
        ServiceContent content = client(target).serviceInstance().serviceInstanceGetContent(ViJsonClients.SERVICE_INSTANCE);

        assertEquals("ServiceContent", content.getTypeName());
        assertEquals(target.apiVersion, content.getAbout().getApiVersion(), "the vCenter's own API version, whatever the path's release");
        assertEquals("VirtualCenter", content.getAbout().getApiType());
        assertEquals(MoTypesEnum.SESSION_MANAGER, content.getSessionManager().getType());
        assertEquals(ViJsonClients.SESSION_MANAGER, content.getSessionManager().getValue());
        assertEquals(MoTypesEnum.VIRTUAL_MACHINE_GUEST_CUSTOMIZATION_MANAGER, content.getGuestCustomizationManager().getType());
        assertEquals("guestCustomizationManager", content.getGuestCustomizationManager().getValue(), "the simulator's own moId");
        assertTrue(ledger(target).calls(VcenterApi.SOAP).stream().anyMatch(c -> c.operation().equals("RetrieveServiceContent")),
                "read from that vCenter over vim25");
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void loginAnswersAUserSessionAndVcgatesOwnIdNeverTheVcentersSession(Target target) throws Exception {
        ViJsonClients client = client(target);

        UserSession session = client.login(USER, PASSWORD);

        assertEquals("UserSession", session.getTypeName());
        assertEquals(USER, session.getUserName());
        String id = client.sessionId().orElseThrow(() -> new AssertionError("no vmware-api-session-id in Login's answer"));
        assertFalse(id.isBlank());
        assertNotEquals(id, session.getKey(), "the UserSession's key names the session without being its id");
        for (String secret : List.of(USER, "automation", PASSWORD)) {
            assertFalse(id.contains(secret), "the id shows no credential");
            assertFalse(session.getKey().contains(secret), "the key shows no credential");
        }
        assertEquals(1, logins(ledger(target), USER), "the credentials were checked with that vCenter: one login");

        // a call with the id: vcgate sends the vCenter its own session, never the id
        ManagedObjectReference task = abort(client, "vm-103", root());
        assertEquals(TaskInfoStateEnum.SUCCESS, ended(client, task).getState());

        Set<String> vcenterSessions = new HashSet<>(vcenter(target).state().sessionIds(VcenterApi.SOAP));
        vcenterSessions.addAll(vcenter(target).state().sessionIds(VcenterApi.REST));
        assertFalse(vcenterSessions.isEmpty(), "the caller's vCenter session is live");
        for (String vcenterSession : vcenterSessions) {
            assertNotEquals(vcenterSession, id);
            assertFalse(id.contains(vcenterSession), "vcgate's id does not hold the vCenter's session id");
            assertFalse(session.getKey().contains(vcenterSession), "nor does the UserSession's key");
        }
        List<SimulatorLedger.Call> withSession = ledger(target).calls(VcenterApi.SOAP).stream()
                .filter(c -> !c.operation().equals("Login") && !c.operation().equals("RetrieveServiceContent")).toList();
        assertFalse(withSession.isEmpty());
        for (SimulatorLedger.Call call : withSession) {
            assertEquals(USER, call.user(), call.operation() + " carried a session the vCenter knew (its own), not vcgate's id");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void theDocumentedBodyAbortsVm100AndItsTaskSucceedsWithTheUserAsReason(Target target) throws Exception {
        ObjectMapper json = ViJsonClients.objectMapper();
        AbortCustomizationRequestType documented = json.readValue(DOCUMENTED_ABORT, AbortCustomizationRequestType.class);
        assertEquals(json.readTree(DOCUMENTED_ABORT), json.readTree(json.writeValueAsString(documented)),
                "the generated client sends the documented body as it is");
        ViJsonClients client = client(target);
        client.login(USER, PASSWORD);

        ManagedObjectReference task = client.customizationManager()
                .virtualMachineGuestCustomizationManagerAbortCustomizationTask(customizationManager(client), documented);
        TaskInfo info = ended(client, task);

        assertEquals(TaskInfoStateEnum.SUCCESS, info.getState());
        assertNull(info.getError());
        assertEquals(task.getValue(), info.getKey());
        assertEquals(task.getValue(), info.getTask().getValue());
        assertEquals(MoTypesEnum.VIRTUAL_MACHINE, info.getEntity().getType());
        assertEquals("vm-100", info.getEntity().getValue());
        assertEquals(USER, assertInstanceOf(TaskReasonUser.class, info.getReason()).getUserName());
        assertEquals(1, soapCalls(ledger(target), "AbortCustomization_Task", "vm-100").size(), "one vim25 AbortCustomization_Task");
        assertEquals(USER, soapCalls(ledger(target), "AbortCustomization_Task", "vm-100").get(0).user());
        assertFalse(soapCalls(ledger(target), "RetrievePropertiesEx", task.getValue()).isEmpty(), "Task info read over vim25");
        for (Target other : Target.values()) {
            if (other != target) {
                assertTrue(soapCalls(ledger(other), "AbortCustomization_Task", "vm-100").isEmpty(), "no other vCenter was asked");
            }
        }
    }

    /** Each GuestAuthentication kind, with credentials the guest takes and with a blank secret in that kind's own field. */
    static Stream<Arguments> guestAuthentications() {
        return Stream.of(Target.values()).flatMap(target -> Stream.of(
                Arguments.of(target, root(), new NamePasswordAuthentication().username("root").password(" ").interactiveSession(false)),
                Arguments.of(target, new SAMLTokenAuthentication().token("<saml:Assertion/>").username("root").interactiveSession(false),
                        new SAMLTokenAuthentication().token(" ").username("root").interactiveSession(false)),
                Arguments.of(target, new SSPIAuthentication().sspiToken("TlRMTVNTUAAB").interactiveSession(true),
                        new SSPIAuthentication().sspiToken(" ").interactiveSession(true)),
                Arguments.of(target, new TicketedSessionAuthentication().ticket("ticket-8f1c").interactiveSession(false),
                        new TicketedSessionAuthentication().ticket(" ").interactiveSession(false))));
    }

    /**
     * The simulator keeps no record of the kind it was sent: that it read the kind's own field shows in the
     * outcome, a Task that succeeds with the credential and ends in InvalidGuestLogin with a blank one.
     */
    @ParameterizedTest
    @MethodSource("guestAuthentications")
    void everyGuestAuthenticationKindReachesTheVcenterAsItself(Target target, GuestAuthentication good, GuestAuthentication blank)
            throws Exception {
        ViJsonClients client = client(target);
        client.login(USER, PASSWORD);

        TaskInfo accepted = ended(client, abort(client, "vm-100", good));
        TaskInfo refused = ended(client, abort(client, "vm-100", blank));

        assertEquals(TaskInfoStateEnum.SUCCESS, accepted.getState(), good.getTypeName());
        assertEquals(TaskInfoStateEnum.ERROR, refused.getState(), blank.getTypeName());
        assertEquals("InvalidGuestLogin", assertInstanceOf(InvalidGuestLogin.class, refused.getError()).getTypeName());
        assertEquals(2, soapCalls(ledger(target), "AbortCustomization_Task", "vm-100").size());
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void faultsTheCallThrowsAreHttp500WithTheirTypeName(Target target) throws Exception {
        ViJsonClients client = client(target);
        client.login(USER, PASSWORD);

        MethodFault powerFault = thrown(() -> abort(client, "vm-101", root()));
        InvalidPowerState power = assertInstanceOf(InvalidPowerState.class, powerFault);
        assertEquals("InvalidPowerState", power.getTypeName());
        assertEquals(VirtualMachinePowerStateEnum.POWERED_ON, power.getRequestedState());
        assertEquals(VirtualMachinePowerStateEnum.POWERED_OFF, power.getExistingState());

        MethodFault toolsFault = thrown(() -> abort(client, "vm-102", root()));
        assertEquals("InvalidState", assertInstanceOf(InvalidState.class, toolsFault).getTypeName());

        MethodFault busyFault = thrown(() -> abort(client, "vm-105", root()));
        TaskInProgress busy = assertInstanceOf(TaskInProgress.class, busyFault);
        assertEquals("TaskInProgress", busy.getTypeName());
        assertEquals(MoTypesEnum.TASK, busy.getTask().getType());
        assertEquals("task-900", busy.getTask().getValue());

        for (String vm : List.of("vm-101", "vm-102", "vm-105")) {
            assertEquals(1, soapCalls(ledger(target), "AbortCustomization_Task", vm).size(), vm + ": vCenter's own fault, not vcgate's");
        }
    }

    interface ViJsonCall {
        Object run() throws ApiException;
    }

    /** The fault the call failed with: HTTP 500 and a fault body, as vCenter answers every fault. */
    static MethodFault thrown(ViJsonCall call) {
        ApiException e = assertThrows(ApiException.class, call::run);
        assertEquals(500, e.getCode(), e.getResponseBody());
        return ViJsonClients.fault(e);
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void guestFaultsArriveInTheTasksError(Target target) throws Exception {
        ViJsonClients client = client(target);
        client.login(USER, PASSWORD);

        TaskInfo wrongPassword = ended(client, abort(client, "vm-100",
                new NamePasswordAuthentication().username("root").password("not-the-guest-pass").interactiveSession(false)));
        TaskInfo denied = ended(client, abort(client, "vm-103",
                new NamePasswordAuthentication().username("nobody").password("guest-pass").interactiveSession(false)));
        TaskInfo broken = ended(client, abort(client, "vm-106", root()));

        assertEquals(TaskInfoStateEnum.ERROR, wrongPassword.getState());
        assertEquals("InvalidGuestLogin", assertInstanceOf(InvalidGuestLogin.class, wrongPassword.getError()).getTypeName());
        assertEquals("vm-100", wrongPassword.getEntity().getValue());
        assertEquals(TaskInfoStateEnum.ERROR, denied.getState());
        assertEquals("GuestPermissionDenied", assertInstanceOf(GuestPermissionDenied.class, denied.getError()).getTypeName());
        assertEquals(TaskInfoStateEnum.ERROR, broken.getState());
        assertEquals("CustomizationFault", assertInstanceOf(CustomizationFault.class, broken.getError()).getTypeName());
        for (TaskInfo info : List.of(wrongPassword, denied, broken)) {
            assertNotNull(info.getError().getFaultMessage(), info.getError().getTypeName() + ": vCenter's message");
            assertFalse(info.getError().getFaultMessage().isEmpty());
            assertFalse(info.getError().getFaultMessage().get(0).getMessage().contains("not-the-guest-pass"), "no guest password in the error");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void logoutIs204AndTheIdIsNotAuthenticatedAfterwards(Target target) throws Exception {
        ViJsonClients client = client(target);
        client.login(USER, PASSWORD);
        String id = client.sessionId().orElseThrow();
        ManagedObjectReference task = abort(client, "vm-103", root());
        assertNotNull(client.tasks().taskGetInfo(task.getValue()), "the id works before its logout");

        assertEquals(204, client.sessionManager().sessionManagerLogoutWithHttpInfo(ViJsonClients.SESSION_MANAGER).getStatusCode());

        client.useSession(id);
        MethodFault fault = thrown(() -> client.tasks().taskGetInfo(task.getValue()));
        assertEquals("NotAuthenticated", assertInstanceOf(NotAuthenticated.class, fault).getTypeName());
    }

    /**
     * One caller, one vCenter session per replica whatever the door: a status read on /v1 (HTTP Basic), a
     * VI/JSON Login, abort and Task read, and a REST /api session and customization-live, all on the
     * default vCenter (9.0: one session serves both of its APIs), log that caller in once.
     */
    @Test
    void oneCallerSharesOneVcenterSessionAcrossTheDoors() throws Exception {
        String user = "pipeline-07@vsphere.local";
        Target target = Target.DEFAULT;

        Contract.anonymous().auth().preemptive().basic(user, PASSWORD).get("/v1/vms/vm-103/guest/customization")
                .then().statusCode(200).body("status", equalTo("SUCCEEDED"));

        ViJsonClients vi = client(target);
        vi.login(user, PASSWORD);
        TaskInfo info = ended(vi, abort(vi, "vm-103", root()));
        assertEquals(user, assertInstanceOf(TaskReasonUser.class, info.getReason()).getUserName());

        String restId = ApiClients.sessionId(ApiClients.sessions(ApiClients.base(port)).createSession(ApiClients.basic(user, PASSWORD))
                .await().atMost(TASK_ENDS));
        assertEquals(VcenterVmGuestCustomizationLiveInfoStatus.SUCCEEDED,
                ApiClients.customizationLive(ApiClients.base(port)).getCustomizationLive(restId, "vm-103").await().atMost(TASK_ENDS).getStatus());

        SimulatorLedger ledger = ledger(target);
        assertEquals(1, logins(ledger, user), "one vCenter login for the caller, over /v1, VI/JSON and /api");
        assertFalse(soapCalls(ledger, "AbortCustomization_Task", "vm-103").isEmpty());
        assertTrue(ledger.calls(VcenterApi.REST).stream().filter(c -> c.operation().equals("getCustomizationLive"))
                .allMatch(c -> user.equals(c.user())), "every customization-live in that caller's session");
        assertEquals(2, ledger.calls(VcenterApi.REST).stream().filter(c -> c.operation().equals("getCustomizationLive")).count(),
                "/v1 and /api each read customization-live once");
    }
}
