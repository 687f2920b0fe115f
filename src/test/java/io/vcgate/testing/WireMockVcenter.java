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

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().dynamicHttpsPort()
                .keystorePath(LOCALHOST_KEYS.toString()).keystoreType("PKCS12").keystorePassword("changeit").keyManagerPassword("changeit"));
        server.start();
        String https = "https://localhost:" + server.httpsPort();
        return Map.of(
                // the default vCenter, over HTTP
                "vcgate.vcenter.url", "http://localhost:" + server.port(),
                // the same WireMock over HTTPS: as vCenter "trusted", whose TLS configuration trusts the test CA...
                "vcgate.vcenters.trusted.url", https,
                "vcgate.vcenters.trusted.tls-configuration-name", "test-ca",
                "quarkus.tls.test-ca.trust-store.pem.certs", LOCALHOST_CERT.toString(),
                // ...and as vCenter "untrusted", with the default one (the JVM's trust store)
                "vcgate.vcenters.untrusted.url", https);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
