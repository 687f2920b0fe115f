package io.vcgate.compat;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.vcgate.compat.session.PastIds;
import io.vcgate.core.Caller;
import io.vcgate.simulator.SimulatedVcenters;
import io.vcgate.simulator.SimulatorLedger;
import io.vcgate.simulator.VcenterApi;

/**
 * Bad and hostile input on vCenter's own dialects, as a script written against vCenter (or an attacker)
 * would send it to vcgate: each refusal is a 4xx in the door's own format (VI/JSON: a VimFault, 400
 * InvalidArgument naming {@code invalidProperty} or InvalidRequest; {@code /api}: a vapi error, 400
 * INVALID_ARGUMENT or INVALID_REQUEST), a session id vcgate cannot honour is NotAuthenticated (VI/JSON,
 * HTTP 500 as vCenter answers it) or 401 UNAUTHENTICATED ({@code /api}); never a bare 500, never a stack
 * trace, never a password or session id in the answer, and never a call to vCenter (the simulated
 * vCenters' ledgers, all of them, do not move for the refused request).
 */
@QuarkusTest
class CompatBadInputTest {

    static final String ADMIN = "administrator@vsphere.local";
    static final String PASSWORD = "VMware1!";
    static final String VI = "/sdk/vim25/9.0.0.0";
    static final String LOGIN = VI + "/SessionManager/SessionManager/Login";
    static final String LOGOUT = VI + "/SessionManager/SessionManager/Logout";
    static final String ABORT = VI + "/VirtualMachineGuestCustomizationManager/guestCustomizationManager/AbortCustomization_Task";
    static final String TASK = VI + "/Task/task-1/info";
    static final String LIVE = "/api/vcenter/vm/vm-100/guest/customization-live";
    static final String VM = "{\"_typeName\":\"ManagedObjectReference\",\"type\":\"VirtualMachine\",\"value\":\"vm-100\"}";
    static final String GUEST_PASSWORD = "guest-Pa55-in-the-body";

    @Inject
    SimulatedVcenters simulated;

    /** Every string that must never come back in an answer: the passwords sent and the session ids in play. */
    final List<String> secrets = new ArrayList<>(List.of(PASSWORD, GUEST_PASSWORD));

    // --- VI/JSON: the abort's body -----------------------------------------------------------------------

    @Test
    void anAbortBodyThatCannotBeReadIsInvalidRequest() {
        String id = viLogin();
        invalidRequest(abort(id, "{\"vm\":"), 400);
        invalidRequest(abort(id, "{nope"), 400);
        invalidRequest(abort(id, "[1,2,3]"), 400);
        invalidRequest(abort(id, "\"vm-100\""), 400);
        invalidRequest(abort(id, "null"), 400);
        invalidRequest(() -> session(id).contentType("application/json").post(ABORT), 400);
        invalidRequest(() -> session(id).contentType("text/plain").body(abortBody(VM, guest("root", GUEST_PASSWORD))).post(ABORT), 415);
    }

    @Test
    void aMissingOrWrongVmIsInvalidArgumentNamingIt() {
        String id = viLogin();
        String auth = guest("root", GUEST_PASSWORD);
        invalidArgument(abort(id, "{\"auth\":" + auth + "}"), "vm");
        invalidArgument(abort(id, abortBody("null", auth)), "vm");
        invalidArgument(abort(id, abortBody("\"vm-100\"", auth)), "vm");
        invalidArgument(abort(id, abortBody("{\"_typeName\":\"ManagedObjectReference\",\"type\":\"HostSystem\",\"value\":\"host-1\"}", auth)), "vm.type");
        invalidArgument(abort(id, abortBody("{\"_typeName\":\"HostSystem\",\"type\":\"VirtualMachine\",\"value\":\"vm-100\"}", auth)), "vm._typeName");
        invalidArgument(abort(id, abortBody("{\"type\":\"VirtualMachine\"}", auth)), "vm.value");
        invalidArgument(abort(id, abortBody("{\"type\":\"VirtualMachine\",\"value\":100}", auth)), "vm.value");
        for (String value : new String[] { "vm-100/../vm-101", "vm-100/", "v".repeat(200), "vm-1\\u0007", "vm-1\\u0000", "vm-1\\n",
                "vm-1\\u001b[0m", "vm 100", "", "-vm", "vm-100;x", "vm%2F100" }) {
            invalidArgument(abort(id, abortBody("{\"_typeName\":\"ManagedObjectReference\",\"type\":\"VirtualMachine\",\"value\":\"" + value + "\"}",
                    auth)), "vm.value");
        }
    }

