package io.vcgate.testing.vijson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vcgate.testing.TwoCallers;
import io.vcgate.vcrest.api.CustomizationLiveApi;
import io.vcgate.vcrest.api.SessionApi;
import io.vcgate.vcrest.model.VcenterVmGuestCustomizationLiveInfoStatus;

/**
 * {@link ApiClients} builds working clients of the REST door: checked against the simulator's own
 * vSphere Automation API (the door vcgate serves at /api has the same contract).
 */
@QuarkusTest
class ApiClientsTest {

    static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void sessionCustomizationLiveAndLogoutThroughTheGeneratedInterfaces() {
        int port = ConfigProvider.getConfig().getValue("vcgate.simulator.port", Integer.class);
        SessionApi sessions = ApiClients.sessions(ApiClients.base(port));
        CustomizationLiveApi live = ApiClients.customizationLive(ApiClients.base(port));

        String session = ApiClients.sessionId(sessions.createSession(
                ApiClients.basic(TwoCallers.ADMIN.username(), TwoCallers.ADMIN.password())).await().atMost(WAIT));

        assertFalse(session.isBlank());
        assertEquals(VcenterVmGuestCustomizationLiveInfoStatus.RUNNING, live.getCustomizationLive(session, "vm-100").await().atMost(WAIT).getStatus());
        sessions.deleteSession(session).await().atMost(WAIT);
    }
}
