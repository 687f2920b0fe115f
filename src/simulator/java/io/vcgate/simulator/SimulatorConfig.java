package io.vcgate.simulator;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The vCenter simulator's knobs: {@code vcgate.simulator.*}. */
@ConfigMapping(prefix = "vcgate.simulator")
public interface SimulatorConfig {

    /**
     * The port of the simulator's own HTTP server: the default simulated vCenter at its root, named ones
     * under {@code /vc/<name>/}. 8090 ({@link SimulatorDefaults}); the tests set their own.
     */
    int port();

    /** 9.0 (customization-live exists), 8.0.3, 8.0.2 or 7.0.3 (it answers 404, as older vCenters do). */
    @WithDefault("9.0")
    String apiLevel();

    /** Named simulated vCenters, served under /vc/{name}: their API levels ({@code vcgate.simulator.vcenters.lab.api-level}). */
    Map<String, Named> vcenters();

    interface Named {
        /** This simulated vCenter's API level; the default one's when unset. */
        Optional<String> apiLevel();
    }

    /** Sessions unused this long are forgotten, as vCenter does (30 minutes by default there too). */
    @WithDefault("30m")
    Duration sessionIdleTimeout();

    /** A customization run's step: PENDING for one, RUNNING for the next, then it ends (vm-110, vm-111 and started runs). */
    @WithDefault("2s")
    Duration customizationStep();

    /** How long an AbortCustomization Task takes from queued to its end. */
    @WithDefault("1s")
    Duration taskDuration();

    Faults rest();

    Faults soap();

    /** Fault injection for one API. */
    interface Faults {
        /** Added to every answer. */
        @WithDefault("0ms")
        Duration latency();

        /** Share of requests that fail: REST 503 SERVICE_UNAVAILABLE, SOAP HTTP 500 SystemError fault. */
        @WithDefault("0")
        double failureRatio();

        /** Every request fails: REST 503, SOAP an HTML 503 page, as a proxy before a restarting vCenter. */
        @WithDefault("false")
        boolean outage();
    }
}