    @Test
    void aMissingOrWrongGuestAuthenticationIsInvalidArgumentNamingIt() {
        String id = viLogin();
        invalidArgument(abort(id, "{\"vm\":" + VM + "}"), "auth");
        invalidArgument(abort(id, abortBody(VM, "null")), "auth");
        invalidArgument(abort(id, abortBody(VM, "\"root:" + GUEST_PASSWORD + "\"")), "auth");
        invalidArgument(abort(id, abortBody(VM, "{\"username\":\"root\",\"password\":\"" + GUEST_PASSWORD + "\"}")), "auth._typeName");
        invalidArgument(abort(id, abortBody(VM, "{\"_typeName\":42,\"username\":\"root\",\"password\":\"" + GUEST_PASSWORD + "\"}")), "auth._typeName");
        invalidArgument(abort(id, abortBody(VM, "{\"_typeName\":\"KerberosAuthentication\",\"username\":\"root\",\"password\":\""
                + GUEST_PASSWORD + "\"}")), "auth._typeName");
        invalidArgument(abort(id, abortBody(VM, "{\"_typeName\":\"NamePasswordAuthentication\",\"interactiveSession\":false,\"username\":\"root\"}")),
                "auth.password");
        invalidArgument(abort(id, abortBody(VM, "{\"_typeName\":\"NamePasswordAuthentication\",\"username\":\"root\",\"password\":\"\"}")),
                "auth.password");
        invalidArgument(abort(id, abortBody(VM, "{\"_typeName\":\"NamePasswordAuthentication\",\"password\":\"" + GUEST_PASSWORD + "\"}")),
                "auth.username");
        invalidArgument(abort(id, abortBody(VM, "{\"_typeName\":\"SAMLTokenAuthentication\",\"username\":\"root\"}")), "auth.token");
        invalidArgument(abort(id, abortBody(VM, "{\"_typeName\":\"SSPIAuthentication\"}")), "auth.sspiToken");
        invalidArgument(abort(id, abortBody(VM, "{\"_typeName\":\"TicketedSessionAuthentication\",\"ticket\":null}")), "auth.ticket");
        // a boxed value whose box is not an object
        invalidArgument(abort(id, abortBody(VM, "{\"_typeName\":\"NamePasswordAuthentication\",\"_value\":\"" + GUEST_PASSWORD + "\"}")),
                "auth._value");
    }

    @Test
    void guestAuthenticationFieldsOfTheWrongJsonTypeAreNotCoerced() {
        String id = viLogin();
        invalidArgument(abort(id, abortBody(VM, "{\"_typeName\":\"NamePasswordAuthentication\",\"username\":123,\"password\":\"" + GUEST_PASSWORD
                + "\"}")), "auth.username");
        invalidArgument(abort(id, abortBody(VM, "{\"_typeName\":\"NamePasswordAuthentication\",\"username\":[\"root\"],\"password\":\""
                + GUEST_PASSWORD + "\"}")), "auth.username");
        invalidArgument(abort(id, abortBody(VM, "{\"_typeName\":\"NamePasswordAuthentication\",\"username\":\"root\",\"password\":true}")),
                "auth.password");
        invalidArgument(abort(id, abortBody(VM, "{\"_typeName\":\"NamePasswordAuthentication\",\"username\":\"root\",\"password\":{\"v\":\""
                + GUEST_PASSWORD + "\"}}")), "auth.password");
        invalidArgument(abort(id, abortBody(VM, "{\"_typeName\":\"NamePasswordAuthentication\",\"interactiveSession\":\"false\",\"username\":\"root\","
                + "\"password\":\"" + GUEST_PASSWORD + "\"}")), "auth.interactiveSession");
        invalidArgument(abort(id, abortBody(VM, "{\"_typeName\":\"NamePasswordAuthentication\",\"interactiveSession\":0,\"username\":\"root\","
                + "\"password\":\"" + GUEST_PASSWORD + "\"}")), "auth.interactiveSession");
        invalidArgument(abort(id, abortBody(VM, "{\"_typeName\":\"TicketedSessionAuthentication\",\"ticket\":4.5}")), "auth.ticket");
    }

