package io.vcgate.resilience;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.mutiny.Uni;
import io.vcgate.core.Backend;
import io.vcgate.core.BackendFailure;
import io.vcgate.core.FaultCategory;

/**
 * The fault-tolerance guard of one vCenter backend; adapters run every backend call through it.
 *
 * <p>Structure, outermost first: retry (with exponential backoff, jitter and the shared
 * {@link RetryBudget}) around a circuit breaker, around a timeout, around a bulkhead. Retry sits
 * outside the breaker so each attempt counts toward the failure ratio, and a breaker that opens stops
 * the retries at once; the timeout sits outside the bulkhead so time spent queueing counts.
 *
 * <p>Reads and writes share the breaker, timeout and bulkhead (they are one backend's health and
 * capacity) but retry under different rules, see {@link Retryability}.
 *
 * <p>What the guard itself decides leaves it as a {@link BackendFailure}, like everything else an
 * adapter call fails with: an open circuit or a full bulkhead as {@code UNAVAILABLE} (origin
 * {@code GATEWAY}), a timeout as {@code TIMEOUT}.
 *
 * <p>Every attempt is timed into {@code vcgate.backend.calls} (tags backend, operation, outcome) with a
 * percentile histogram; outcomes are {@code success}, a fault category such as {@code conflict}, or
 * {@code timeout}, {@code circuit-open}, {@code bulkhead-full}.
 */
public final class BackendGuard {

    private final Backend backend;
    private final String circuitName;
    private final Guard shared;
    private final Guard readRetry;
    private final Guard writeRetry;
    private final RetryBudget budget;
    private final MeterRegistry meters;
    /** One timer per operation and outcome, built once: not a builder and a registry lookup per call. */
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    BackendGuard(Backend backend, ResilienceConfig.Backend config, MeterRegistry meters) {
        this.backend = backend;
        this.circuitName = "vcenter-" + backend.id();
        this.meters = meters;
        this.budget = new RetryBudget(config.budget().ratio(), config.budget().minRetries(), config.budget().window());
        this.shared = Guard.create()
                .withDescription(circuitName)
                .withTimeout().duration(config.timeout().toMillis(), ChronoUnit.MILLIS).done()
                .withBulkhead().limit(config.bulkhead().limit()).queueSize(config.bulkhead().queueSize()).done()
                .withCircuitBreaker()
                    .name(circuitName)
                    .requestVolumeThreshold(config.circuitBreaker().requestVolumeThreshold())
                    .failureRatio(config.circuitBreaker().failureRatio())
                    .delay(config.circuitBreaker().delay().toMillis(), ChronoUnit.MILLIS)
                    .successThreshold(config.circuitBreaker().successThreshold())
                    .when(BackendGuard::countsAsBackendFailure)
                    .done()
                .build();
        Duration worstCase = config.timeout().plus(config.retry().maxDelay()).plus(config.retry().jitter())
                .multipliedBy(config.retry().maxRetries() + 1L);
        this.readRetry = retryGuard(circuitName + "-reads", config.retry(), worstCase, Retryability::retryableRead);
        this.writeRetry = retryGuard(circuitName + "-writes", config.retry(), worstCase, Retryability::retryableWrite);
    }

    private Guard retryGuard(String name, ResilienceConfig.Retry retry, Duration worstCase, Predicate<Throwable> retryable) {
        return Guard.create()
                .withDescription(name)
                .withRetry()
                    .maxRetries(retry.maxRetries())
                    .delay(retry.delay().toMillis(), ChronoUnit.MILLIS)
                    .jitter(retry.jitter().toMillis(), ChronoUnit.MILLIS)
                    .maxDuration(worstCase.toMillis(), ChronoUnit.MILLIS)
                    .withExponentialBackoff().factor(2).maxDelay(retry.maxDelay().toMillis(), ChronoUnit.MILLIS).done()
                    .whenException(e -> retryable.test(e) && budget.tryAcquireRetry())
                    .done()
                .build();
    }

    /** An idempotent call: retried on transport failures, within the budget. */
    public <T> Uni<T> read(String operation, Supplier<Uni<T>> call) {
        return guarded(readRetry, operation, call);
    }

    /** A call that changes state in vCenter: retried only when it never reached vCenter. */
    public <T> Uni<T> write(String operation, Supplier<Uni<T>> call) {
        return guarded(writeRetry, operation, call);
    }

    @SuppressWarnings("unchecked")
    private <T> Uni<T> guarded(Guard retry, String operation, Supplier<Uni<T>> call) {
        return Uni.createFrom().deferred(() -> {
            budget.recordRequest();
            Supplier<Uni<T>> attempt = () -> timed(operation, () -> shared.get(call::get, Uni.class));
            return ((Uni<T>) retry.get(attempt::get, Uni.class)).onFailure().transform(BackendGuard::translate);
        });
    }

    private <T> Uni<T> timed(String operation, Supplier<Uni<T>> attempt) {
        return Uni.createFrom().deferred(() -> {
            Timer.Sample sample = Timer.start(meters);
            return attempt.get()
                    .onItem().invoke(x -> stop(sample, operation, "success"))
                    .onFailure().invoke(e -> stop(sample, operation, outcome(e)));
        });
    }

    private void stop(Timer.Sample sample, String operation, String outcome) {
        sample.stop(timers.computeIfAbsent(operation + '/' + outcome, key -> Timer.builder("vcgate.backend.calls")
                .description("Calls from vcgate to vCenter, per attempt")
                .tag("backend", backend.id()).tag("operation", operation).tag("outcome", outcome)
                .publishPercentileHistogram()
                .register(meters)));
    }

    /** The guard's own rejections as the failures they mean for the caller. */
    static Throwable translate(Throwable e) {
        if (e instanceof CircuitBreakerOpenException) {
            return BackendFailure.gateway(FaultCategory.UNAVAILABLE,
                    "vcgate stopped calling vCenter for a moment after repeated failures; try again after Retry-After seconds.");
        }
        if (e instanceof BulkheadException) {
            return BackendFailure.gateway(FaultCategory.UNAVAILABLE,
                    "vcgate is already making as many calls to vCenter as it allows; try again shortly.");
        }
        if (e instanceof TimeoutException) {
            return BackendFailure.transport(FaultCategory.TIMEOUT, BackendFailure.Origin.TIMEOUT, "vCenter did not answer in time.", null);
        }
        return e;
    }

    static String outcome(Throwable e) {
        if (e instanceof TimeoutException) {
            return "timeout";
        }
        if (e instanceof CircuitBreakerOpenException) {
            return "circuit-open";
        }
        if (e instanceof BulkheadException) {
            return "bulkhead-full";
        }
        if (e instanceof BackendFailure failure) {
            return failure.category().name().toLowerCase().replace('_', '-');
        }
        return "error";
    }

    /**
     * Only failures that say the backend is unwell open the circuit: transport failures, timeouts and
     * vCenter saying it is unwell. A vSphere fault (InvalidPowerState, NotFound, a bad password) is a
     * healthy answer.
     */
    static boolean countsAsBackendFailure(Throwable e) {
        return Retryability.retryableRead(e);
    }

    public CircuitBreakerState circuitState() {
        return CircuitBreakerMaintenance.get().currentState(circuitName);
    }
}
