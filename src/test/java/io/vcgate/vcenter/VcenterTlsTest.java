package io.vcgate.vcenter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vcgate.core.Backend;
import io.vcgate.testing.Contract;
import io.vcgate.testing.LogCapture;
import io.vcgate.testing.VcenterEnvelopes;
import io.vcgate.testing.WireMockVcenter;

/**
 * Each vCenter is reached with its own TLS configuration, on both APIs: one WireMock over HTTPS (a
 * certificate of a test CA) is vCenter {@code trusted}, whose configuration trusts that CA, and vCenter
 * {@code untrusted}, with the default configuration (the JVM's trust store). The first answers; the
 * second never gets past the handshake, so WireMock sees no request from it. A failed handshake is
 * named (untrusted certificate, a certificate for another host, no TLS at all), with the key to set,
 * never retried and never taken as vCenter being unwell.
 */
@QuarkusTest
@TestProfile(WireMockVcenter.Profile.class)
class VcenterTlsTest {

    @Inject
    Vcenters vcenters;

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

    static io.restassured.response.Response status(String vcenter) {
        return Contract.api().get("/v1/vcenters/" + vcenter + "/vms/vm-100/guest/customization");
    }

    /** A TLS problem: 502, named by its type, not retryable, with the key to set in its detail. */
    static void tlsProblem(io.restassured.response.Response answer, String type, String key) {
        answer.then().statusCode(502).contentType("application/problem+json")
                .body("type", equalTo("https://vcgate.dev/problems/" + type)).body("retryable", equalTo(false))
                .body("detail", containsString(key)).header("Retry-After", nullValue());
    }

    @Test
    void theRestApiOfAVcenterIsReachedWithItsOwnTlsConfiguration() {
        status("trusted").then().statusCode(200).body("status", equalTo("RUNNING"));
        int seen = WireMockVcenter.server.getAllServeEvents().size();
        tlsProblem(status("untrusted"), "certificate-untrusted", "quarkus.tls.vcenter.trust-store.");
        assertEquals(seen, WireMockVcenter.server.getAllServeEvents().size(), "no request got through the handshake");
    }

    @Test
    void theSoapApiOfAVcenterIsReachedWithItsOwnTlsConfigurationOnTheOneVim25Client() {
        abort("trusted").then().statusCode(202).body("id", equalTo("task-1001"));
        int seen = WireMockVcenter.server.getAllServeEvents().size();
        tlsProblem(abort("untrusted"), "certificate-untrusted", "quarkus.tls.vcenter.trust-store.");
        assertEquals(seen, WireMockVcenter.server.getAllServeEvents().size(), "no request got through the handshake");
        abort("trusted").then().statusCode(202);
    }

    @Test
    void anHttpsVcenterIsNeverCalledUnencryptedAfterAnHttpOneOnTheSameTlsConfiguration() {
        // the default vCenter is plain HTTP and names the same (default) TLS configuration as "untrusted" and "plaintext"
        abort("default").then().statusCode(202);
        tlsProblem(abort("untrusted"), "certificate-untrusted", "quarkus.tls.vcenter.trust-store.");
        tlsProblem(abort("plaintext"), "tls-handshake-failed", "vcgate.vcenters.plaintext.url");
        abort("default").then().statusCode(202);
    }

    @Test
    void aCertificateForAnotherHostIsNamedOnBothApis() {
        tlsProblem(status("misnamed"), "certificate-name-mismatch", "vcgate.vcenters.misnamed.url");
        tlsProblem(abort("misnamed"), "certificate-name-mismatch", "vcgate.vcenters.misnamed.url");
        assertEquals(0, WireMockVcenter.elsewhere.getAllServeEvents().size(), "no request got through the handshake");
    }

    @Test
    void noTlsWhereTlsIsExpectedIsAHandshakeFailureOnBothApis() {
        tlsProblem(status("plaintext"), "tls-handshake-failed", "vcgate.vcenters.plaintext.url");
        tlsProblem(abort("plaintext"), "tls-handshake-failed", "vcgate.vcenters.plaintext.url");
    }

    @Test
    void aFailedHandshakeIsNeitherRetriedNorEvidenceOfAnUnwellVcenter() {
        // more failures in a row than the breaker's consecutive-failure threshold (20): still named, never 503
        for (int i = 0; i < 25; i++) {
            tlsProblem(status("untrusted"), "certificate-untrusted", "quarkus.tls.vcenter.trust-store.");
        }
        assertEquals("CLOSED", vcenters.get("untrusted").guard(Backend.REST).circuitState());
        String metrics = Contract.anonymous().get("/q/metrics").then().statusCode(200).extract().asString();
        List<String> retries = metrics.lines().filter(l -> l.startsWith("vcgate_backend_retries_total") && l.contains("vcenter=\"untrusted\""))
                .toList();
        assertTrue(!retries.isEmpty() && retries.stream().allMatch(l -> l.endsWith(" 0.0")), "no retry: " + retries);
    }

    @Test
    void aFailedHandshakeIsLoggedOnceAMinuteWithTheCauseAndTheKeyToSet() {
        try (LogCapture log = LogCapture.of("io.vcgate")) {
            for (int i = 0; i < 3; i++) {
                tlsProblem(status("unknown-ca"), "certificate-untrusted", "quarkus.tls.vcenter.trust-store.");
            }
            // a status read learns what the vCenter can do (its ServiceContent, over SOAP) before it reads over REST
            for (String api : List.of("REST API", "SOAP endpoint")) {
                List<String> lines = log.lines().stream().filter(line -> line.contains("unknown-ca") && line.contains(api)).toList();
                assertEquals(1, lines.size(), "one line for the " + api + ": " + log.lines());
                assertTrue(lines.get(0).startsWith("WARN") && lines.get(0).contains("is not trusted")
                        && lines.get(0).contains("quarkus.tls.vcenter.trust-store.*")
                        && lines.get(0).contains("vcgate.vcenters.unknown-ca.tls-configuration-name"), lines.get(0));
            }
            assertEquals(2, log.lines().stream().filter(line -> line.contains("unknown-ca")).count(), "no other line: " + log.lines());
        }
    }
}
