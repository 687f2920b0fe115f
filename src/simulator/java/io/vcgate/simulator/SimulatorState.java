package io.vcgate.simulator;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One simulated vCenter's mutable state: VMs, REST and SOAP sessions, Tasks, events, the PropertyCollectors
 * ({@link PropertyCollectors}), the API level and the fault-injection settings. {@link #reset()} restores
 * the fixtures and the configured settings. What moves in time (customization runs, Tasks) moves on
 * {@link Timers}; no thread waits for it.
 *
 * <p>API levels, as vCenter releases: 9.0 (customization-live; one session serves both APIs), 8.0.3
 * (no customization-live; one session serves both APIs), 8.0.2 and 7.0.3 (no customization-live; a
 * session per API). A change of API level drops every session, as the upgrade's restart would.
 */
public class SimulatorState {

    /** The API levels it can take. */
    static final List<String> API_LEVELS = List.of("9.0", "8.0.3", "8.0.2", "7.0.3");

    /** A logged-in session: its user and when it was last used. */
    static final class Session {
        final String user;
        volatile long lastUsedNanos;

        Session(String user) {
            this.user = user;
            this.lastUsedNanos = System.nanoTime();
        }
    }

    /** Current fault injection for one API. */
    @RegisterForReflection
    public record Faults(long latencyMs, double failureRatio, boolean outage) {
        static Faults of(SimulatorConfig.Faults config) {
            return new Faults(config.latency().toMillis(), config.failureRatio(), config.outage());
        }
    }

    // an instance, made at run time: a static one would be frozen into a native image's heap
    private final SecureRandom random = new SecureRandom();

    private final SimulatorConfig config;
    private final String configuredApiLevel;
    private final Timers timers;

    private final Map<String, SimVm> vms = new ConcurrentHashMap<>();
    private final Map<String, Session> restSessions = new ConcurrentHashMap<>();
    private final Map<String, Session> soapSessions = new ConcurrentHashMap<>();
    private final Map<String, SimTask> tasks = new ConcurrentHashMap<>();
    private final AtomicInteger taskIds = new AtomicInteger(1000);
    private final AtomicInteger mostSessions = new AtomicInteger();
    private final PropertyCollectors collectors;
    private final List<SimEvent> events = new CopyOnWriteArrayList<>();
    private final AtomicInteger eventKeys = new AtomicInteger(7000);
    /** Bumped by a reset: a customization run of an earlier generation moves no more. */
    private final AtomicInteger generation = new AtomicInteger();
    private volatile String apiLevel;
    private volatile Boolean unifiedOverride;
    private volatile Duration taskDuration;
    private volatile Faults restFaults;
    private volatile Faults soapFaults;
    /** The farm started last, or null (a reset forgets it). */
    private volatile Farm farm;

    SimulatorState(SimulatorConfig config, String apiLevel, Timers timers) {
        if (!API_LEVELS.contains(apiLevel)) {
            throw new IllegalArgumentException("api level must be one of " + API_LEVELS);
        }
        this.config = config;
        this.configuredApiLevel = apiLevel;
        this.timers = timers;
        this.collectors = new PropertyCollectors(timers, session -> sessionUser(VcenterApi.SOAP, session).isPresent());
        reset();
    }

    public synchronized void reset() {
        generation.incrementAndGet();
        vms.clear();
        vms.putAll(Fixtures.vms());
        dropSessions();
        mostSessions.set(0);
        tasks.clear();
        events.clear();
        events.addAll(Fixtures.events(eventKeys));
        apiLevel = configuredApiLevel;
        unifiedOverride = null;
        taskDuration = config.taskDuration();
        restFaults = Faults.of(config.rest());
        soapFaults = Faults.of(config.soap());
        collectors.forgetChanges();
        farm = null;
        for (Map.Entry<String, SimVm.Status> moving : Fixtures.MOVING.entrySet()) {
            customize(moving.getKey(), moving.getValue());
        }
    }

    /** Every session dropped, as by a restart: their PropertyCollectors and filters too; waiting calls fail. */
    private void dropSessions() {
        restSessions.clear();
        soapSessions.clear();
        collectors.dropAll();
    }

    // --- sessions -------------------------------------------------------------------------------

    static boolean validUser(String user, String password) {
        return Fixtures.user(user) && Fixtures.PASSWORD.equals(password);
    }

    String openSession(VcenterApi api, String user) {
        byte[] bytes = new byte[20];
        random.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        sessions(api).put(id, new Session(user));
        mostSessions.accumulateAndGet(restSessions.size() + soapSessions.size(), Math::max);
        return id;
    }

    /** The most sessions this vCenter held at once since its last reset (both APIs). */
    public int mostSessions() {
        return mostSessions.get();
    }

    /** The live session's user, touching it; empty when unknown or idle past the timeout. */
    Optional<String> sessionUser(VcenterApi api, String id) {
        if (id == null) {
            return Optional.empty();
        }
        Map<String, Session> sessions = sessions(api);
        Session session = sessions.get(id);
        if (session == null) {
            return Optional.empty();
        }
        long now = System.nanoTime();
        if (now - session.lastUsedNanos > config.sessionIdleTimeout().toNanos()) {
            sessions.remove(id, session);
            return Optional.empty();
        }
        session.lastUsedNanos = now;
        return Optional.of(session.user);
    }

    Optional<String> closeSession(VcenterApi api, String id) {
        Session removed = id == null ? null : sessions(api).remove(id);
        if (removed != null) {
            collectors.sessionEnded(id); // a session's filters end with it
        }
        return Optional.ofNullable(removed).map(s -> s.user);
    }

    /** The ids of the simulated vCenter's live sessions of {@code api} (for tests that hunt for them in logs). */
    public Set<String> sessionIds(VcenterApi api) {
        return Set.copyOf(sessions(api).keySet());
    }

    /** Forgets every session, as a vCenter restart or idle expiry would. */
    public int expireSessions() {
        int n = restSessions.size() + soapSessions.size();
        dropSessions();
        return n;
    }

    /** With unified sessions, one table serves both APIs: a session opened on one is good on the other. */
    private Map<String, Session> sessions(VcenterApi api) {
        return api == VcenterApi.REST || unifiedSessions() ? restSessions : soapSessions;
    }

    /** Whether one session serves both APIs: from 8.0.3 on, unless set otherwise. */
    public boolean unifiedSessions() {
        Boolean override = unifiedOverride;
        return override != null ? override : !apiLevel.equals("8.0.2") && !apiLevel.equals("7.0.3");
    }

    /** Makes the vCenter accept one session on both APIs or not, whatever its API level says; drops every session. */
    public synchronized void unifiedSessions(boolean unified) {
        unifiedOverride = unified;
        dropSessions();
    }

    // --- VMs and Tasks --------------------------------------------------------------------------

    Optional<SimVm> vm(String id) {
        return Optional.ofNullable(id == null ? null : vms.get(id));
    }

    Optional<SimTask> task(String id) {
        return Optional.ofNullable(id == null ? null : tasks.get(id));
    }

    SimTask startTask(SimVm vm, String user, String fault, String faultMessage) {
        int n = taskIds.incrementAndGet();
        SimTask task = new SimTask("task-" + n, vm.id, vm.name, user, now(), taskDuration, fault, faultMessage, n);
        tasks.put(task.id(), task);
        // its info changes when it starts running and when it ends: filters on it hear of both
        touch("Task", task.id());
        int run = generation.get();
        after(Duration.between(now(), task.started()), () -> touch("Task", task.id()), run);
        after(Duration.between(now(), task.completed()), () -> touch("Task", task.id()), run);
        if (fault == null && (vm.status == SimVm.Status.RUNNING || vm.status == SimVm.Status.PENDING)) {
            // the abort stops a running or pending guest customization: its status ends FAILED, as vCenter
            // reports it; one already finished (or never started) has nothing to abort and keeps its status
            vm.status = SimVm.Status.FAILED;
            vm.end = task.completed();
            vm.errorId = "com.vmware.vcenter.guest.customization.aborted";
            vm.errorMessage = "Customization was aborted by " + user + ".";
            touch("VirtualMachine", vm.id);
        }
        return task;
    }

    // --- customization runs and events -------------------------------------------------------

    /**
     * Starts a guest customization run on the VM, as powering on a freshly customized clone does:
     * PENDING now, RUNNING after one customization step, then {@code outcome} (SUCCEEDED or FAILED,
     * with a CustomizationNetworkSetupFailed event) after another. Each change is heard by the
     * PropertyCollector filters on the VM's guest.customizationInfo.
     */
    public void customize(String vmId, boolean succeeds) {
        customize(vmId, succeeds ? SimVm.Status.SUCCEEDED : SimVm.Status.FAILED);
    }

    void customize(String vmId, SimVm.Status outcome) {
        Duration step = config.customizationStep();
        customize(vmId, outcome, step, step.multipliedBy(2), null);
    }

    /**
     * A run PENDING now, RUNNING after {@code toRunning}, ending {@code outcome} after {@code toEnd}; when
     * {@code record} is given, it is told when each change happened (a farm's run).
     */
    private void customize(String vmId, SimVm.Status outcome, Duration toRunning, Duration toEnd, Farm.Run record) {
        SimVm vm = vm(vmId).orElseThrow(() -> new IllegalArgumentException("no VM " + vmId));
        if (outcome != SimVm.Status.SUCCEEDED && outcome != SimVm.Status.FAILED) {
            throw new IllegalArgumentException("a run ends SUCCEEDED or FAILED");
        }
        int run = generation.get();
        synchronized (vm) {
            vm.status = SimVm.Status.PENDING;
            vm.start = null;
            vm.end = null;
            vm.errorId = null;
            vm.errorMessage = null;
            vm.run++;
        }
        int vmRun = vm.run;
        touch("VirtualMachine", vm.id);
        if (record != null) {
            record.startedAt = System.currentTimeMillis();
        }
        after(toRunning, () -> {
            synchronized (vm) {
                if (vm.run != vmRun) {
                    return;
                }
                vm.status = SimVm.Status.RUNNING;
                vm.start = now();
            }
            event("CustomizationStartedEvent", vm, "Started customization of VM " + vm.name + ". Customization log located at "
                    + Fixtures.LOG_LOCATION + " in the guest OS.", null);
            touch("VirtualMachine", vm.id);
            if (record != null) {
                record.runningAt = System.currentTimeMillis();
            }
        }, run);
        after(toEnd, () -> {
            synchronized (vm) {
                if (vm.run != vmRun) {
                    return;
                }
                vm.end = now();
                vm.status = outcome;
                if (outcome == SimVm.Status.FAILED) {
                    vm.errorId = "com.vmware.vcenter.guest.customization.failed";
                    vm.errorMessage = "Customization failed: network setup failed in the guest.";
                }
            }
            if (outcome == SimVm.Status.FAILED) {
                event("CustomizationNetworkSetupFailed", vm, "Network settings of VM " + vm.name + " could not be customized in the guest. "
                        + "See the customization log at " + Fixtures.LOG_LOCATION + " in the guest OS for details.", null);
            } else {
                event("CustomizationSucceeded", vm, "Customization of VM " + vm.name + " succeeded. Customization log located at "
                        + Fixtures.LOG_LOCATION + " in the guest OS.", null);
            }
            touch("VirtualMachine", vm.id);
            if (record != null) {
                record.endedAt = System.currentTimeMillis();
            }
        }, run);
    }

    // --- a farm -----------------------------------------------------------------------------------

    /**
     * Starts a farm ({@link Farm}): its VMs are added (a farm started before is replaced: its VMs go, its
     * runs move no more) and each run starts at its moment. A reset ends it.
     */
    public synchronized void farm(Farm.Plan plan) {
        if (plan.invalid() != null) {
            throw new IllegalArgumentException(plan.invalid());
        }
        Farm before = farm;
        if (before != null) {
            before.runs().forEach(r -> vms.remove(r.vm));
        }
        Farm started = new Farm(plan, System.currentTimeMillis());
        for (Farm.Run r : started.runs()) {
            String name = "farm-" + r.vm.substring("vm-".length());
            vms.put(r.vm, new SimVm(r.vm, name, true, true, null, false, SimVm.Status.IDLE, null, null, null, null));
        }
        farm = started;
        int run = generation.get();
        for (Farm.Run r : started.runs()) {
            after(Duration.ofMillis(r.startAfterMs), () -> {
                if (farm == started) { // a farm started since replaces this one: its runs do not start
                    customize(r.vm, r.outcome, Duration.ofMillis(r.pendingMs), Duration.ofMillis(r.runMs), r);
                }
            }, run);
        }
    }

    /** The farm started last, as {@code GET /simulator/farm} tells it; empty when none was started since the last reset. */
    public Optional<Farm.View> farm() {
        Farm current = farm;
        return current == null ? Optional.empty() : Optional.of(current.view());
    }

    private void event(String type, SimVm vm, String message, String reason) {
        events.add(new SimEvent(eventKeys.incrementAndGet(), type, vm.id, vm.name, now(), message, reason, Fixtures.LOG_LOCATION));
    }

    /** The events logged about the VM, oldest first. */
    List<SimEvent> events(String vmId) {
        return events.stream().filter(e -> e.vm().equals(vmId)).toList();
    }

    /** Runs {@code step} after {@code delay}, unless the simulator was reset meanwhile. */
    private void after(Duration delay, Runnable step, int run) {
        timers.after(delay, () -> {
            if (generation.get() == run) {
                step.run();
            }
        });
    }

    // --- PropertyCollector --------------------------------------------------------------------

    /** Every session's PropertyCollector: filters, changes and the waits for them. */
    PropertyCollectors collectors() {
        return collectors;
    }

    /** Records a change of a managed object: filters on it report it, waiting calls answer. */
    void touch(String type, String id) {
        collectors.changed(type, id);
    }

    /** WaitForUpdatesEx calls waiting now, all sessions together, and the most one session had in flight at once since the last reset. */
    public Map<String, Integer> waits() {
        return Map.of("waiting", collectors.waiting(), "mostPerSession", collectors.mostWaitsPerSession());
    }

    /** Property filters open on this vCenter, all sessions together. */
    public int openFilters() {
        return collectors.openFilters();
    }

    /** Now, to the millisecond, as vCenter's times are. */
    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    // --- settings -------------------------------------------------------------------------------

    /** No customization-live before 9.0. */
    public boolean legacy() {
        return !apiLevel.startsWith("9");
    }

    /** ServiceContent's about.apiVersion: 9.0.0.0, 8.0.3.0, ... */
    String apiVersion() {
        return apiLevel.equals("9.0") ? "9.0.0.0" : apiLevel + ".0";
    }

    public String apiLevel() {
        return apiLevel;
    }

    /** Another release, as after an upgrade: every session is dropped. */
    public synchronized void apiLevel(String level) {
        if (!API_LEVELS.contains(level)) {
            throw new IllegalArgumentException("api level must be one of " + API_LEVELS);
        }
        this.apiLevel = level;
        dropSessions();
    }

    public Faults faults(VcenterApi api) {
        return api == VcenterApi.REST ? restFaults : soapFaults;
    }

    public void faults(VcenterApi api, Faults faults) {
        if (faults.failureRatio() < 0 || faults.failureRatio() > 1 || faults.latencyMs() < 0) {
            throw new IllegalArgumentException("failureRatio must be 0..1 and latencyMs at least 0");
        }
        if (api == VcenterApi.REST) {
            restFaults = faults;
        } else {
            soapFaults = faults;
        }
    }

    public Duration taskDuration() {
        return taskDuration;
    }

    public void taskDuration(Duration duration) {
        this.taskDuration = duration;
    }
}
