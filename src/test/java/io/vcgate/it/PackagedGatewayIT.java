package io.vcgate.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The packaged gateway (fast-jar, or the native executable with -Dnative), started as a process in the
 * prod profile with its embedded simulator switched on, exercised over HTTP only.
 */
@QuarkusIntegrationTest
@TestProfile(PackagedGatewayIT.WithSimulator.class)
class PackagedGatewayIT {

    public static class WithSimulator implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("vcgate.simulator.enabled", "true", "vcgate.simulator.task-duration", "300ms");
        }
    }

    static io.restassured.specification.RequestSpecification admin() {
        return given().auth().preemptive().basic("administrator@vsphere.local", "VMware1!");
    }

    @BeforeEach
    void reset() {
        given().post("/simulator/reset").then().statusCode(200);
    }

    @Test
    void statusComesThroughBothApis() {
        admin().get("/v1/vms/vm-104/guest/customization").then().statusCode(200)
                .body("status", equalTo("FAILED")).body("source", equalTo("CUSTOMIZATION_LIVE"));
        given().contentType("application/json").body("{\"apiLevel\":\"7.0.3\"}").put("/simulator/api-level").then().statusCode(200);
        admin().get("/v1/vms/vm-107/guest/customization").then().statusCode(200)
                .body("status", equalTo("PENDING")).body("source", equalTo("GUEST_CUSTOMIZATION_INFO"));
    }

    @Test
    void abortRunsOverSoapAndIsFollowedToTheEnd() {
        admin().contentType("application/json")
                .body("{\"credentials\":{\"type\":\"password\",\"username\":\"root\",\"password\":\"guest-pass\"}}")
                .queryParam("wait", "PT10S").post("/v1/vms/vm-100/guest/customization/abort").then().statusCode(200)
                .body("state", equalTo("SUCCESS"));
        admin().contentType("application/json")
                .body("{\"credentials\":{\"type\":\"password\",\"username\":\"root\",\"password\":\"guest-pass\"}}")
                .post("/v1/vms/vm-101/guest/customization/abort").then().statusCode(409).body("fault", equalTo("InvalidPowerState"));
    }

    @Test
    void badInputAndMissingCredentialsAreProblems() {
        given().get("/v1/vms/vm-100/guest/customization").then().statusCode(401).contentType(startsWith("application/problem+json"));
        admin().contentType("application/json").body("{\"credentials\":{\"type\":\"kerberos\"}}")
                .post("/v1/vms/vm-100/guest/customization/abort").then().statusCode(400).body("errors[0].field", equalTo("credentials.type"));
    }

    @Test
    void healthAndMetricsAreServed() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
