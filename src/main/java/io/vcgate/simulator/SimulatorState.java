package io.vcgate.simulator;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.vcgate.core.Backend;

/**
 * One simulated vCenter's mutable state: VMs, REST and SOAP sessions, Tasks, the API level and the
 * fault-injection settings. {@link #reset()} restores the fixtures and the configured settings.
 *
 * <p>API levels, as vCenter releases: 9.0 (customization-live; one session serves both APIs), 8.0.3
 * (no customization-live; one session serves both APIs), 8.0.2 and 7.0.3 (no customization-live; a
 * session per API). A change of API level drops every session, as the upgrade's restart would.
 */
public class SimulatorState {

    /** The API levels it can take. */
    static final java.util.List<String> API_LEVELS = java.util.List.of("9.0", "8.0.3", "8.0.2", "7.0.3");

    /** A logged-in session: its user and when it was last used. */
    static final class Session {
        final String user;
        volatile long lastUsedNanos;

        Session(String user) {
            this.user = user;
            this.lastUsedNanos = System.nanoTime();
        }
    }

    /** Current fault injection for one backend. */
    public record Faults(long latencyMs, double failureRatio, boolean outage) {
        static Faults of(SimulatorConfig.Faults config) {
            return new Faults(config.latency().toMillis(), config.failureRatio(), config.outage());
        }
    }

    // an instance, made at run time: a static one would be frozen into a native image's heap
    private final SecureRandom random = new SecureRandom();

    private final SimulatorConfig config;
    private final String configuredApiLevel;

    private final Map<String, SimVm> vms = new ConcurrentHashMap<>();
    private final Map<String, Session> restSessions = new ConcurrentHashMap<>();
    private final Map<String, Session> soapSessions = new ConcurrentHashMap<>();
    private final Map<String, SimTask> tasks = new ConcurrentHashMap<>();
    private final AtomicInteger taskIds = new AtomicInteger(1000);
    private final AtomicInteger mostSessions = new AtomicInteger();
    private volatile String apiLevel;
    private volatile Boolean unifiedOverride;
    private volatile Duration taskDuration;
    private volatile Faults restFaults;
    private volatile Faults soapFaults;

    SimulatorState(SimulatorConfig config, String apiLevel) {
        if (!API_LEVELS.contains(apiLevel)) {
            throw new IllegalArgumentException("api level must be one of " + API_LEVELS);
        }
        this.config = config;
        this.configuredApiLevel = apiLevel;
        reset();
    }

    public synchronized void reset() {
        vms.clear();
        vms.putAll(Fixtures.vms());
        restSessions.clear();
        soapSessions.clear();
        mostSessions.set(0);
        tasks.clear();
        apiLevel = configuredApiLevel;
        unifiedOverride = null;
        taskDuration = config.taskDuration();
        restFaults = Faults.of(config.rest());
        soapFaults = Faults.of(config.soap());
    }

    // --- sessions -------------------------------------------------------------------------------

    static boolean validUser(String user, String password) {
        return Fixtures.user(user) && Fixtures.PASSWORD.equals(password);
    }

    String openSession(Backend backend, String user) {
        byte[] bytes = new byte[20];
        random.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        sessions(backend).put(id, new Session(user));
        mostSessions.accumulateAndGet(restSessions.size() + soapSessions.size(), Math::max);
        return id;
    }

    /** The most sessions this vCenter held at once since its last reset (both APIs). */
    public int mostSessions() {
        return mostSessions.get();
    }

    /** The live session's user, touching it; empty when unknown or idle past the timeout. */
    Optional<String> sessionUser(Backend backend, String id) {
        if (id == null) {
            return Optional.empty();
        }
        Map<String, Session> sessions = sessions(backend);
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

    Optional<String> closeSession(Backend backend, String id) {
        Session removed = id == null ? null : sessions(backend).remove(id);
        return Optional.ofNullable(removed).map(s -> s.user);
    }

    /** The ids of the simulated vCenter's live sessions of {@code backend} (for tests that hunt for them in logs). */
    public java.util.Set<String> sessionIds(Backend backend) {
        return java.util.Set.copyOf(sessions(backend).keySet());
    }

    /** Forgets every session, as a vCenter restart or idle expiry would. */
    public int expireSessions() {
        int n = restSessions.size() + soapSessions.size();
        restSessions.clear();
        soapSessions.clear();
        return n;
    }

    /** With unified sessions, one table serves both APIs: a session opened on one is good on the other. */
    private Map<String, Session> sessions(Backend backend) {
        return backend == Backend.REST || unifiedSessions() ? restSessions : soapSessions;
    }

    /** Whether one session serves both APIs: from 8.0.3 on, unless set otherwise. */
    public boolean unifiedSessions() {
        Boolean override = unifiedOverride;
        return override != null ? override : !apiLevel.equals("8.0.2") && !apiLevel.equals("7.0.3");
    }

    /** Makes the vCenter accept one session on both APIs or not, whatever its API level says; drops every session. */
    public synchronized void unifiedSessions(boolean unified) {
        unifiedOverride = unified;
        restSessions.clear();
        soapSessions.clear();
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
        if (fault == null && (vm.status == SimVm.Status.RUNNING || vm.status == SimVm.Status.PENDING)) {
            // the abort stops a running or pending guest customization: its status ends FAILED, as vCenter
            // reports it; one already finished (or never started) has nothing to abort and keeps its status
            vm.status = SimVm.Status.FAILED;
            vm.end = task.completed();
            vm.errorId = "com.vmware.vcenter.guest.customization.aborted";
            vm.errorMessage = "Customization was aborted by " + user + ".";
        }
        return task;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
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
        restSessions.clear();
        soapSessions.clear();
    }

    public Faults faults(Backend backend) {
        return backend == Backend.REST ? restFaults : soapFaults;
    }

    public void faults(Backend backend, Faults faults) {
        if (faults.failureRatio() < 0 || faults.failureRatio() > 1 || faults.latencyMs() < 0) {
            throw new IllegalArgumentException("failureRatio must be 0..1 and latencyMs at least 0");
        }
        if (backend == Backend.REST) {
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
