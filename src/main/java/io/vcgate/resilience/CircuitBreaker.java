package io.vcgate.resilience;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * A circuit breaker that opens on evidence, not on noise. It counts one outcome per guarded call (a
 * call and its retries are one outcome) and opens when either:
 * <ul>
 * <li>at least {@code minimumCalls} calls ended in the last {@code window} and at least
 * {@code failureRatio} of them failed (a time window, as Envoy's outlier detection: at high traffic the
 * ratio is measured over thousands of calls, so a vCenter failing one call in five never crosses one in
 * two by chance); or</li>
 * <li>{@code consecutiveFailures} calls failed in a row (so a vCenter that is down is cut off after a
 * bounded number of calls even when traffic is too light to fill the window).</li>
 * </ul>
 * Open, it turns calls away at once for {@code delay}; then it lets {@code successThreshold} probes
 * through (half-open): that many successes close it, one failure opens it again.
 *
 * <p>Only failures that say vCenter is unwell count; a vSphere fault is a healthy answer, and a call this
 * gateway turned away itself (a full bulkhead) is no evidence either way. The window is a ring of ten
 * slots, lock-free; transitions between states are rare and synchronized.
 */
final class CircuitBreaker {

    enum State { CLOSED, OPEN, HALF_OPEN }

    /** What {@link #acquire()} allows: an ordinary call, a half-open probe, or nothing. */
    enum Permit { CALL, PROBE, REJECTED }

    /** What a call's end says about vCenter's health. */
    enum Verdict { SUCCESS, FAILURE, NO_EVIDENCE }

    private final int minimumCalls;
    private final double failureRatio;
    private final int consecutiveFailures;
    private final long openNanos;
    private final int successThreshold;
    private final LongSupplier clock;
    private final Runnable onOpen;

    /** Calls (first) and failures (second) over the window. */
    private final RollingCounts evidence;
    private final AtomicInteger failuresInARow = new AtomicInteger();
    private int probesGranted;
    private int probeSuccesses;
    private volatile State state = State.CLOSED;
    private volatile long openedAt;

    CircuitBreaker(Duration window, int minimumCalls, double failureRatio, int consecutiveFailures, Duration delay,
            int successThreshold, LongSupplier clock, Runnable onOpen) {
        this.evidence = new RollingCounts(window, clock);
        this.minimumCalls = Math.max(1, minimumCalls);
        this.failureRatio = failureRatio;
        this.consecutiveFailures = Math.max(1, consecutiveFailures);
        this.openNanos = delay.toNanos();
        this.successThreshold = Math.max(1, successThreshold);
        this.clock = clock;
        this.onOpen = onOpen;
    }

    State state() {
        State current = state;
        return current == State.OPEN && clock.getAsLong() - openedAt >= openNanos ? State.HALF_OPEN : current;
    }

    Permit acquire() {
        State current = state;
        if (current == State.CLOSED) {
            return Permit.CALL;
        }
        if (current == State.OPEN && clock.getAsLong() - openedAt < openNanos) {
            return Permit.REJECTED;
        }
        return probe();
    }

    /** Open past its delay, or half-open: as many probes as successes are needed to close, one at a time each. */
    private synchronized Permit probe() {
        if (state == State.OPEN && clock.getAsLong() - openedAt >= openNanos) {
            state = State.HALF_OPEN;
            probesGranted = 0;
            probeSuccesses = 0;
        }
        if (state == State.CLOSED) {
            return Permit.CALL;
        }
        if (state == State.HALF_OPEN && probesGranted < successThreshold) {
            probesGranted++;
            return Permit.PROBE;
        }
        return Permit.REJECTED;
    }

    /**
     * Whether a call admitted with {@code permit} may still go to vCenter now (each of its attempts asks):
     * an ordinary call only while the circuit is closed, a probe only while it is half-open, so that
     * nothing leaves for vCenter once it opened, not a retry, not a call waiting in the bulkhead's queue.
     */
    boolean allows(Permit permit) {
        State current = state;
        return permit == Permit.CALL && current == State.CLOSED || permit == Permit.PROBE && current == State.HALF_OPEN;
    }

    void record(Permit permit, Verdict verdict) {
        if (permit == Permit.PROBE) {
            probed(verdict);
            return;
        }
        if (permit != Permit.CALL || verdict == Verdict.NO_EVIDENCE) {
            return;
        }
        int slot = evidence.slot();
        evidence.countFirst(slot);
        if (verdict == Verdict.SUCCESS) {
            failuresInARow.set(0);
            return;
        }
        evidence.countSecond(slot);
        int inARow = failuresInARow.incrementAndGet();
        if (state != State.CLOSED) {
            return;
        }
        if (inARow >= consecutiveFailures) {
            open();
            return;
        }
        long total = evidence.first();
        if (total >= minimumCalls && evidence.second() >= failureRatio * total) {
            open();
        }
    }

    private synchronized void probed(Verdict verdict) {
        if (state != State.HALF_OPEN) {
            return; // a probe of a half-open period that already ended
        }
        switch (verdict) {
            case SUCCESS -> {
                if (++probeSuccesses >= successThreshold) {
                    forgetEvidence();
                    state = State.CLOSED;
                }
            }
            case FAILURE -> open();
            case NO_EVIDENCE -> probesGranted--; // another probe may try
        }
    }

    private synchronized void open() {
        boolean wasClosed = state == State.CLOSED;
        state = State.OPEN;
        openedAt = clock.getAsLong();
        if (wasClosed) {
            onOpen.run();
        }
    }

    /** Back to closed with no evidence, whatever the state. */
    synchronized void reset() {
        forgetEvidence();
        state = State.CLOSED;
    }

    private void forgetEvidence() {
        evidence.clear();
        failuresInARow.set(0);
    }
}
