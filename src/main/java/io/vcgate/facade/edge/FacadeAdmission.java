package io.vcgate.facade.edge;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Per-caller fairness: at most {@code vcgate.facade.caller-max-in-flight} calls of one vCenter user under
 * way at once. Counted as {@code vcgate_caller_calls_total} by outcome (admitted, limited), never by user
 * name; {@code vcgate_caller_calls_in_flight} is the total under way.
 */
@ApplicationScoped
public class FacadeAdmission {

    @Inject
    FacadeConfig config;

    @Inject
    MeterRegistry meters;

    private final ConcurrentHashMap<String, Integer> inFlight = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();
    private int limit;
    private Counter admitted;
    private Counter limited;

    @PostConstruct
    void init() {
        limit = config.callerMaxInFlight();
        admitted = Counter.builder("vcgate.caller.calls").description("Facade calls by the per-caller in-flight limit's decision")
                .tag("outcome", "admitted").register(meters);
        limited = Counter.builder("vcgate.caller.calls").description("Facade calls by the per-caller in-flight limit's decision")
                .tag("outcome", "limited").register(meters);
        Gauge.builder("vcgate.caller.calls.in.flight", total, AtomicInteger::get).description("Facade calls under way, all callers")
                .register(meters);
    }

    /** The key of a caller: its user name as vCenter compares it (case-insensitively). */
    static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    /** Admits one more call of {@code caller}, or says it already has as many under way as it may. */
    boolean tryEnter(String caller) {
        boolean[] entered = { false };
        inFlight.compute(caller, (k, n) -> {
            int now = n == null ? 0 : n;
            if (now >= limit) {
                return n;
            }
            entered[0] = true;
            return now + 1;
        });
        if (entered[0]) {
            total.incrementAndGet();
            admitted.increment();
        } else {
            limited.increment();
        }
        return entered[0];
    }

    /** One call of {@code caller} has ended (answered, failed or dropped by the client). */
    void leave(String caller) {
        inFlight.computeIfPresent(caller, (k, n) -> n <= 1 ? null : n - 1);
        total.decrementAndGet();
    }

    int limit() {
        return limit;
    }
}
