package io.vcgate.core;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start a gateway that has nowhere to send its calls: without {@code vcgate.vcenter.url}
 * the backends point at the embedded simulator, which is only there when
 * {@code vcgate.simulator.enabled} is true (dev and test profiles).
 */
@ApplicationScoped
public class StartupGuard {

    static final String MESSAGE = "vcgate has no vCenter to talk to: set vcgate.vcenter.url "
            + "(environment variable VCGATE_VCENTER_URL), e.g. https://vcenter.example.com, "
            + "or enable the embedded simulator with vcgate.simulator.enabled=true for a demo.";

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
