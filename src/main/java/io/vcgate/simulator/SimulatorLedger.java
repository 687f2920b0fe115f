package io.vcgate.simulator;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.vcgate.core.Backend;

/**
 * What one simulated vCenter saw, for server-side assertions in tests and for demos ({@code GET /simulator/ledger}):
 * per backend, every call with the user of the session it carried, every
 * login and logout, and the raw hit count (including requests the fault injection failed).
 *
 * <p>Session ids are recorded as a short fingerprint only, never in full.
 */
public class SimulatorLedger {

    /**
     * One call: the operation, the user whose session it carried (null: no valid session), the session's
     * fingerprint, and what the call was about as the caller named it (a VM or Task id; null when none).
     */
    public record Call(String operation, String user, String sessionFingerprint, String target) {
    }

    private final Map<Backend, List<Call>> calls = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> logins = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> logouts = new ConcurrentHashMap<>();
    private final Map<Backend, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Map<Backend, List<String>> traceparents = new ConcurrentHashMap<>();

    void call(Backend backend, String operation, String user, String sessionId) {
        call(backend, operation, user, sessionId, null);
    }

    void call(Backend backend, String operation, String user, String sessionId, String target) {
        calls.computeIfAbsent(backend, b -> new CopyOnWriteArrayList<>())
                .add(new Call(operation, user, fingerprint(sessionId), target));
    }

    void login(Backend backend, String user) {
        logins.computeIfAbsent(backend.id() + "/" + user, k -> new AtomicInteger()).incrementAndGet();
    }

    void logout(Backend backend, String user) {
        logouts.computeIfAbsent(backend.id() + "/" + user, k -> new AtomicInteger()).incrementAndGet();
    }

    void hit(Backend backend, String traceparent) {
        hits.computeIfAbsent(backend, k -> new AtomicInteger()).incrementAndGet();
        if (traceparent != null) {
            traceparents.computeIfAbsent(backend, k -> new CopyOnWriteArrayList<>()).add(traceparent);
        }
    }

    /** The W3C traceparent headers the backend received, in order. */
    public List<String> traceparents(Backend backend) {
        return List.copyOf(traceparents.getOrDefault(backend, List.of()));
    }

    public List<Call> calls(Backend backend) {
        return List.copyOf(calls.getOrDefault(backend, List.of()));
    }

    /** Logins vCenter rejected (REST createSession or SOAP Login with wrong credentials). */
    public long failedLogins(Backend backend) {
        return calls(backend).stream()
                .filter(c -> c.user() == null && (c.operation().equals("createSession") || c.operation().equals("Login"))).count();
    }

    public int logins(Backend backend, String user) {
        AtomicInteger n = logins.get(backend.id() + "/" + user);
        return n == null ? 0 : n.get();
    }

    public int logouts(Backend backend, String user) {
        AtomicInteger n = logouts.get(backend.id() + "/" + user);
        return n == null ? 0 : n.get();
    }

    /** Every request that reached the backend's paths, failed by fault injection or not. */
    public int hits(Backend backend) {
        AtomicInteger n = hits.get(backend);
        return n == null ? 0 : n.get();
    }

    public void reset() {
        calls.clear();
        logins.clear();
        logouts.clear();
        hits.clear();
        traceparents.clear();
    }

    Map<String, Object> summary() {
        Map<String, Integer> hitCounts = new java.util.TreeMap<>();
        Map<String, Integer> callCounts = new java.util.TreeMap<>();
        for (Backend backend : Backend.values()) {
            hitCounts.put(backend.id(), hits(backend));
            callCounts.put(backend.id(), calls(backend).size());
        }
        return Map.of("hits", hitCounts, "logins", Map.copyOf(logins), "logouts", Map.copyOf(logouts), "calls", callCounts);
    }

    static String fingerprint(String sessionId) {
        if (sessionId == null || sessionId.length() < 8) {
            return null;
        }
        return Integer.toHexString(sessionId.hashCode());
    }
}
