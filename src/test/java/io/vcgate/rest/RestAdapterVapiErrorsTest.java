package io.vcgate.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.http.Fault;

import io.vcgate.vcenter.Vcenters;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vcgate.core.BackendFailure;
import io.vcgate.core.Caller;
import io.vcgate.core.FaultCategory;
import io.vcgate.testing.Contract;
import io.vcgate.testing.WireMockVcenter;

/** What a real vCenter's REST API answers and the simulator does not: vcgate must map it right. */
@QuarkusTest
@TestProfile(WireMockVcenter.Profile.class)
class RestAdapterVapiErrorsTest {

    static final Caller ADMIN = new Caller("administrator@vsphere.local", "VMware1!");

    @Inject
    RestAdapter backend;

    @Inject
    Vcenters vcenters;

    @BeforeEach
    void stubSessions() {
        WireMockVcenter.server.resetAll();
        WireMockVcenter.server.stubFor(post("/api/session").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("\"0123456789abcdef0123456789abcdef\"")));
        WireMockVcenter.server.stubFor(delete("/api/session").willReturn(aResponse().withStatus(204)));
    }

    static String live(String vm) {
        return "/api/vcenter/vm/" + vm + "/guest/customization-live";
    }

    void answer(String vm, int status, String contentType, String body) {
        WireMockVcenter.server.stubFor(get(live(vm)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", contentType).withBody(body)));
    }

    BackendFailure fault(String vm) {
        return assertThrows(BackendFailure.class, () -> backend.customizationLive(vcenters.get(Vcenters.DEFAULT), ADMIN, vm).await().atMost(Duration.ofSeconds(10)));
    }

    int hits(String vm) {
        return WireMockVcenter.server.findAll(getRequestedFor(urlPathEqualTo(live(vm)))).size();
    }

    static String vapi(String type, String message) {
        return "{\"error_type\":\"" + type + "\",\"messages\":[{\"id\":\"x.y\",\"default_message\":\"" + message + "\",\"args\":[]}],\"extra\":1}";
    }

    @Test
    void unauthorizedIsForbiddenAndNotRetried() {
        answer("vm-1", 403, "application/json", vapi("UNAUTHORIZED", "Permission to perform this operation was denied."));
        BackendFailure fault = fault("vm-1");
        assertEquals(FaultCategory.FORBIDDEN, fault.category());
        assertEquals("UNAUTHORIZED", fault.fault());
        assertEquals(1, hits("vm-1"));
    }

    @Test
    void anyOtherVapiErrorIsABadGatewayKeepingTheVcenterMessage() {
        answer("vm-2", 500, "application/json", vapi("INTERNAL_SERVER_ERROR", "vpxd crashed while reading guest info"));
        BackendFailure fault = fault("vm-2");
        assertEquals(FaultCategory.BAD_GATEWAY, fault.category());
        assertEquals("vpxd crashed while reading guest info", fault.getMessage());
        assertEquals(1, hits("vm-2"), "a vapi error is vCenter's answer, never retried");
    }

    @Test
    void aProxyErrorPageIsRetriedThenABadGateway() {
        answer("vm-3", 502, "text/html", "<html><body>Bad Gateway</body></html>");
        assertEquals(FaultCategory.BAD_GATEWAY, fault("vm-3").category());
        assertEquals(3, hits("vm-3"), "first attempt and two retries");
    }

    @Test
    void aServiceUnavailableBurstIsRetriedToSuccess() {
        WireMockVcenter.server.stubFor(get(live("vm-4")).inScenario("burst").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/json")
                        .withBody(vapi("SERVICE_UNAVAILABLE", "busy"))).willSetStateTo("second"));
        WireMockVcenter.server.stubFor(get(live("vm-4")).inScenario("burst").whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/json")
                        .withBody(vapi("SERVICE_UNAVAILABLE", "busy"))).willSetStateTo("ok"));
        WireMockVcenter.server.stubFor(get(live("vm-4")).inScenario("burst").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"status\":\"SUCCEEDED\",\"start_time\":\"2026-11-22T09:00:00.000Z\",\"end_time\":\"2026-11-22T09:02:10.000Z\",\"new_field\":true}")));
        assertEquals("SUCCEEDED", backend.customizationLive(vcenters.get(Vcenters.DEFAULT), ADMIN, "vm-4").await().atMost(Duration.ofSeconds(10)).status().name());
        assertEquals(3, hits("vm-4"));
    }

    @Test
    void anUnreadableBodyIsABadGateway() {
        answer("vm-5", 200, "application/json", "this is not json");
        assertEquals(FaultCategory.BAD_GATEWAY, fault("vm-5").category());
    }

    @Test
    void aResetConnectionIsRetriedThenUnavailableOrBadGateway() {
        WireMockVcenter.server.stubFor(get(live("vm-6")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        BackendFailure fault = fault("vm-6");
        assertEquals(3, hits("vm-6"));
        assertEquals(true, fault.category() == FaultCategory.BAD_GATEWAY || fault.category() == FaultCategory.UNAVAILABLE);
    }

    @Test
    void aVcenterWithoutCustomizationLiveAnswers501WhenOnlyRestMayAnswer() {
        // the profile reads status from customization-live only (vcgate.rest.customization-source=rest)
        answer("vm-9", 404, "application/json", "{\"error_type\":\"NOT_FOUND\",\"messages\":[{\"id\":\"com.vmware.vapi.rest.httpNotFound\","
                + "\"default_message\":\"Not found.\",\"args\":[]}]}");
        Contract.api().get("/v1/vms/vm-9/guest/customization").then().statusCode(501)
                .contentType("application/problem+json")
                .body("title", org.hamcrest.Matchers.equalTo("vCenter does not support this"))
                .body("retryable", org.hamcrest.Matchers.equalTo(false))
                .body("detail", org.hamcrest.Matchers.containsString("9.0"));
        assertEquals(1, hits("vm-9"), "vCenter's answer, never retried");
    }
}
