package io.vcgate.simulator;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.vertx.core.Vertx;

/**
 * The simulated vCenters: the default one at the simulator's root, and any number of named ones under
 * {@code /vc/{name}/} (made on first use, with the API level {@code vcgate.simulator.vcenters.<name>.api-level}
 * says), each with its own fixtures, sessions, Tasks, fault injection and ledger. Their timers stop with the
 * application ({@link #close()}). The default one's state and ledger are beans, for tests.
 */
@ApplicationScoped
public class SimulatedVcenters {

    public static final String DEFAULT = "default";

    /** One simulated vCenter. */
    public record SimulatedVcenter(String name, SimulatorState state, SimulatorLedger ledger) {
    }

    @Inject
    SimulatorConfig config;

    @Inject
    Vertx vertx;

    private VertxTimers timers;
    private final Map<String, SimulatedVcenter> all = new ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        timers = new VertxTimers(vertx);
    }

    /** The simulated vCenter named {@code name}, made on first use. */
    public SimulatedVcenter get(String name) {
        return all.computeIfAbsent(name, n -> {
            SimulatorConfig.Named named = config.vcenters().get(n);
            String level = named == null ? config.apiLevel() : named.apiLevel().orElse(config.apiLevel());
            return new SimulatedVcenter(n, new SimulatorState(config, level, timers), new SimulatorLedger());
        });
    }

    public Collection<SimulatedVcenter> all() {
        return all.values();
    }

    /** Stops every timer: customization runs and Tasks move no more, waits end with their connections. */
    void close() {
        timers.close();
    }

    @Produces
    @Singleton
    SimulatorState defaultState() {
        return get(DEFAULT).state();
    }

    @Produces
    @Singleton
    SimulatorLedger defaultLedger() {
        return get(DEFAULT).ledger();
    }
}
