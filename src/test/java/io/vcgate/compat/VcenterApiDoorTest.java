package io.vcgate.compat;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vcgate.simulator.SimulatedVcenters;
import io.vcgate.simulator.SimulatedVcenters.SimulatedVcenter;
import io.vcgate.simulator.SimulatorLedger;
import io.vcgate.simulator.VcenterApi;
import io.vcgate.testing.Contract;
import io.vcgate.testing.vijson.ApiClients;
import io.vcgate.testing.vijson.ViJsonClients;
import io.vcgate.testing.vijson.client.invoker.ApiException;
import io.vcgate.testing.vijson.client.model.AbortCustomizationRequestType;
import io.vcgate.testing.vijson.client.model.ManagedObjectReference;
import io.vcgate.testing.vijson.client.model.MoTypesEnum;
import io.vcgate.testing.vijson.client.model.NamePasswordAuthentication;
import io.vcgate.testing.vijson.client.model.NotAuthenticated;

/**
 * vCenter's Automation REST API as vcgate serves it ({@code /api} for the default vCenter, 9.0;
 * {@code /vcenters/{name}/api} for {@code u802}, 8.0.2, and {@code legacy}, 7.0.3): a session of vcgate's
 * own, and customization-live with the same answers on every version (vCenter's own on 9.0, read from
 * {@code guest.customizationInfo} before), as the vCenter's ledger shows. And the two dialects' session
 * ids are one kind: either door takes the other's id for the same vCenter.
 */
@QuarkusTest
class VcenterApiDoorTest {

    static final String USER = "automation@vsphere.local";
    static final String PASSWORD = Contract.PASSWORD;
    static final ObjectMapper JSON = new ObjectMapper();

    /** A vCenter of the tests, as the /api door and the VI/JSON door are reached for it. */
    enum Target {
        DEFAULT(SimulatedVcenters.DEFAULT, "", "9.0.0.0", true),
        U802("u802", "/vcenters/u802", "8.0.2.0", false),
        LEGACY("legacy", "/vcenters/legacy", "8.0.1.0", false);

        final String simulated;
        /** What comes before {@code /api} (and {@code /sdk}) in the path. */
        final String prefix;
        final String release;
        /** vSphere 9.0: the vCenter has customization-live of its own. */
        final boolean nine;

        Target(String simulated, String prefix, String release, boolean nine) {
            this.simulated = simulated;
            this.prefix = prefix;
            this.release = release;
            this.nine = nine;
        }

        String session() {
            return prefix + "/api/session";
        }

        String live(String vm) {
            return prefix + "/api/vcenter/vm/" + vm + "/guest/customization-live";
        }
    }

    @Inject
    SimulatedVcenters simulated;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    SimulatedVcenter vcenter(Target target) {
        return simulated.get(target.simulated);
    }

    /** {@code POST /api/session} with HTTP Basic: 201 and the id, a JSON string. */
    static String createSession(Target target) {
        String body = given().auth().preemptive().basic(USER, PASSWORD).post(target.session())
                .then().statusCode(201).contentType("application/json").extract().asString();
        return ApiClients.sessionId(body);
    }

    static RequestSpecification with(String id) {
        return given().header(ViJsonClients.SESSION_HEADER, id);
    }

    static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    /** The answer's whole body, as JSON. */
    static JsonNode body(Response response) throws Exception {
        return json(response.asString());
    }

