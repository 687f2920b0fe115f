package io.vcgate.resilience;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.mutiny.Uni;

import io.vcgate.core.Backend;
import io.vcgate.core.BackendFailure;
import io.vcgate.core.FaultCategory;

/**
 * Everything between an adapter and one vCenter backend; adapters run every backend call through it.
 *
 * <p>A guarded call, outermost first:
 * <ol>
 * <li>the {@link CircuitBreaker}: while open, the call fails at once ({@code UNAVAILABLE}, origin
 * {@code GATEWAY}) and vCenter sees nothing, not even an attempt of a call admitted before it opened
 * (a retry, or one waiting in the bulkhead's queue); the call's final outcome, after its retries, is
 * one piece of evidence for it;</li>
 * <li>retries, on a timer with exponential backoff and jitter, within the {@link RetryBudget}: a read
 * when vCenter seems unwell, a write only when it provably never left (see {@link Retryability});</li>
 * <li>each attempt through one SmallRye Fault Tolerance guard, a timeout around a bulkhead (so time
 * spent queueing counts), whose rejections leave it as {@link BackendFailure}s: a full bulkhead as
 * {@code UNAVAILABLE} (origin {@code GATEWAY}), a timeout as {@code TIMEOUT};</li>
 * <li>each attempt timed into {@code vcgate.backend.calls} by operation and outcome.</li>
 * </ol>
 * One fault-tolerance invocation per attempt; meters are built once per operation, never per call.
 */
public final class BackendGuard {

