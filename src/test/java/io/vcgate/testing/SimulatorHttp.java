package io.vcgate.testing;

import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * Requests to the vCenter simulator's own HTTP server ({@code vcgate.simulator.port}, not the gateway's
 * port): its REST API at /api, SOAP at /sdk and admin API at /simulator, for the tests that call it
 * directly rather than through the gateway.
 */
public final class SimulatorHttp {

    private SimulatorHttp() {
    }

    public static RequestSpecification given() {
        return RestAssured.given().port(ConfigProvider.getConfig().getValue("vcgate.simulator.port", Integer.class));
    }
}
