package io.vcgate.customization;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.vcgate.testing.Contract;
import io.vcgate.testing.EventStream;

/** Watches are capped per caller (429) and in all (503), both with Retry-After; a watch that ends frees its place. */
@QuarkusTest
@TestProfile(WatchCapsTest.SmallCaps.class)
class WatchCapsTest {

    public static class SmallCaps implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("vcgate.watch.max-per-caller", "2", "vcgate.watch.max-total", "3");
        }
    }

    static final Duration WAIT = Duration.ofSeconds(10);
    static final String AUTOMATION = "automation@vsphere.local";

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    EventStream watch(String user) {
        return EventStream.open(port, "/v1/vms/vm-107/guest/customization/events?timeout=PT1M", user).awaitEvents(1, WAIT);
    }

    @Test
    void aCallerBeyondItsCapGets429AndBeyondTheTotal503() {
        try (EventStream a1 = watch(Contract.ADMIN); EventStream a2 = watch(Contract.ADMIN); EventStream b1 = watch(AUTOMATION)) {
            JsonPath tooMany = Contract.api().get("/v1/vms/vm-107/guest/customization/events").then().statusCode(429)
                    .header("Retry-After", "5").contentType("application/problem+json").extract().jsonPath();
            assertEquals("https://vcgate.dev/problems/too-many-requests", tooMany.getString("type"));
            assertTrue(tooMany.getString("detail").contains("(2)"));
            // the long poll counts as a watch too
            Contract.api().queryParam("wait", "PT5S").get("/v1/vms/vm-107/guest/customization").then().statusCode(429);
            given().auth().preemptive().basic(AUTOMATION, Contract.PASSWORD).get("/v1/vms/vm-107/guest/customization/events")
                    .then().statusCode(503).header("Retry-After", "5");
            // a plain read is no watch: never refused for them
            Contract.api().get("/v1/vms/vm-107/guest/customization").then().statusCode(200);
            a1.close();
            Awaitility.await().atMost(WAIT).until(() -> {
                try (EventStream again = EventStream.open(port, "/v1/vms/vm-107/guest/customization/events?timeout=PT1S", Contract.ADMIN)) {
                    return again.status() == 200;
                }
            });
        }
    }
}
