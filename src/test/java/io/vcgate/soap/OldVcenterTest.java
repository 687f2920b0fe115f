package io.vcgate.soap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.vcgate.vcenter.Vcenters;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vcgate.core.BackendFailure;
import io.vcgate.core.Caller;
import io.vcgate.core.FaultCategory;
import io.vcgate.core.GuestAuth;
import io.vcgate.testing.VcenterEnvelopes;
import io.vcgate.testing.WireMockVcenter;

/** A vCenter older than 7.0.2 has no guest customization manager in its ServiceContent. */
@QuarkusTest
@TestProfile(WireMockVcenter.Profile.class)
class OldVcenterTest {

    @Inject
    SoapAdapter backend;

    @Inject
    Vcenters vcenters;

    @Test
    void abortOnAVcenterWithoutAGuestCustomizationManagerIsNotSupported() {
        WireMockVcenter.server.stubFor(post("/sdk").withRequestBody(containing("RetrieveServiceContent"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml").withBody(VcenterEnvelopes.serviceContent(false))));
        BackendFailure fault = assertThrows(BackendFailure.class, () -> backend.abortCustomization(vcenters.get(Vcenters.DEFAULT), new Caller("u", "p"), "vm-1",
                new GuestAuth.Password("root", "x", false)).await().atMost(Duration.ofSeconds(10)));
        assertEquals(FaultCategory.NOT_SUPPORTED, fault.category());
        assertTrue(fault.getMessage().contains("7.0.1.0"));
        assertTrue(fault.getMessage().contains("7.0.2"));
    }
}
