package io.vcgate.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A farm: many clones customized at once, as an InstantClone pool or a CI fleet powering on hundreds of
 * VMs in minutes. {@code vms} VMs ({@code vm-20001}, {@code vm-20002}, ...), each one customization run
 * starting at a random moment within {@code startWithinMs} of the farm's start and lasting between
 * {@code minRunMs} and {@code maxRunMs}: PENDING for the first quarter of it (at most 10 s), RUNNING,
 * then SUCCEEDED, or FAILED with a CustomizationNetworkSetupFailed event for one run in {@code failEvery}
 * (0: none fails). The schedule is drawn from {@code seed}: the same plan gives the same runs on every
 * simulated vCenter, so a second one can serve pollers the same farm.
 *
 * <p>Each run records when its changes happened on this vCenter (epoch milliseconds, the host's clock),
 * so that a benchmark on the same host can tell how long a change took to reach its watcher.
 */
final class Farm {

    /** The first farm VM's number: {@code vm-20001}, clear of the fixtures' ids. */
    static final int FIRST = 20001;
    /** The most VMs a farm holds. */
    static final int MAX_VMS = 20000;
    /** The longest a run stays PENDING. */
    static final Duration MAX_PENDING = Duration.ofSeconds(10);

    /** What {@code POST /simulator/farm} asks for. */
    @RegisterForReflection
    public record Plan(int vms, long startWithinMs, long minRunMs, long maxRunMs, int failEvery, long seed) {

        /** Why the plan cannot be run, or null when it can. */
        String invalid() {
            if (vms < 1 || vms > MAX_VMS) {
                return "vms must be 1 to " + MAX_VMS;
            }
            if (startWithinMs < 0 || minRunMs < 1 || maxRunMs < minRunMs) {
                return "startWithinMs must be 0 or more, minRunMs 1 or more, maxRunMs at least minRunMs";
            }
            return failEvery < 0 ? "failEvery must be 0 (none fails) or more" : null;
        }
    }

    /** One VM's run: when it starts and how long it lasts (from the farm's start), its outcome, and when its changes happened. */
    static final class Run {
        final String vm;
        final long startAfterMs;
        final long pendingMs;
        final long runMs;
        final SimVm.Status outcome;
        volatile long startedAt;
        volatile long runningAt;
        volatile long endedAt;

        Run(String vm, long startAfterMs, long runMs, SimVm.Status outcome) {
            this.vm = vm;
            this.startAfterMs = startAfterMs;
            this.runMs = runMs;
            this.pendingMs = Math.min(runMs / 4, MAX_PENDING.toMillis());
            this.outcome = outcome;
        }

        RunView view() {
            return new RunView(vm, outcome.name(), startAfterMs, runMs, startedAt, runningAt, endedAt);
        }
    }

    /** A run as {@code GET /simulator/farm} tells it: the change times are epoch milliseconds, 0 while still to come. */
    @RegisterForReflection
    public record RunView(String vm, String outcome, long startAfterMs, long runMs, long startedAt, long runningAt, long endedAt) {
    }

    /** What {@code GET /simulator/farm} answers: the plan, when it started (epoch ms), how many runs ended, and each run. */
    @RegisterForReflection
    public record View(Plan plan, long startedAt, int ended, List<RunView> runs) {
    }

    private final Plan plan;
    private final List<Run> runs;
    private final long startedAt;

    Farm(Plan plan, long startedAt) {
        this.plan = plan;
        this.startedAt = startedAt;
        this.runs = schedule(plan);
    }

    /** The runs the plan draws from its seed, one per VM. */
    static List<Run> schedule(Plan plan) {
        Random random = new Random(plan.seed());
        List<Run> runs = new ArrayList<>(plan.vms());
        for (int i = 0; i < plan.vms(); i++) {
            long start = plan.startWithinMs() == 0 ? 0 : (long) (random.nextDouble() * plan.startWithinMs());
            long length = plan.minRunMs() + (long) (random.nextDouble() * (plan.maxRunMs() - plan.minRunMs()));
            // every failEvery-th run fails, the others succeed: exactly one in failEvery, whatever the seed
            boolean fails = plan.failEvery() > 0 && (i + 1) % plan.failEvery() == 0;
            runs.add(new Run("vm-" + (FIRST + i), start, length, fails ? SimVm.Status.FAILED : SimVm.Status.SUCCEEDED));
        }
        return List.copyOf(runs);
    }

    List<Run> runs() {
        return runs;
    }

    View view() {
        int ended = (int) runs.stream().filter(r -> r.endedAt > 0).count();
        return new View(plan, startedAt, ended, runs.stream().map(Run::view).toList());
    }
}
