package io.vcgate.simulator;

import java.util.Map;

import io.smallrye.config.PropertiesConfigSource;

/**
 * The simulator's configuration defaults, and the gateway's vCenters where the simulator is present (dev
 * mode, tests, a demo build): the default vCenter is the simulator's root, and dev mode has a second one,
 * {@code lab} at API 7.0.3, under {@code /vc/lab}. Registered by ServiceLoader
 * ({@code META-INF/services/org.eclipse.microprofile.config.spi.ConfigSource}), so the gateway itself never
 * names the simulator. Its ordinal (50) is below every file's (application.properties 250,
 * META-INF/microprofile-config.properties 100), so a configured {@code vcgate.vcenter.url} wins, and so do
 * the tests' settings, profile-qualified or not.
 */
public class SimulatorDefaults extends PropertiesConfigSource {

    static final int ORDINAL = 50;

    public SimulatorDefaults() {
        super(Map.of(
                "vcgate.simulator.port", "8090",
                "vcgate.vcenter.url", "http://localhost:${vcgate.simulator.port}",
                "%dev.vcgate.vcenters.lab.url", "http://localhost:${vcgate.simulator.port}/vc/lab",
                "%dev.vcgate.simulator.vcenters.lab.api-level", "7.0.3"),
                "vcgate simulator defaults", ORDINAL);
    }
}
