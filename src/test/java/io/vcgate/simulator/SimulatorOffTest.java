package io.vcgate.simulator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;

import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.ServerRegistry;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.ext.web.Router;

/**
 * The gateway as packaged for production: built without the simulator ({@code vcgate.simulator.enabled}
 * is a build-time switch, and this profile rebuilds the application with it off). Nothing of the
 * simulator is there: no resource at its paths, no bean, no SOAP endpoint (so no JAXB context for one),
 * no filter, and its fixture credentials open nothing.
 */
@QuarkusTest
@TestProfile(SimulatorOffTest.Off.class)
class SimulatorOffTest {

    public static class Off implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("vcgate.simulator.enabled", "false", "vcgate.vcenter.url", "http://127.0.0.1:9");
        }
    }

    @Inject
    Router router;

    @Test
    void theSimulatorsPathsAreUnknownPathsOfTheGateway() {
        given().auth().preemptive().basic("administrator@vsphere.local", "VMware1!").post("/api/session")
                .then().statusCode(404).contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("There is nothing at this path."));
        given().contentType("text/xml").body("<x/>").post("/sdk").then().statusCode(404);
        given().get("/simulator").then().statusCode(404);
        given().get("/simulator/ledger").then().statusCode(404);
    }

    @Test
    void noSimulatorBeanRouteOrSoapEndpointIsBuilt() {
        for (Class<?> part : new Class<?>[] { SimulatorState.class, SimulatorLedger.class, SoapSimulator.class, SoapEndpoint.class,
                SimulatorAdmin.class, RestSessionSimulator.class, CustomizationLiveSimulator.class, FaultInjection.class,
                SoapExchange.class }) {
            assertFalse(Arc.container().instance(part).isAvailable(), part.getSimpleName() + " is not in the gateway");
        }
        assertTrue(router.getRoutes().stream().noneMatch(r -> r.getPath() != null
                && (r.getPath().startsWith("/api") || r.getPath().startsWith("/sdk") || r.getPath().startsWith("/simulator"))),
                "no Vert.x route for the simulator's paths");
        ServerRegistry servers = BusFactory.getDefaultBus().getExtension(ServerRegistry.class);
        assertTrue(servers == null || servers.getServers().isEmpty(), "no CXF endpoint is published");
    }
}
