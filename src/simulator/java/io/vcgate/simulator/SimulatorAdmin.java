package io.vcgate.simulator;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.vcgate.simulator.SimulatedVcenters.SimulatedVcenter;
import io.vertx.core.Handler;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The simulator's admin API under {@code /simulator} (and {@code /vc/{name}/simulator}): watch and steer a
 * simulated vCenter from a shell or a test. JSON in and out; a bad request is a 400 whose {@code error}
 * says what is expected. It steers the simulated vCenter only: a gateway in front of it finds out about a
 * change as it would about a real vCenter's.
 */
final class SimulatorAdmin {

    /** Settings that can be changed at run time. */
    @RegisterForReflection
    public record Settings(String apiLevel, boolean unifiedSessions, long taskDurationMs, Map<String, SimulatorState.Faults> faults) {
    }

    @RegisterForReflection
    public record UnifiedSessions(boolean unified) {
    }

    @RegisterForReflection
    public record ApiLevel(String apiLevel) {
    }

    @RegisterForReflection
    public record TaskDuration(long taskDurationMs) {
    }

    @RegisterForReflection
    public record Run(String outcome) {
    }

    /** What a request was missing: answered 400 with the message. */
    private static final class BadRequest extends Exception {
        BadRequest(String message) {
            super(message, null, false, false);
        }
    }

    /** One admin operation on the simulated vCenter of the request: the JSON it answers 200 with. */
    private interface Operation {
        Object apply(RoutingContext rc, SimulatorState state) throws BadRequest, Json.BadJson;
    }

    void routes(Router router) {
        router.get("/simulator").handler(answer((rc, state) -> settings(state)));
        router.put("/simulator/faults/:api").handler(answer(this::faults));
        router.put("/simulator/api-level").handler(answer(this::apiLevel));
        router.put("/simulator/task-duration").handler(answer(this::taskDuration));
        // a vCenter that does (or does not) take one session on both APIs, whatever its API level says
        router.put("/simulator/sessions/unified").handler(answer(this::unifiedSessions));
        router.post("/simulator/sessions/expire").handler(answer((rc, state) -> Map.of("expired", state.expireSessions())));
        router.post("/simulator/reset").handler(answer(this::reset));
        router.get("/simulator/ledger").handler(answer((rc, state) -> SimulatorServer.vcenter(rc).ledger().summary()));
        // starts a customization run on the VM (PENDING, RUNNING, then the outcome), as powering on a clone does
        router.post("/simulator/vms/:vm/customization").handler(answer(this::customize));
        // PropertyCollector filters open on the vCenter, every session's together
        router.get("/simulator/filters").handler(answer((rc, state) -> Map.of("open", state.openFilters())));
        // WaitForUpdatesEx calls waiting now, and the most one session had in flight at once
        router.get("/simulator/waits").handler(answer((rc, state) -> state.waits()));
        // a farm: many clones customized at once on a seeded schedule (Farm), and how its runs went
        router.post("/simulator/farm").handler(answer(this::farm));
        router.get("/simulator/farm").handler(answer((rc, state) -> state.farm().<Object> map(f -> f).orElse(Map.of())));
    }

    private static Handler<RoutingContext> answer(Operation operation) {
        return rc -> {
            Object body;
            try {
                body = operation.apply(rc, SimulatorServer.vcenter(rc).state());
            } catch (BadRequest | Json.BadJson e) {
                Json.answer(rc, 400, Json.UTF8, Map.of("error", e.getMessage()));
                return;
            }
            Json.answer(rc, 200, Json.UTF8, body);
        };
    }

    private static Settings settings(SimulatorState state) {
        Map<String, SimulatorState.Faults> faults = new LinkedHashMap<>();
        for (VcenterApi api : VcenterApi.values()) {
            faults.put(api.id(), state.faults(api));
        }
        return new Settings(state.apiLevel(), state.unifiedSessions(), state.taskDuration().toMillis(), faults);
    }

    private Settings faults(RoutingContext rc, SimulatorState state) throws BadRequest, Json.BadJson {
        VcenterApi api = VcenterApi.of(rc.pathParam("api")).orElseThrow(() -> new BadRequest("the API must be rest or soap"));
        SimulatorState.Faults faults = Json.read(rc, SimulatorState.Faults.class);
        if (faults == null) {
            throw new BadRequest("body must be {\"latencyMs\":..,\"failureRatio\":..,\"outage\":..}");
        }
        try {
            state.faults(api, faults);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
        return settings(state);
    }

    private Settings apiLevel(RoutingContext rc, SimulatorState state) throws BadRequest, Json.BadJson {
        ApiLevel level = Json.read(rc, ApiLevel.class);
        if (level == null || level.apiLevel() == null || !SimulatorState.API_LEVELS.contains(level.apiLevel())) {
            throw new BadRequest("body must be {\"apiLevel\": one of " + SimulatorState.API_LEVELS + "}");
        }
        state.apiLevel(level.apiLevel());
        return settings(state);
    }

    private Settings taskDuration(RoutingContext rc, SimulatorState state) throws BadRequest, Json.BadJson {
        TaskDuration duration = Json.read(rc, TaskDuration.class);
        if (duration == null || duration.taskDurationMs() < 0) {
            throw new BadRequest("body must be {\"taskDurationMs\": 0 or more}");
        }
        state.taskDuration(Duration.ofMillis(duration.taskDurationMs()));
        return settings(state);
    }

    private Settings unifiedSessions(RoutingContext rc, SimulatorState state) throws BadRequest, Json.BadJson {
        UnifiedSessions unified = Json.read(rc, UnifiedSessions.class);
        if (unified == null) {
            throw new BadRequest("body must be {\"unified\": true or false}");
        }
        state.unifiedSessions(unified.unified());
        return settings(state);
    }

    private Settings reset(RoutingContext rc, SimulatorState state) {
        SimulatedVcenter vcenter = SimulatorServer.vcenter(rc);
        vcenter.state().reset();
        vcenter.ledger().reset();
        return settings(state);
    }

    private RunStarted customize(RoutingContext rc, SimulatorState state) throws BadRequest, Json.BadJson {
        String vm = rc.pathParam("vm");
        Run run = Json.read(rc, Run.class);
        SimVm.Status outcome;
        try {
            outcome = SimVm.Status.valueOf(run == null || run.outcome() == null ? "SUCCEEDED" : run.outcome());
            state.customize(vm, outcome);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("body must be {\"outcome\": \"SUCCEEDED\" or \"FAILED\"} for a known VM");
        }
        return new RunStarted(vm, outcome.name());
    }

    private Farm.View farm(RoutingContext rc, SimulatorState state) throws BadRequest, Json.BadJson {
        Farm.Plan plan = Json.read(rc, Farm.Plan.class);
        String usage = "body must be {\"vms\":..,\"startWithinMs\":..,\"minRunMs\":..,\"maxRunMs\":..,\"failEvery\":..,\"seed\":..}";
        if (plan == null) {
            throw new BadRequest(usage);
        }
        if (plan.invalid() != null) {
            throw new BadRequest(plan.invalid() + "; " + usage);
        }
        state.farm(plan);
        return state.farm().orElseThrow();
    }

    /** The answer to starting a customization run: the VM and the outcome it will have. */
    record RunStarted(String vm, String outcome) {
    }
}
