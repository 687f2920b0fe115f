package io.vcgate.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What one simulated vCenter saw, for server-side assertions in tests and for demos ({@code GET /simulator/ledger}):
 * per API, every call with the user of the session it carried, every
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

    private final Map<VcenterApi, List<Call>> calls = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> logins = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> logouts = new ConcurrentHashMap<>();
    private final Map<VcenterApi, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Map<VcenterApi, List<String>> traceparents = new ConcurrentHashMap<>();

    void call(VcenterApi api, String operation, String user, String sessionId) {
        call(api, operation, user, sessionId, null);
    }

    void call(VcenterApi api, String operation, String user, String sessionId, String target) {
        calls.computeIfAbsent(api, a -> new CopyOnWriteArrayList<>())
                .add(new Call(operation, user, fingerprint(sessionId), target));
    }

    void login(VcenterApi api, String user) {
        logins.computeIfAbsent(api.id() + "/" + user, k -> new AtomicInteger()).incrementAndGet();
    }

    void logout(VcenterApi api, String user) {
        logouts.computeIfAbsent(api.id() + "/" + user, k -> new AtomicInteger()).incrementAndGet();
    }

    void hit(VcenterApi api, String traceparent) {
        hits.computeIfAbsent(api, k -> new AtomicInteger()).incrementAndGet();
        if (traceparent != null) {
            traceparents.computeIfAbsent(api, k -> new CopyOnWriteArrayList<>()).add(traceparent);
        }
    }

    /** The W3C traceparent headers the API received, in order. */
    public List<String> traceparents(VcenterApi api) {
        return List.copyOf(traceparents.getOrDefault(api, List.of()));
    }

    public List<Call> calls(VcenterApi api) {
        return List.copyOf(calls.getOrDefault(api, List.of()));
    }

    /** Logins vCenter rejected (REST createSession or SOAP Login with wrong credentials). */
    public long failedLogins(VcenterApi api) {
        return calls(api).stream()
                .filter(c -> c.user() == null && (c.operation().equals("createSession") || c.operation().equals("Login"))).count();
    }

    public int logins(VcenterApi api, String user) {
        AtomicInteger n = logins.get(api.id() + "/" + user);
        return n == null ? 0 : n.get();
    }

    public int logouts(VcenterApi api, String user) {
        AtomicInteger n = logouts.get(api.id() + "/" + user);
        return n == null ? 0 : n.get();
    }

    /** Every request that reached the API's endpoints, failed by fault injection or not. */
    public int hits(VcenterApi api) {
        AtomicInteger n = hits.get(api);
        return n == null ? 0 : n.get();
    }

    /** Calls of the API per operation (Login, CreateFilter, getCustomizationLive, ...). */
    public Map<String, Integer> operations(VcenterApi api) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Call call : calls(api)) {
            counts.merge(call.operation(), 1, Integer::sum);
        }
        return counts;
    }

    public void reset() {
        calls.clear();
        logins.clear();
        logouts.clear();
        hits.clear();
        traceparents.clear();
    }

    /** The admin API's {@code GET /simulator/ledger}: hits, calls, logins and logouts per API (and user). */
    Map<String, Object> summary() {
        Map<String, Integer> hitCounts = new TreeMap<>();
        Map<String, Integer> callCounts = new TreeMap<>();
        for (VcenterApi api : VcenterApi.values()) {
            hitCounts.put(api.id(), hits(api));
            callCounts.put(api.id(), calls(api).size());
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("hits", hitCounts);
        summary.put("calls", callCounts);
        Map<String, Map<String, Integer>> operations = new TreeMap<>();
        for (VcenterApi api : VcenterApi.values()) {
            operations.put(api.id(), operations(api));
        }
        summary.put("operations", operations);
        summary.put("logins", new TreeMap<>(logins));
        summary.put("logouts", new TreeMap<>(logouts));
        return summary;
    }

    static String fingerprint(String sessionId) {
        if (sessionId == null || sessionId.length() < 8) {
            return null;
        }
        return Integer.toHexString(sessionId.hashCode());
    }
}
