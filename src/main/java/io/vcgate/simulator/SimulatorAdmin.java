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

/**
 * The simulator's admin endpoint: watch and steer the simulated vCenter from a shell or a test.
 * Only served while {@code vcgate.simulator.enabled} is true.
 */
@Path("/simulator")
@Produces(MediaType.APPLICATION_JSON)
public class SimulatorAdmin {

    /** Settings that can be changed at run time. */
    public record Settings(String apiLevel, long taskDurationMs, Map<String, SimulatorState.Faults> faults) {
    }

    public record ApiLevel(String apiLevel) {
    }

    public record TaskDuration(long taskDurationMs) {
    }

    @Inject
    SimulatorState state;

    @Inject
    SimulatorLedger ledger;

    @GET
    public Settings settings() {
        return new Settings(state.apiLevel(), state.taskDuration().toMillis(),
                Map.of("rest", state.faults("rest"), "soap", state.faults("soap")));
    }

    @PUT
    @Path("/faults/{backend}")
    public Settings faults(@PathParam("backend") String backend, SimulatorState.Faults faults) {
        if (!"rest".equals(backend) && !"soap".equals(backend)) {
            throw new BadRequestException("backend must be rest or soap");
        }
        if (faults == null) {
            throw new BadRequestException("body must be {\"latencyMs\":..,\"failureRatio\":..,\"outage\":..}");
        }
        try {
            state.faults(backend, faults);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        return settings();
    }

    @PUT
    @Path("/api-level")
    public Settings apiLevel(ApiLevel level) {
        try {
            state.apiLevel(level == null ? null : level.apiLevel());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        return settings();
    }

    @PUT
    @Path("/task-duration")
    public Settings taskDuration(TaskDuration duration) {
        if (duration == null || duration.taskDurationMs() < 0) {
            throw new BadRequestException("body must be {\"taskDurationMs\": 0 or more}");
        }
        state.taskDuration(Duration.ofMillis(duration.taskDurationMs()));
        return settings();
    }

    @POST
    @Path("/sessions/expire")
    public Map<String, Integer> expireSessions() {
        return Map.of("expired", state.expireSessions());
    }

    @POST
    @Path("/reset")
    public Settings reset() {
        state.reset();
        ledger.reset();
        return settings();
    }

    @GET
    @Path("/ledger")
    public Map<String, Object> ledger() {
        return ledger.summary();
    }
}