    @Test
    void guestTextVcenterCannotCarryIsInvalidArgumentNamingIt() {
        String id = viLogin();
        // a lone surrogate (high, low), U+0000, another control character, a non-character: JSON escapes, as a client would send them
        for (String bad : new String[] { "pa\\ud800ss", "pa\\udc00ss", "pa\\u0000ss", "pa\\u0001ss", "pa\\uffffss" }) {
            invalidArgument(abort(id, abortBody(VM, guest("root", GUEST_PASSWORD + bad))), "auth.password");
        }
        invalidArgument(abort(id, abortBody(VM, guest("ro\\u0000ot", GUEST_PASSWORD))), "auth.username");
        invalidArgument(abort(id, abortBody(VM, guest("ro\\ud800ot", GUEST_PASSWORD))), "auth.username");
        invalidArgument(abort(id, abortBody(VM, "{\"_typeName\":\"SAMLTokenAuthentication\",\"token\":\"t\\udbff\"}")), "auth.token");
        invalidArgument(abort(id, abortBody(VM, "{\"_typeName\":\"TicketedSessionAuthentication\",\"ticket\":\"t\\u0000\"}")), "auth.ticket");
    }

    /** The boxed form some clients send for a polymorphic value is taken as the inline one is: the abort reaches vCenter once. */
    @Test
    void boxedGuestAuthenticationAndVmAreAccepted() {
        String id = viLogin();
        Seen before = seen();
        String task = session(id).contentType("application/json")
                .body(abortBody(VM, "{\"_typeName\":\"NamePasswordAuthentication\",\"_value\":{\"interactiveSession\":false,\"username\":\"root\","
                        + "\"password\":\"guest-pass\"}}"))
                .post(ABORT).then().log().ifValidationFails().statusCode(200)
                .body("_typeName", equalTo("ManagedObjectReference")).body("type", equalTo("Task")).body("value", notNullValue())
                .body(not(containsString("guest-pass"))).body(not(containsString(id))).extract().path("value");
        assertEquals(before.aborts() + 1, seen().aborts(), "the boxed abort reached vCenter once");
        assertEquals(List.of("vm-100"), abortTargets(), "for the VM of the body");
        String boxedVm = "{\"_typeName\":\"ManagedObjectReference\",\"_value\":{\"type\":\"VirtualMachine\",\"value\":\"vm-103\"}}";
        session(id).contentType("application/json").body(abortBody(boxedVm, guest("root", "guest-pass"))).post(ABORT).then()
                .log().ifValidationFails().statusCode(200).body("type", equalTo("Task"));
        assertEquals(List.of("vm-100", "vm-103"), abortTargets());
        session(id).get(VI + "/Task/" + task + "/info").then().log().ifValidationFails().statusCode(200).body("_typeName", equalTo("TaskInfo"));
    }

    // --- VI/JSON: Login's body ---------------------------------------------------------------------------

    @Test
    void aLoginBodyThatCannotBeTakenIsRefusedBeforeVcenter() {
        invalidRequest(login("{nope"), 400);
        invalidRequest(login("[\"" + ADMIN + "\",\"" + PASSWORD + "\"]"), 400);
        invalidArgument(login("{\"userName\":\"" + ADMIN + "\"}"), "password");
        invalidArgument(login("{\"password\":\"" + PASSWORD + "\"}"), "userName");
        invalidArgument(login("{\"userName\":42,\"password\":\"" + PASSWORD + "\"}"), "userName");
        invalidArgument(login("{\"userName\":\"" + ADMIN + "\",\"password\":[\"" + PASSWORD + "\"]}"), "password");
        invalidArgument(login("{\"userName\":\"" + ADMIN + "\",\"password\":\"" + PASSWORD + "\\u0000\"}"), "password");
        invalidArgument(login("{\"userName\":\"" + ADMIN + "\",\"password\":\"" + PASSWORD + "\\ud800\"}"), "password");
        invalidArgument(login("{\"userName\":\"admin\\u0001istrator@vsphere.local\",\"password\":\"" + PASSWORD + "\"}"), "userName");
        invalidArgument(login("{\"userName\":\"   \",\"password\":\"" + PASSWORD + "\"}"), "userName");
    }

