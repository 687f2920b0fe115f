package io.vcgate.testing;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A WireMock server standing in for vCenter, for answers the simulator does not give; tests stub it. */
public class WireMockVcenter implements QuarkusTestResourceLifecycleManager {

    public static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        String url = "http://localhost:" + server.port();
        return Map.of("quarkus.rest-client.vcenter-rest.url", url,
                "quarkus.cxf.client.vim.client-endpoint-url", url + "/sdk");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
