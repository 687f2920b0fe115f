package io.vcgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vcgate.client.ApiClient;
import io.vcgate.client.ApiException;
import io.vcgate.client.api.CustomizationApi;
import io.vcgate.client.model.CustomizationFailureEvent;
import io.vcgate.client.model.CustomizationStatus;
import io.vcgate.client.model.Problem;
import io.vcgate.testing.SimulatorHttp;

/**
 * The facade's generated Java client (io.vcgate:vcgate-client) against the gateway: the README's "Use vcgate
 * from Java" example, as written there, and a refusal as an ApiException carrying the problem.
 */
@QuarkusTest
class FacadeClientTest {
    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    ApiClient client(String user, String password) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        client.setRequestInterceptor(r -> r.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))));
        return client;
    }

    @Test
    void theReadmeExampleWaitsForAFailingRunAndFindsItsEvent() throws Exception {
        String vm = "vm-111";
        OffsetDateTime since = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1);
        SimulatorHttp.given().contentType("application/json").body("{\"outcome\":\"FAILED\"}")
                .post("/simulator/vms/vm-111/customization").then().statusCode(200);

        CustomizationApi api = new CustomizationApi(client("automation@vsphere.local", "VMware1!"));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(30));
        CustomizationStatus status = api.getCustomization(vm, "PT5M", since);
        while (!Boolean.TRUE.equals(status.getEnded()) && Instant.now().isBefore(deadline)) {
            status = api.getCustomization(vm, "PT5M", since);
        }
        assertEquals(CustomizationStatus.StatusEnum.FAILED, status.getStatus());
        CustomizationFailureEvent event = status.getError().getEvent();
        assertEquals("CustomizationNetworkSetupFailed", event.getType());
        assertEquals("/var/log/vmware-imc/toolsDeployPkg.log", event.getLogLocation());
    }

    @Test
    void aRefusalIsAnApiExceptionWithTheProblem() throws Exception {
        ApiClient client = client("automation@vsphere.local", "VMware1!");
        ApiException notFound = assertThrows(ApiException.class, () -> new CustomizationApi(client).getCustomization("vm-999", null, null));
        assertEquals(404, notFound.getCode());
        Problem problem = client.getObjectMapper().readValue(notFound.getResponseBody(), Problem.class);
        assertEquals(404, problem.getStatus());
        assertTrue(problem.getType().startsWith("https://vcgate.dev/problems/"), problem.getType());

        ApiException refused = assertThrows(ApiException.class,
                () -> new CustomizationApi(client("automation@vsphere.local", "wrong")).getCustomization("vm-103", null, null));
        assertEquals(401, refused.getCode());
    }
}
