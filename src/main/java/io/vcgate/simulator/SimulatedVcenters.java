package io.vcgate.simulator;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.quarkus.arc.properties.IfBuildProperty;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The simulated vCenters: the default one at {@code /api}, {@code /sdk} and {@code /simulator}, and any
 * number of named ones under {@code /vc/{name}/...} (made on first use, with the API level
 * {@code vcgate.simulator.vcenters.<name>.api-level} says), each with its own fixtures, sessions, Tasks,
 * fault injection and ledger. A request under {@code /vc/{name}} is routed on to the same endpoints with
 * the name kept in its routing context. The default one's state and ledger are beans, for tests.
 */
@ApplicationScoped
@IfBuildProperty(name = "vcgate.simulator.enabled", stringValue = "true")
public class SimulatedVcenters {

    public static final String DEFAULT = "default";
    static final String NAME = "vcgate.simulated-vcenter";

    /** One simulated vCenter. */
    public record SimulatedVcenter(String name, SimulatorState state, SimulatorLedger ledger) {
    }

    @Inject
    SimulatorConfig config;

    @Inject
    RoutingContext request;

    private final Map<String, SimulatedVcenter> all = new ConcurrentHashMap<>();

    /** The simulated vCenter named {@code name}, made on first use. */
    public SimulatedVcenter get(String name) {
        return all.computeIfAbsent(name, n -> {
            SimulatorConfig.Named named = config.vcenters().get(n);
            String level = named == null ? config.apiLevel() : named.apiLevel().orElse(config.apiLevel());
            return new SimulatedVcenter(n, new SimulatorState(config, level), new SimulatorLedger());
        });
    }

    public Collection<SimulatedVcenter> all() {
        return all.values();
    }

    /** The simulated vCenter the current request is for. */
    SimulatedVcenter current() {
        Object name = request.get(NAME);
        return get(name == null ? DEFAULT : name.toString());
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

    /** {@code /vc/{name}/api/...} goes on as {@code /api/...} for vCenter {@code name}; likewise /sdk and /simulator. */
    void route(@Observes Router router) {
        router.route("/vc/:vcenter/*").order(-100).handler(this::reroute);
    }

    private void reroute(RoutingContext rc) {
        String name = rc.pathParam("vcenter");
        String rest = rc.normalizedPath().substring(("/vc/" + name).length());
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,79}") || rest.isEmpty()) {
            rc.next();
            return;
        }
        rc.put(NAME, name);
        String query = rc.request().query();
        rc.reroute(query == null ? rest : rest + "?" + query);
    }
}
