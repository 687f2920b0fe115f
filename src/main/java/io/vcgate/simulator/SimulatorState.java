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

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.properties.IfBuildProperty;
import io.vcgate.core.Backend;
import jakarta.inject.Inject;

/**
 * The simulated vCenter's mutable state: VMs, REST and SOAP sessions, Tasks, the API level and the
 * fault-injection settings. {@link #reset()} restores the fixtures and the configured settings.
 */
@ApplicationScoped
@IfBuildProperty(name = "vcgate.simulator.enabled", stringValue = "true")
public class SimulatorState {

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

    @Inject
    SimulatorConfig config;

    private final Map<String, SimVm> vms = new ConcurrentHashMap<>();
    private final Map<String, Session> restSessions = new ConcurrentHashMap<>();
    private final Map<String, Session> soapSessions = new ConcurrentHashMap<>();
    private final Map<String, SimTask> tasks = new ConcurrentHashMap<>();
    private final AtomicInteger taskIds = new AtomicInteger(1000);
    private volatile String apiLevel;
    private volatile Duration taskDuration;
    private volatile Faults restFaults;
    private volatile Faults soapFaults;

    @jakarta.annotation.PostConstruct
    void init() {
        reset();
    }

    public synchronized void reset() {
        vms.clear();
        vms.putAll(Fixtures.vms());
        restSessions.clear();
        soapSessions.clear();
        tasks.clear();
        apiLevel = config.apiLevel();
        taskDuration = config.taskDuration();
        restFaults = Faults.of(config.rest());
        soapFaults = Faults.of(config.soap());
    }

    // --- sessions -------------------------------------------------------------------------------

    static boolean validUser(String user, String password) {
        return user != null && Fixtures.USERS.containsKey(user) && Fixtures.PASSWORD.equals(password);
    }

    String openSession(Backend backend, String user) {
        byte[] bytes = new byte[20];
        random.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        sessions(backend).put(id, new Session(user));
        return id;
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

    private Map<String, Session> sessions(Backend backend) {
        return backend == Backend.REST ? restSessions : soapSessions;
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

    public boolean legacy() {
        return !apiLevel.startsWith("9");
    }

    public String apiLevel() {
        return apiLevel;
    }

    public void apiLevel(String level) {
        if (!"9.0".equals(level) && !"7.0.3".equals(level)) {
            throw new IllegalArgumentException("api level must be 9.0 or 7.0.3");
        }
        this.apiLevel = level;
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