    /** The buckets of {@code vcgate_backend_calls_seconds}: explicit, the same for every series. */
    static final Duration[] BUCKETS = { Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
            Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500),
            Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30) };

    private final Backend backend;
    private final MeterRegistry meters;
    private final Tags tags;
    private final CircuitBreaker breaker;
    private final RetryBudget budget;
    private final Guard attempts;
    private final int maxRetries;
    private final Backoff backoff;
    private final Counter rejected;
    private final TlsAdvice tlsAdvice;

    private static final Logger LOG = Logger.getLogger(BackendGuard.class);

    BackendGuard(String vcenter, String tls, Backend backend, ResilienceConfig.Backend config, MeterRegistry meters) {
        this.backend = backend;
        this.tlsAdvice = new TlsAdvice(vcenter, tls, backend);
        this.meters = meters;
        this.tags = Tags.of("vcenter", vcenter, "backend", backend.id());
        this.maxRetries = config.retry().maxRetries();
        this.backoff = Backoff.of(config.retry());
        this.budget = new RetryBudget(config.budget().ratio(), config.budget().minRetries(), config.budget().window());
        Counter openings = Counter.builder("vcgate.circuit.opened").description("Times the circuit to this backend opened")
                .tags(tags).register(meters);
        ResilienceConfig.CircuitBreaker circuit = config.circuitBreaker();
        this.breaker = new CircuitBreaker(circuit.window(), circuit.requestVolumeThreshold(), circuit.failureRatio(),
                circuit.consecutiveFailures(), circuit.delay(), circuit.successThreshold(), System::nanoTime, () -> {
                    openings.increment();
                    LOG.warnf("The circuit to vCenter %s (%s) opened after repeated failures: its calls are answered 503 at once "
                            + "for %d s, then probed (each refusal is counted in vcgate_circuit_rejected_total)", vcenter, backend.id(),
                            circuit.delay().toSeconds());
                });
        this.rejected = Counter.builder("vcgate.circuit.rejected").description("Calls turned away while the circuit was open")
                .tags(tags).register(meters);
        for (CircuitBreaker.State state : CircuitBreaker.State.values()) {
            Gauge.builder("vcgate.circuit.state", breaker, b -> b.state() == state ? 1 : 0)
                    .description("1 for the circuit's current state").tags(tags).tag("state", state.name().toLowerCase(Locale.ROOT))
                    .register(meters);
        }
        this.attempts = Guard.create()
                .withDescription("vcenter-" + backend.id() + "@" + vcenter)
                .withTimeout().duration(config.timeout().toMillis(), ChronoUnit.MILLIS).done()
                .withBulkhead().limit(config.bulkhead().limit()).queueSize(config.bulkhead().queueSize()).done()
                .build();
    }

    /** A named operation of this backend, with its meters: made once by each adapter. */
    public Operation operation(String name) {
        return new Operation(name);
    }

    /** An idempotent call: retried when vCenter seems unwell, within the budget. */
    public <T> Uni<T> read(Operation operation, Supplier<Uni<T>> call) {
        return guarded(operation, call, false, null);
    }

    /** A call that changes state in vCenter: retried only when it never reached vCenter. */
    public <T> Uni<T> write(Operation operation, Supplier<Uni<T>> call) {
        return guarded(operation, call, true, null);
    }

    /**
     * A read that waits in vCenter until something changes (WaitForUpdatesEx): the breaker and retries
     * of a read, but its own per-attempt {@code timeout} (longer than the wait it asks vCenter for) and
     * no bulkhead slot, which a call that mostly waits would hold for nothing: watches have caps of their own.
     */
    public <T> Uni<T> longPoll(Operation operation, Duration timeout, Supplier<Uni<T>> call) {
        return guarded(operation, call, false, timeout);
    }

    /** The circuit's state: CLOSED, OPEN or HALF_OPEN. */
    public String circuitState() {
        return breaker.state().name();
    }

    private <T> Uni<T> guarded(Operation operation, Supplier<Uni<T>> call, boolean write, Duration longPoll) {
        return Uni.createFrom().deferred(() -> {
            CircuitBreaker.Permit permit = breaker.acquire();
            if (permit == CircuitBreaker.Permit.REJECTED) {
                rejected.increment();
                return Uni.createFrom().failure(circuitOpen());
            }
            budget.recordRequest();
            Uni<T> attempted = attempt(operation, longPoll, () -> {
                if (!breaker.allows(permit)) {
                    rejected.increment();
                    return Uni.createFrom().failure(circuitOpen());
                }
                return call.get();
            });
            // a half-open probe is never retried: its failure re-opens the circuit at once, rather than after
            // backoffs every caller waiting on it (a shared login, say) would sit through; nor is any call
            // retried once the circuit has opened, since the retry would be turned away after its backoff
            if (maxRetries > 0 && permit == CircuitBreaker.Permit.CALL) {
                attempted = retried(attempted, 0, operation, permit, write);
            }
            return attempted
                    .onFailure(BackendGuard::tlsFailure).transform(tlsAdvice::explain)
                    .onItemOrFailure().invoke((item, failure) -> breaker.record(permit, verdict(failure)))
                    .onCancellation().invoke(() -> breaker.record(permit, CircuitBreaker.Verdict.NO_EVIDENCE));
        });
    }

    /**
     * {@code attempt}, and when it fails retryably (while the circuit allows and the budget has room),
     * again after a {@link Backoff}, at most {@code maxRetries} times. The retry is put together only once
     * an attempt has failed: a call that succeeds at once (nearly all) pays for no retry machinery.
     */
    private <T> Uni<T> retried(Uni<T> attempt, int retries, Operation operation, CircuitBreaker.Permit permit, boolean write) {
        return attempt
                .onFailure(e -> retries < maxRetries && (write ? Retryability.retryableWrite(e) : Retryability.retryableRead(e))
                        && breaker.allows(permit) && budget.tryAcquireRetry() && operation.retried())
                .recoverWithUni(e -> {
                    Uni<T> again = retried(attempt, retries + 1, operation, permit, write);
                    Duration pause = backoff.before(retries);
                    return pause.isZero() ? again : Uni.createFrom().voidItem().onItem().delayIt().by(pause).onItem().transformToUni(v -> again);
                });
    }

    /** The failure of every call an open circuit turns away: one instance (it has no stack trace), no allocation per call. */
    static final BackendFailure CIRCUIT_OPEN = BackendFailure.gateway(FaultCategory.UNAVAILABLE,
            "vcgate stopped calling vCenter for a moment after repeated failures; try again after Retry-After seconds.");

    /** The failure of every attempt a full bulkhead turns away. */
    static final BackendFailure BULKHEAD_FULL = BackendFailure.gateway(FaultCategory.UNAVAILABLE,
            "vcgate is already making as many calls to vCenter as it allows; try again shortly.");

    /** Whether a call failed because this gateway's bulkhead was full: nothing reached vCenter, and it can wait its turn. */
    public static boolean bulkheadFull(Throwable failure) {
        return failure == BULKHEAD_FULL;
    }

    /**
     * {@code call} for a long-lived follower (a watch's read, a PropertyCollector loop's own calls): when
     * this gateway's own bulkhead turns it away, it waits its turn and is made again (backing off from 50 ms
     * to 2 s, for up to about a minute), rather than failing whatever follows: nothing reached vCenter, and
     * a watch is long-lived. A request a caller waits on is answered 503 at once instead (the bulkhead's
     * point); a farm's watches are not such requests: after a vCenter restart thousands of filters are made
     * again and report at once, and the bulkhead spreads that burst instead of failing the watches (the
     * farm benchmark lost 1,083 of 2,000 runs that way). {@code call} must be lazy (made again on each
     * subscription), as every guarded call is.
     */
    public static <T> Uni<T> patiently(Uni<T> call) {
        return call.onFailure(BackendGuard::bulkheadFull).retry().withBackOff(Duration.ofMillis(50), Duration.ofSeconds(2)).atMost(40);
    }

    private static BackendFailure circuitOpen() {
        return CIRCUIT_OPEN;
    }

    @SuppressWarnings("unchecked")
    private <T> Uni<T> attempt(Operation operation, Duration longPoll, Supplier<Uni<T>> call) {
        return Uni.createFrom().deferred(() -> {
            long start = System.nanoTime();
            Uni<T> attempt = longPoll == null ? (Uni<T>) attempts.get(call::get, Uni.class)
                    : call.get().ifNoItem().after(longPoll).failWith(TimeoutException::new);
            return attempt
                    .onFailure().transform(BackendGuard::translate)
                    .onItemOrFailure().invoke((item, failure) -> operation.timed(start, failure));
        });
    }

    /** The attempt guard's own rejections as the failures they mean for the caller. */
    static Throwable translate(Throwable e) {
        if (e instanceof BulkheadException) {
            return BULKHEAD_FULL;
        }
        if (e instanceof TimeoutException) {
            return BackendFailure.transport(FaultCategory.TIMEOUT, BackendFailure.Origin.TIMEOUT, "vCenter did not answer in time.", null);
        }
        return e;
    }

    private static boolean tlsFailure(Throwable failure) {
        return failure instanceof BackendFailure f && f.origin() == BackendFailure.Origin.TLS;
    }

    /** What a call's end says about vCenter's health: only failures that say it is unwell count against it. */
    static CircuitBreaker.Verdict verdict(Throwable failure) {
        if (failure == null) {
            return CircuitBreaker.Verdict.SUCCESS;
        }
        if (failure instanceof BackendFailure f) {
            if (f.origin() == BackendFailure.Origin.GATEWAY || f.origin() == BackendFailure.Origin.TLS) {
                return CircuitBreaker.Verdict.NO_EVIDENCE;
            }
            return f.vcenterUnwell() ? CircuitBreaker.Verdict.FAILURE : CircuitBreaker.Verdict.SUCCESS;
        }
        return CircuitBreaker.Verdict.FAILURE;
    }

    /**
     * The outcome tag of an attempt: {@code success}, {@code circuit-open}, {@code bulkhead-full}, the failure's
     * category ({@code not-found}, {@code timeout}, ...) or {@code error} (a failure that is no BackendFailure).
     * The category tags are made once from {@link FaultCategory} itself, so a category added there has its tag
     * at once: tagging an attempt never fails the call it measures.
     */
    record Outcome(int index, String tag) {

        static final Outcome SUCCESS = new Outcome(0, "success");
        static final Outcome CIRCUIT_OPEN = new Outcome(1, "circuit-open");
        static final Outcome BULKHEAD_FULL = new Outcome(2, "bulkhead-full");
        static final Outcome ERROR = new Outcome(3, "error");
        private static final Map<FaultCategory, Outcome> BY_CATEGORY = byCategory(4);
        /** How many outcomes there are: the size of an operation's timer table. */
        static final int COUNT = 4 + BY_CATEGORY.size();

        private static Map<FaultCategory, Outcome> byCategory(int first) {
            Map<FaultCategory, Outcome> outcomes = new EnumMap<>(FaultCategory.class);
            for (FaultCategory category : FaultCategory.values()) {
                outcomes.put(category, new Outcome(first + category.ordinal(), category.name().toLowerCase(Locale.ROOT).replace('_', '-')));
            }
            return outcomes;
        }

        /** The outcome of a failure's category ({@code error} when it has none). */
        static Outcome of(FaultCategory category) {
            return BY_CATEGORY.getOrDefault(category, ERROR);
        }

        static Outcome of(Throwable failure) {
            if (failure == null) {
                return SUCCESS;
            }
            if (failure == BackendGuard.CIRCUIT_OPEN) {
                return CIRCUIT_OPEN;
            }
            if (failure instanceof BackendFailure f) {
                return f.origin() == BackendFailure.Origin.GATEWAY ? BULKHEAD_FULL : of(f.category());
            }
            return ERROR;
        }
    }

    /** One operation's meters: attempt timers by outcome (registered on first use) and a retry counter. */
    public final class Operation {

        private final String name;
        private final AtomicReferenceArray<Timer> timers = new AtomicReferenceArray<>(Outcome.COUNT);
        private final Counter retries;

        private Operation(String name) {
            this.name = name;
            this.retries = Counter.builder("vcgate.backend.retries").description("Attempts retried, per operation")
                    .tags(tags).tag("operation", name).register(meters);
        }

        void timed(long startNanos, Throwable failure) {
            Outcome outcome = Outcome.of(failure);
            Timer timer = timers.get(outcome.index());
            if (timer == null) {
                timer = Timer.builder("vcgate.backend.calls")
                        .description("Calls from vcgate to vCenter, per attempt")
                        .tags(tags).tag("operation", name).tag("outcome", outcome.tag())
                        .serviceLevelObjectives(BUCKETS)
                        .register(meters);
                timers.set(outcome.index(), timer);
            }
            timer.record(System.nanoTime() - startNanos, java.util.concurrent.TimeUnit.NANOSECONDS);
        }

        boolean retried() {
            retries.increment();
            return true;
        }
    }
}
