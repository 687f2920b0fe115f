package io.vcgate.simulator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(SimulatorDisabledTest.Disabled.class)
class SimulatorDisabledTest {

    public static class Disabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("vcgate.simulator.enabled", "false", "vcgate.vcenter.url", "http://127.0.0.1:9");
        }
    }

    @Test
    void theSimulatorPathsAnswerNotFoundWhenItIsOff() {
        given().auth().preemptive().basic("administrator@vsphere.local", "VMware1!").post("/api/session")
                .then().statusCode(404).contentType("application/problem+json").body(containsString("disabled"));
        given().contentType("text/xml").body("<x/>").post("/sdk").then().statusCode(404);
        given().get("/simulator").then().statusCode(404);
    }
}
