package io.vcgate.testing;

import java.nio.file.Path;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A WireMock server standing in for vCenter, for answers the simulator does not give: the one profile
 * of every test against it (one application start for them all). Retries are quick, the breakers never
 * open and the budget never runs out, so each test sees exactly the calls it provokes; status is read
 * only from customization-live, so a vCenter without it is seen as such.
 */
public class WireMockVcenter implements QuarkusTestResourceLifecycleManager {

    public static WireMockServer server;
    /** A second WireMock, over HTTPS only, whose certificate names vcenter.elsewhere.test, not localhost. */
    public static WireMockServer elsewhere;

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("vcgate.resilience.rest.retry.delay", "10ms", "vcgate.resilience.rest.retry.jitter", "5ms",
                    "vcgate.resilience.rest.circuit-breaker.request-volume-threshold", "1000",
                    "vcgate.resilience.rest.budget.min-retries", "1000",
                    "vcgate.resilience.soap.retry.delay", "10ms", "vcgate.resilience.soap.retry.jitter", "5ms",
                    "vcgate.resilience.soap.circuit-breaker.request-volume-threshold", "1000",
                    "vcgate.resilience.soap.budget.min-retries", "1000",
                    "vcgate.rest.customization-source", "rest");
        }

        @Override
        public java.util.List<TestResourceEntry> testResources() {
            return java.util.List.of(new TestResourceEntry(WireMockVcenter.class));
        }
    }

    /** Test certificates (src/test/resources/tls, PKCS12 password "changeit"): CN and SAN localhost, 127.0.0.1. */
    public static final Path LOCALHOST_KEYS = Path.of("src/test/resources/tls/localhost.p12").toAbsolutePath();
    public static final Path LOCALHOST_CERT = Path.of("src/test/resources/tls/localhost.crt").toAbsolutePath();
    /** A certificate for CN and SAN vcenter.elsewhere.test only (same password). */
    public static final Path ELSEWHERE_KEYS = Path.of("src/test/resources/tls/elsewhere.p12").toAbsolutePath();
    public static final Path ELSEWHERE_CERT = Path.of("src/test/resources/tls/elsewhere.crt").toAbsolutePath();

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().dynamicHttpsPort()
                .keystorePath(LOCALHOST_KEYS.toString()).keystoreType("PKCS12").keystorePassword("changeit").keyManagerPassword("changeit"));
        server.start();
        elsewhere = new WireMockServer(WireMockConfiguration.options().httpDisabled(true).dynamicHttpsPort()
                .keystorePath(ELSEWHERE_KEYS.toString()).keystoreType("PKCS12").keystorePassword("changeit").keyManagerPassword("changeit"));
        elsewhere.start();
        String https = "https://localhost:" + server.httpsPort();
        return Map.ofEntries(Map.entry(
                // the default vCenter, over HTTP
                "vcgate.vcenter.url", "http://localhost:" + server.port()),
                // the same WireMock over HTTPS: as vCenter "trusted", whose TLS configuration trusts the test CA...
                Map.entry("vcgate.vcenters.trusted.url", https),
                Map.entry("vcgate.vcenters.trusted.tls-configuration-name", "test-ca"),
                Map.entry("quarkus.tls.test-ca.trust-store.pem.certs", LOCALHOST_CERT.toString()),
                // ...and as vCenter "untrusted", with the default one (the JVM's trust store)
                Map.entry("vcgate.vcenters.untrusted.url", https),
                Map.entry("vcgate.vcenters.unknown-ca.url", https),
                // the second WireMock, trusted, at a host its certificate does not name
                Map.entry("vcgate.vcenters.misnamed.url", "https://localhost:" + elsewhere.httpsPort()),
                Map.entry("vcgate.vcenters.misnamed.tls-configuration-name", "elsewhere-ca"),
                Map.entry("quarkus.tls.elsewhere-ca.trust-store.pem.certs", ELSEWHERE_CERT.toString()),
                // plain HTTP where TLS is expected
                Map.entry("vcgate.vcenters.plaintext.url", "https://localhost:" + server.port()));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
        if (elsewhere != null) {
            elsewhere.stop();
        }
    }
}