    // --- VI/JSON: paths -----------------------------------------------------------------------------------

    @Test
    void anUnknownReleaseIsInvalidArgumentNamingRelease() {
        String id = viLogin();
        for (String release : new String[] { "7.0.0.0", "8.0.0.0", "9.1.0.0", "latest", "9.0" }) {
            String base = "/sdk/vim25/" + release;
            invalidArgument(() -> given().get(base + "/ServiceInstance/ServiceInstance/content"), "release");
            invalidArgument(() -> given().contentType("application/json").body(loginBody()).post(base + "/SessionManager/SessionManager/Login"),
                    "release");
            invalidArgument(() -> session(id).contentType("application/json").body(abortBody(VM, guest("root", GUEST_PASSWORD)))
                    .post(base + "/VirtualMachineGuestCustomizationManager/guestCustomizationManager/AbortCustomization_Task"), "release");
            invalidArgument(() -> session(id).get(base + "/Task/task-1/info"), "release");
            invalidArgument(() -> session(id).post(base + "/SessionManager/SessionManager/Logout"), "release");
        }
        viTaskInfoAccepted(id); // a Logout on an unknown release logged nothing out
    }

    @Test
    void aPathTheHttpLayerWouldReinterpretOrABadTaskIdIsRefused() {
        String id = viLogin();
        invalidArgument(() -> session(id).urlEncodingEnabled(false).get(VI + "/Task/task-1;v=2/info"), "path");
        invalidArgument(() -> session(id).urlEncodingEnabled(false).get(VI + "/Task/task%2D1/info"), "path");
        invalidArgument(() -> session(id).urlEncodingEnabled(false).get(VI + "/Task/task$1/info"), "moId");
        invalidArgument(() -> session(id).get(VI + "/Task/" + "t".repeat(200) + "/info"), "moId");
        invalidArgument(() -> session(id).urlEncodingEnabled(false).post(VI + "/SessionManager/Session$Manager/Logout"), "moId");
        viTaskInfoAccepted(id);
    }

    @Test
    void anUnknownVcenterIsRefusedInTheDoorsFormat() {
        String id = viLogin();
        invalidRequest(() -> given().contentType("application/json").body(loginBody())
                .post("/vcenters/nowhere/sdk/vim25/9.0.0.0/SessionManager/SessionManager/Login"), 404);
        invalidRequest(() -> given().get("/vcenters/nowhere/sdk/vim25/9.0.0.0/ServiceInstance/ServiceInstance/content"), 404);
        // an id of the default vCenter names no other, known or not
        notAuthenticated(() -> session(id).get("/vcenters/nowhere/sdk/vim25/9.0.0.0/Task/task-1/info"));
        vapi(() -> given().auth().preemptive().basic(ADMIN, PASSWORD).post("/vcenters/nowhere/api/session"), 404, "NOT_FOUND");
    }

    /** vCenter answers a call to another object than its own manager ManagedObjectNotFound naming it; so does vcgate, before any such call. */
    @Test
    void anotherManagedObjectThanTheVcentersOwnIsManagedObjectNotFound() {
        String id = viLogin();
        notFound(() -> given().contentType("application/json").body(loginBody()).post(VI + "/SessionManager/SessionManager2/Login"),
                "SessionManager", "SessionManager2");
        notFound(() -> session(id).contentType("application/json").body(abortBody(VM, guest("root", GUEST_PASSWORD)))
                .post(VI + "/VirtualMachineGuestCustomizationManager/otherCustomizationManager/AbortCustomization_Task"),
                "VirtualMachineGuestCustomizationManager", "otherCustomizationManager");
        notFound(() -> given().get(VI + "/ServiceInstance/OtherInstance/content"), "ServiceInstance", "OtherInstance");
        notFound(() -> session(id).post(VI + "/SessionManager/SessionManager2/Logout"), "SessionManager", "SessionManager2");
        viTaskInfoAccepted(id); // the Logout of another SessionManager logged nothing out
    }

