package io.vcgate.vcenter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vcgate.testing.Contract;
import io.vcgate.testing.VcenterEnvelopes;
import io.vcgate.testing.WireMockVcenter;

/**
 * Each vCenter is reached with its own TLS configuration, on both APIs: one WireMock over HTTPS (a
 * certificate of a test CA) is vCenter {@code trusted}, whose configuration trusts that CA, and vCenter
 * {@code untrusted}, with the default configuration (the JVM's trust store). The first answers; the
 * second never gets past the handshake, so WireMock sees no request from it.
 */
@QuarkusTest
@TestProfile(WireMockVcenter.Profile.class)
class VcenterTlsTest {

    static ResponseDefinitionBuilder xml(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/xml; charset=utf-8").withBody(body);
    }

    @BeforeEach
    void stubVcenter() {
        var vc = WireMockVcenter.server;
        vc.resetAll();
        vc.stubFor(post("/api/session").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("\"0123456789abcdef0123456789abcdef\"")));
        vc.stubFor(delete("/api/session").willReturn(aResponse().withStatus(204)));
        vc.stubFor(get("/api/vcenter/vm/vm-100/guest/customization-live").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"status\":\"RUNNING\",\"start_time\":\"2026-11-22T10:10:00Z\"}")));
        vc.stubFor(post("/sdk").withRequestBody(containing("RetrieveServiceContent")).willReturn(xml(VcenterEnvelopes.serviceContent(true))));
        vc.stubFor(post("/sdk").withRequestBody(containing("<Login ")).willReturn(xml(VcenterEnvelopes.login())
                .withHeader("Set-Cookie", "vmware_soap_session=\"52a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d\"; Path=/; HttpOnly; Secure")));
        vc.stubFor(post("/sdk").withRequestBody(containing("AbortCustomization_Task")).willReturn(xml(VcenterEnvelopes.abortTask("task-1001"))));
        vc.stubFor(post("/sdk").withRequestBody(containing("RetrievePropertiesEx")).willReturn(xml(VcenterEnvelopes.taskInfo("task-1001", "queued"))));
    }

    static io.restassured.response.Response abort(String vcenter) {
        return Contract.api().contentType("application/json").body(Contract.abortBody("root", "guest-pass"))
                .post("/v1/vcenters/" + vcenter + "/vms/vm-100/guest/customization/abort");
    }

    @Test
    void theRestApiOfAVcenterIsReachedWithItsOwnTlsConfiguration() {
        Contract.api().get("/v1/vcenters/trusted/vms/vm-100/guest/customization").then().statusCode(200)
                .body("status", equalTo("RUNNING"));
        int seen = WireMockVcenter.server.getAllServeEvents().size();
        Contract.api().get("/v1/vcenters/untrusted/vms/vm-100/guest/customization").then()
                .statusCode(anyOf(equalTo(502), equalTo(503))).contentType("application/problem+json");
        assertEquals(seen, WireMockVcenter.server.getAllServeEvents().size(), "no request got through the handshake");
    }

    @Test
    void theSoapApiOfAVcenterIsReachedWithItsOwnTlsConfigurationOnTheOneVim25Client() {
        abort("trusted").then().statusCode(202).body("id", equalTo("task-1001"));
        int seen = WireMockVcenter.server.getAllServeEvents().size();
        abort("untrusted").then().statusCode(anyOf(equalTo(502), equalTo(503))).contentType("application/problem+json");
        assertEquals(seen, WireMockVcenter.server.getAllServeEvents().size(), "no request got through the handshake");
        abort("trusted").then().statusCode(202);
    }
}
