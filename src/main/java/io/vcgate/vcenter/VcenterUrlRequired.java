package io.vcgate.vcenter;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start a gateway that has nowhere to send its calls: without {@code vcgate.vcenter.url}
 * the backends point at this very application, which only answers as a vCenter when the embedded
 * simulator was built in ({@code vcgate.simulator.enabled}, a build-time switch: on in dev and test).
 */
@ApplicationScoped
public class VcenterUrlRequired {

    static final String MESSAGE = "vcgate has no vCenter to talk to: set vcgate.vcenter.url "
            + "(environment variable VCGATE_VCENTER_URL), e.g. https://vcenter.example.com; for a demo, build "
            + "the gateway with its embedded simulator (./mvnw package -Dvcgate.simulator.enabled=true) or run ./mvnw quarkus:dev.";

    void check(@Observes StartupEvent event,
            @ConfigProperty(name = "vcgate.vcenter.url") Optional<String> url,
            @ConfigProperty(name = "vcgate.simulator.enabled", defaultValue = "false") boolean simulator) {
        verify(url, simulator);
    }

    static void verify(Optional<String> url, boolean simulator) {
        if (url.filter(u -> !u.isBlank()).isEmpty() && !simulator) {
            throw new IllegalStateException(MESSAGE);
        }
    }
}