    @Test
    void anOversizedBodyIs413InvalidRequest() {
        String id = viLogin();
        invalidRequest(abort(id, abortBody(VM, guest("root", GUEST_PASSWORD + "x".repeat(70_000)))), 413);
        invalidRequest(login("{\"userName\":\"" + ADMIN + "\",\"password\":\"" + PASSWORD + "x".repeat(70_000) + "\"}"), 413);
    }

    // --- session ids --------------------------------------------------------------------------------------

    /** Ids vcgate cannot honour: absent, blank, garbage, too long, altered, sealed with another key, past their lifetime, from the future. */
    List<String> unusableIds() {
        String key = ConfigProvider.getConfig().getValue("vcgate.compat.sessions.key", String.class);
        Caller admin = new Caller(ADMIN, PASSWORD);
        String real = viLogin();
        char[] altered = real.toCharArray();
        int middle = altered.length / 2;
        altered[middle] = altered[middle] == 'A' ? 'B' : 'A';
        List<String> ids = new ArrayList<>(List.of("", "   ", "nonsense", "vmware-api-session-id", "x".repeat(4000), new String(altered),
                real.substring(0, real.length() - 4), real + "AAAA",
                PastIds.issuedAt(key, admin, "default", Instant.now().minus(Duration.ofHours(13))),
                PastIds.issuedAt(key, admin, "default", Instant.now().plus(Duration.ofHours(1))),
                PastIds.issuedAt("3q2+7wABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhs=", admin, "default", Instant.now())));
        secrets.addAll(ids.stream().filter(i -> i.length() > 10).toList());
        return ids;
    }

    @Test
    void viJsonCallsWithoutAUsableSessionIdAreNotAuthenticated() {
        notAuthenticated(() -> given().get(TASK));
        notAuthenticated(() -> given().post(LOGOUT));
        notAuthenticated(() -> given().contentType("application/json").body(abortBody(VM, guest("root", GUEST_PASSWORD))).post(ABORT));
        for (String id : unusableIds()) {
            notAuthenticated(() -> session(id).get(TASK));
            notAuthenticated(() -> session(id).post(LOGOUT));
            notAuthenticated(() -> session(id).contentType("application/json").body(abortBody(VM, guest("root", GUEST_PASSWORD))).post(ABORT));
        }
    }

    @Test
    void apiCallsWithoutAUsableSessionIdAreUnauthenticated() {
        vapi(() -> given().get(LIVE), 401, "UNAUTHENTICATED");
        vapi(() -> given().delete("/api/session"), 401, "UNAUTHENTICATED");
        for (String id : unusableIds()) {
            vapi(() -> session(id).get(LIVE), 401, "UNAUTHENTICATED");
            vapi(() -> session(id).delete("/api/session"), 401, "UNAUTHENTICATED");
        }
        // POST /api/session takes HTTP Basic only: none, or one that is not Basic, is 401; credentials vCenter cannot carry, 400
        vapi(() -> given().post("/api/session"), 401, "UNAUTHENTICATED");
        vapi(() -> given().header("Authorization", "Bearer " + PASSWORD).post("/api/session"), 401, "UNAUTHENTICATED");
        vapi(() -> given().auth().preemptive().basic(ADMIN, PASSWORD + "\u0000").post("/api/session"), 400, "INVALID_ARGUMENT");
    }

    @Test
    void aLoggedOutIdIsRefusedOnBothDoors() {
        String vi = viLogin();
        session(vi).post(LOGOUT).then().statusCode(204);
        notAuthenticated(() -> session(vi).get(TASK));
        vapi(() -> session(vi).get(LIVE), 401, "UNAUTHENTICATED");
        String api = apiLogin("/api/session");
        session(api).delete("/api/session").then().statusCode(204);
        vapi(() -> session(api).get(LIVE), 401, "UNAUTHENTICATED");
        notAuthenticated(() -> session(api).get(TASK));
    }