    static List<SimulatorLedger.Call> calls(SimulatorLedger ledger, VcenterApi api, String operation, String target) {
        return ledger.calls(api).stream().filter(c -> c.operation().equals(operation) && target.equals(c.target())).toList();
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void createSessionAnswers201AndVcgatesOwnIdAsAJsonString(Target target) throws Exception {
        String body = given().auth().preemptive().basic(USER, PASSWORD).post(target.session())
                .then().statusCode(201).contentType("application/json").extract().asString();

        JsonNode answer = json(body);
        assertTrue(answer.isTextual(), "a JSON string, as vCenter answers it: " + body);
        String id = answer.asText();
        assertFalse(id.isBlank());
        for (String secret : List.of(USER, "automation", PASSWORD)) {
            assertFalse(id.contains(secret), "the id shows no credential");
        }
        Set<String> vcenterSessions = new HashSet<>(vcenter(target).state().sessionIds(VcenterApi.REST));
        vcenterSessions.addAll(vcenter(target).state().sessionIds(VcenterApi.SOAP));
        assertFalse(vcenterSessions.isEmpty(), "the credentials were checked with the vCenter, whose session is live");
        for (String vcenterSession : vcenterSessions) {
            assertNotEquals(vcenterSession, id);
            assertFalse(id.contains(vcenterSession), "vcgate's id, not the vCenter's");
        }
        assertEquals(1, vcenter(target).ledger().logins(VcenterApi.REST, USER) + vcenter(target).ledger().logins(VcenterApi.SOAP, USER));
        with(id).get(target.live("vm-103")).then().statusCode(200).body("status", equalTo("SUCCEEDED"));
    }

    /** What vm-104 (seed 002: a customization that failed setting up the network) answers on every version. */
    static String failedVm104(String errorId) {
        return """
                {"status":"FAILED",
                 "error":{"id":"%s","default_message":"Customization failed: network configuration could not be applied.","args":[]},
                 "start_time":"2026-11-22T09:00:00Z","end_time":"2026-11-22T09:02:10Z"}""".formatted(errorId);
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void customizationLiveOfAFailedCustomizationIsTheSameOnEveryVersion(Target target) throws Exception {
        String id = createSession(target);

        Response answer = with(id).get(target.live("vm-104"));

        answer.then().statusCode(200).contentType("application/json");
        // 9.0: vCenter's own error id, passed through; before 9.0 guest.customizationInfo has a message only, and vcgate names it
        String errorId = target.nine ? "com.vmware.vcenter.guest.customization.failed" : "io.vcgate.customization.failed";
        assertEquals(json(failedVm104(errorId)), body(answer));
        SimulatorLedger ledger = vcenter(target).ledger();
        if (target.nine) {
            assertEquals(1, calls(ledger, VcenterApi.REST, "getCustomizationLive", "vm-104").size(), "vCenter's own customization-live");
            assertEquals(0, calls(ledger, VcenterApi.SOAP, "RetrievePropertiesEx", "vm-104").size());
        } else {
            assertEquals(0, calls(ledger, VcenterApi.REST, "getCustomizationLive", "vm-104").size(), "no customization-live before 9.0");
            assertEquals(1, calls(ledger, VcenterApi.SOAP, "RetrievePropertiesEx", "vm-104").size(), "guest.customizationInfo over vim25");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void customizationLiveOfTheOtherFixtures(Target target) throws Exception {
        String id = createSession(target);

        assertEquals(json("{\"status\":\"SUCCEEDED\",\"start_time\":\"2026-11-22T09:00:00Z\",\"end_time\":\"2026-11-22T09:02:10Z\"}"),
                body(with(id).get(target.live("vm-103")).then().statusCode(200).extract().response()));
        assertEquals(json("{\"status\":\"NOT_AVAILABLE\"}"),
                body(with(id).get(target.live("vm-101")).then().statusCode(200).extract().response()), "IDLE: nothing to report");
        assertEquals(json("{\"status\":\"RUNNING\"}"),
                body(with(id).get(target.live("vm-107")).then().statusCode(200).extract().response()),
                "PENDING is RUNNING: a customization that has not ended");
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void anUnknownVmIsA404NotFoundVapiError(Target target) {
        String id = createSession(target);

        with(id).get(target.live("vm-999")).then().statusCode(404).contentType("application/json")
                .body("error_type", equalTo("NOT_FOUND"))
                .body("messages", hasSize(1))
                .body("messages[0].id", not(emptyOrNullString()))
                .body("messages[0].default_message", not(emptyOrNullString()));
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void deleteSessionIs204AndTheIdIsUnauthenticatedAfterwards(Target target) {
        String id = createSession(target);
        with(id).get(target.live("vm-103")).then().statusCode(200);

        with(id).delete(target.session()).then().statusCode(204);

        with(id).get(target.live("vm-103")).then().statusCode(401).contentType("application/json")
                .body("error_type", equalTo("UNAUTHENTICATED"));
    }

    /** A client of the VI/JSON door of the same vCenter, generated from VMware's spec. */
    ViJsonClients viJson(Target target) {
        return ViJsonClients.connect(URI.create("http://localhost:" + port + target.prefix + "/sdk/vim25/" + target.release));
    }

    static ManagedObjectReference abortVm103(ViJsonClients client) throws ApiException {
        String manager = client.serviceInstance().serviceInstanceGetContent(ViJsonClients.SERVICE_INSTANCE).getGuestCustomizationManager().getValue();
        return client.customizationManager().virtualMachineGuestCustomizationManagerAbortCustomizationTask(manager,
                new AbortCustomizationRequestType().vm(ViJsonClients.moRef(MoTypesEnum.VIRTUAL_MACHINE, "vm-103"))
                        .auth(new NamePasswordAuthentication().username("root").password("guest-pass").interactiveSession(false)));
    }

    /** Both dialects issue the same kind of id (vcgate's, for one vCenter): each door takes the other's. */
    @ParameterizedTest
    @EnumSource(Target.class)
    void aViJsonIdWorksOnApiAndAnApiIdOnViJsonOfTheSameVcenter(Target target) throws Exception {
        ViJsonClients vi = viJson(target);
        vi.login(USER, PASSWORD);
        String viJsonId = vi.sessionId().orElseThrow();
        String apiId = createSession(target);

        with(viJsonId).get(target.live("vm-103")).then().statusCode(200).body("status", equalTo("SUCCEEDED"));

        ViJsonClients withApiId = viJson(target);
        withApiId.useSession(apiId);
        ManagedObjectReference task = abortVm103(withApiId);
        assertEquals("vm-103", withApiId.tasks().taskGetInfo(task.getValue()).getEntity().getValue());

        assertEquals(1, vcenter(target).ledger().logins(VcenterApi.REST, USER) + vcenter(target).ledger().logins(VcenterApi.SOAP, USER),
                "both ids stand for the same caller, and so for the same vCenter session");
    }

    @Test
    void anIdIsForItsOwnVcenterOnly() throws Exception {
        String legacyId = createSession(Target.LEGACY);
        ViJsonClients vi = viJson(Target.U802);
        vi.login(USER, PASSWORD);
        String u802Id = vi.sessionId().orElseThrow();

        with(legacyId).get(Target.DEFAULT.live("vm-103")).then().statusCode(401).body("error_type", equalTo("UNAUTHENTICATED"));
        with(u802Id).get(Target.LEGACY.live("vm-103")).then().statusCode(401).body("error_type", equalTo("UNAUTHENTICATED"));
        ViJsonClients elsewhere = viJson(Target.DEFAULT);
        elsewhere.useSession(legacyId);
        ApiException e = assertThrows(ApiException.class, () -> abortVm103(elsewhere));
        assertEquals(500, e.getCode());
        assertInstanceOf(NotAuthenticated.class, ViJsonClients.fault(e));
    }

    /** A logout on either door ends the id on both (on this replica). */
    @ParameterizedTest
    @EnumSource(Target.class)
    void aLogoutOnOneDoorEndsTheIdOnTheOther(Target target) throws Exception {
        String apiId = createSession(target);
        ViJsonClients vi = viJson(target);
        vi.useSession(apiId);
        vi.logout();
        with(apiId).get(target.live("vm-103")).then().statusCode(401).body("error_type", equalTo("UNAUTHENTICATED"));

        ViJsonClients other = viJson(target);
        other.login(USER, PASSWORD);
        String viJsonId = other.sessionId().orElseThrow();
        with(viJsonId).delete(target.session()).then().statusCode(204);
        ApiException e = assertThrows(ApiException.class, () -> abortVm103(other));
        assertEquals(500, e.getCode());
        assertInstanceOf(NotAuthenticated.class, ViJsonClients.fault(e));
    }
}
