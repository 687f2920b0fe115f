package io.vcgate.simulator;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.arc.properties.IfBuildProperty;
import io.vcgate.core.Backend;

/**
 * The simulator's admin endpoint: watch and steer the simulated vCenter from a shell or a test. Part of
 * the application only when the simulator is built in ({@code vcgate.simulator.enabled}).
 *
 * <p>A change of API level (or a reset) also makes the gateway in this process forget what it learned of
 * the vCenter (API level, ServiceContent), so the next call asks the simulated vCenter afresh: the
 * simulator knows it is embedded; the gateway never knows of the simulator.
 */
@Path("/simulator")
@Produces(MediaType.APPLICATION_JSON)
@IfBuildProperty(name = "vcgate.simulator.enabled", stringValue = "true")
public class SimulatorAdmin {

    /** Settings that can be changed at run time. */
    public record Settings(String apiLevel, boolean unifiedSessions, long taskDurationMs, Map<String, SimulatorState.Faults> faults) {
    }

    public record UnifiedSessions(boolean unified) {
    }

    public record ApiLevel(String apiLevel) {
    }

    public record TaskDuration(long taskDurationMs) {
    }

    @Inject
    SimulatedVcenters vcenters;

    private SimulatorState state() {
        return vcenters.current().state();
    }

    private SimulatorLedger ledger() {
        return vcenters.current().ledger();
    }

    @Inject
    io.vcgate.customization.CustomizationService gateway;

    @GET
    public Settings settings() {
        return new Settings(state().apiLevel(), state().unifiedSessions(), state().taskDuration().toMillis(),
                Map.of(Backend.REST.id(), state().faults(Backend.REST), Backend.SOAP.id(), state().faults(Backend.SOAP)));
    }

    @PUT
    @Path("/faults/{backend}")
    public Settings faults(@PathParam("backend") String backend, SimulatorState.Faults faults) {
        Backend target = java.util.Arrays.stream(Backend.values()).filter(b -> b.id().equals(backend)).findFirst()
                .orElseThrow(() -> new BadRequestException("backend must be rest or soap"));
        if (faults == null) {
            throw new BadRequestException("body must be {\"latencyMs\":..,\"failureRatio\":..,\"outage\":..}");
        }
        try {
            state().faults(target, faults);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        return settings();
    }

    @PUT
    @Path("/api-level")
    public Settings apiLevel(ApiLevel level) {
        try {
            state().apiLevel(level == null ? null : level.apiLevel());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        gateway.forgetLearnedFacts();
        return settings();
    }

    @PUT
    @Path("/task-duration")
    public Settings taskDuration(TaskDuration duration) {
        if (duration == null || duration.taskDurationMs() < 0) {
            throw new BadRequestException("body must be {\"taskDurationMs\": 0 or more}");
        }
        state().taskDuration(Duration.ofMillis(duration.taskDurationMs()));
        return settings();
    }

    /** A vCenter that does (or does not) take one session on both APIs, whatever its API level says. */
    @PUT
    @Path("/sessions/unified")
    public Settings unifiedSessions(UnifiedSessions unified) {
        if (unified == null) {
            throw new BadRequestException("body must be {\"unified\": true or false}");
        }
        state().unifiedSessions(unified.unified());
        gateway.forgetLearnedFacts();
        return settings();
    }

    @POST
    @Path("/sessions/expire")
    public Map<String, Integer> expireSessions() {
        return Map.of("expired", state().expireSessions());
    }

    @POST
    @Path("/reset")
    public Settings reset() {
        state().reset();
        ledger().reset();
        gateway.forgetLearnedFacts();
        return settings();
    }

    @GET
    @Path("/ledger")
    public Map<String, Object> ledgerSummary() {
        return ledger().summary();
    }

    public record Run(String outcome) {
    }

    /** Starts a customization run on the VM (PENDING, RUNNING, then the outcome), as powering on a clone does. */
    @POST
    @Path("/vms/{vm}/customization")
    public Map<String, String> customize(@PathParam("vm") String vm, Run run) {
        SimVm.Status outcome;
        try {
            outcome = SimVm.Status.valueOf(run == null || run.outcome() == null ? "SUCCEEDED" : run.outcome());
            state().customize(vm, outcome);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("body must be {\"outcome\": \"SUCCEEDED\" or \"FAILED\"} for a known VM");
        }
        return Map.of("vm", vm, "outcome", outcome.name());
    }

    /** PropertyCollector filters open on the vCenter, every session's together. */
    @GET
    @Path("/filters")
    public Map<String, Integer> filters() {
        return Map.of("open", state().openFilters());
    }
}