    /** An id is scoped to the vCenter it was issued for: one of the default vCenter opens nothing on "legacy", and the reverse. */
    @Test
    void aSessionIdOfOneVcenterIsRefusedOnAnother() {
        String vi = viLogin();
        notAuthenticated(() -> session(vi).get("/vcenters/legacy/sdk/vim25/9.0.0.0/Task/task-1/info"));
        notAuthenticated(() -> session(vi).contentType("application/json").body(abortBody(VM, guest("root", GUEST_PASSWORD)))
                .post("/vcenters/legacy/sdk/vim25/9.0.0.0/VirtualMachineGuestCustomizationManager/guestCustomizationManager/AbortCustomization_Task"));
        notAuthenticated(() -> session(vi).post("/vcenters/legacy/sdk/vim25/9.0.0.0/SessionManager/SessionManager/Logout"));
        vapi(() -> session(vi).get("/vcenters/legacy" + LIVE), 401, "UNAUTHENTICATED");
        String legacy = apiLogin("/vcenters/legacy/api/session");
        vapi(() -> session(legacy).get(LIVE), 401, "UNAUTHENTICATED");
        notAuthenticated(() -> session(legacy).get(TASK));
        // the refused Logout on "legacy" left the id good where it belongs
        viTaskInfoAccepted(vi);
    }

    // --- /api ---------------------------------------------------------------------------------------------

    @Test
    void customizationLiveWithABadVmIdIsInvalidArgument() {
        String id = apiLogin("/api/session");
        for (String vm : new String[] { "vm$100", "-vm", "v".repeat(200), "vm.100", "vm~1", "vm-1:2" }) {
            vapi(() -> session(id).urlEncodingEnabled(false).get("/api/vcenter/vm/" + vm + "/guest/customization-live"), 400, "INVALID_ARGUMENT");
            vapi(() -> session(id).urlEncodingEnabled(false).get("/vcenters/u803/api/vcenter/vm/" + vm + "/guest/customization-live"), 401,
                    "UNAUTHENTICATED");
        }
        // what the HTTP layer would reinterpret: the path is named
        for (String vm : new String[] { "vm-100;v=1", "vm-100%2F..%2Fvm-101", "%76m-100", "vm-1%00", "vm-1%5Cx" }) {
            vapi(() -> session(id).urlEncodingEnabled(false).get("/api/vcenter/vm/" + vm + "/guest/customization-live"), 400, "INVALID_ARGUMENT");
        }
        String legacy = apiLogin("/vcenters/legacy/api/session");
        vapi(() -> session(legacy).urlEncodingEnabled(false).get("/vcenters/legacy/api/vcenter/vm/vm$100/guest/customization-live"), 400,
                "INVALID_ARGUMENT");
    }

    @Test
    void anOversizedBodyOnApiIs413InvalidRequest() {
        vapi(() -> given().auth().preemptive().basic(ADMIN, PASSWORD).contentType("application/json").body("\"" + "x".repeat(70_000) + "\"")
                .post("/api/session"), 413, "INVALID_REQUEST");
    }

    // --- helpers ------------------------------------------------------------------------------------------

    /** What every simulated vCenter has seen, summed: requests, and the aborts and logins among them. */
    record Seen(int hits, long aborts, long logins) {
    }

    Seen seen() {
        int hits = 0;
        long aborts = 0;
        long logins = 0;
        for (SimulatedVcenters.SimulatedVcenter vcenter : simulated.all()) {
            SimulatorLedger ledger = vcenter.ledger();
            hits += ledger.hits(VcenterApi.SOAP) + ledger.hits(VcenterApi.REST);
            aborts += ledger.calls(VcenterApi.SOAP).stream().filter(c -> c.operation().equals("AbortCustomization_Task")).count();
            logins += ledger.calls(VcenterApi.SOAP).stream().filter(c -> c.operation().equals("Login")).count()
                    + ledger.calls(VcenterApi.REST).stream().filter(c -> c.operation().equals("createSession")).count();
        }
        return new Seen(hits, aborts, logins);
    }

    /** The VMs of the aborts the default vCenter saw in this test (its ledger starts empty for each: FreshVcenter). */
    List<String> abortTargets() {
        return simulated.get(SimulatedVcenters.DEFAULT).ledger().calls(VcenterApi.SOAP).stream()
                .filter(c -> c.operation().equals("AbortCustomization_Task")).map(SimulatorLedger.Call::target).toList();
    }

    /** Sends the request; it must be refused with {@code status}, no secret in the answer, and nothing reaching vCenter. */
    Response refused(Supplier<Response> request, int status, boolean vcenterMayBeAsked) {
        Seen before = seen();
        Response answer = request.get();
        String body = answer.asString();
        answer.then().log().ifValidationFails().statusCode(status).contentType(startsWith("application/json"))
                .body(not(containsString("Exception"))).body(not(containsString("\tat "))).body(not(containsString("at io.vcgate")));
        for (String secret : secrets) {
            assertFalse(body.contains(secret), "an answer holds a secret that was sent: " + body);
        }
        Seen after = seen();
        if (vcenterMayBeAsked) {
            assertEquals(before.aborts(), after.aborts(), "an abort reached vCenter: " + body);
            assertEquals(before.logins(), after.logins(), "a login reached vCenter: " + body);
        } else {
            assertEquals(before, after, "this refused request reached vCenter: " + body);
        }
        return answer;
    }

    ValidatableResponse vimFault(Supplier<Response> request, int status, String typeName) {
        return refused(request, status, false).then().body("_typeName", equalTo(typeName)).body("faultstring", notNullValue())
                .body("faultMessage[0]._typeName", equalTo("LocalizableMessage")).body("faultMessage[0].message", notNullValue());
    }

    void invalidArgument(Supplier<Response> request, String property) {
        vimFault(request, 400, "InvalidArgument").body("invalidProperty", equalTo(property));
    }

    void invalidRequest(Supplier<Response> request, int status) {
        vimFault(request, status, "InvalidRequest");
    }

    void notAuthenticated(Supplier<Response> request) {
        vimFault(request, 500, "NotAuthenticated");
    }

    void notFound(Supplier<Response> request, String type, String value) {
        refused(request, 500, true).then().body("_typeName", equalTo("ManagedObjectNotFound")).body("faultstring", containsString(value))
                .body("obj._typeName", equalTo("ManagedObjectReference")).body("obj.type", equalTo(type)).body("obj.value", equalTo(value));
    }

    void vapi(Supplier<Response> request, int status, String errorType) {
        refused(request, status, false).then().body("error_type", equalTo(errorType)).body("messages[0].id", startsWith("io.vcgate."))
                .body("messages[0].default_message", notNullValue());
    }

    String viLogin() {
        String id = given().contentType("application/json").body(loginBody()).post(LOGIN).then().log().ifValidationFails().statusCode(200)
                .body("_typeName", equalTo("UserSession")).body(not(containsString(PASSWORD))).extract().header("vmware-api-session-id");
        secrets.add(id);
        return id;
    }

    String apiLogin(String path) {
        String quoted = given().auth().preemptive().basic(ADMIN, PASSWORD).post(path).then().log().ifValidationFails().statusCode(201)
                .extract().asString();
        String id = quoted.substring(1, quoted.length() - 1);
        secrets.add(id);
        return id;
    }

    /** The id still opens the VI/JSON door of the default vCenter (a Task it does not know is vCenter's answer, not a refusal). */
    void viTaskInfoAccepted(String id) {
        session(id).get(TASK).then().log().ifValidationFails().body("_typeName", not(equalTo("NotAuthenticated")))
                .body("_typeName", not(equalTo("InvalidArgument")));
    }

    static io.restassured.specification.RequestSpecification session(String id) {
        return given().header("vmware-api-session-id", id);
    }

    Supplier<Response> abort(String id, String body) {
        return () -> session(id).contentType("application/json").body(body).post(ABORT);
    }

    static Supplier<Response> login(String body) {
        return () -> given().contentType("application/json").body(body).post(LOGIN);
    }

    static String loginBody() {
        return "{\"userName\":\"" + ADMIN + "\",\"password\":\"" + PASSWORD + "\"}";
    }

    static String abortBody(String vm, String auth) {
        return "{\"vm\":" + vm + ",\"auth\":" + auth + "}";
    }

    static String guest(String user, String password) {
        return "{\"_typeName\":\"NamePasswordAuthentication\",\"interactiveSession\":false,\"username\":\"" + user + "\",\"password\":\""
                + password + "\"}";
    }
}
