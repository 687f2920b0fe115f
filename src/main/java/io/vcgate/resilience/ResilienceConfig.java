package io.vcgate.resilience;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Resilience knobs, one block per backend: {@code vcgate.resilience.rest.*}, {@code vcgate.resilience.soap.*}. */
@ConfigMapping(prefix = "vcgate.resilience")
public interface ResilienceConfig {

    /** The Retry-After of 503 problems: vCenter unavailable, its circuit open, vcgate's capacity for it full. */
    @WithDefault("5s")
    Duration retryAfter();

    Backend rest();

    Backend soap();

    interface Backend {
        /** Longest one call may take before it fails with 504. */
        @WithDefault("10s")
        Duration timeout();

        Retry retry();

        Budget budget();

        CircuitBreaker circuitBreaker();

        Bulkhead bulkhead();
    }

    interface Retry {
        /** Retries after the first attempt, for retryable failures only. */
        @WithDefault("2")
        int maxRetries();

        /** First backoff delay; doubles on each retry up to max-delay. */
        @WithDefault("100ms")
        Duration delay();

        @WithDefault("2s")
        Duration maxDelay();

        /** Random spread of each pause, up to jitter/delay of it either way (at most all of it), clipped to [delay, max-delay]. */
        @WithDefault("50ms")
        Duration jitter();
    }

    interface Budget {
        /** Retries allowed as a share of the calls in the window (Envoy's retry budget). */
        @WithDefault("0.3")
        double ratio();

        /** Retries always allowed per window, so a quiet gateway can still retry. */
        @WithDefault("3")
        int minRetries();

        @WithDefault("10s")
        Duration window();
    }

    interface CircuitBreaker {
        /** The time window over which the failure ratio is measured. */
        @WithDefault("10s")
        Duration window();

        /** Calls that must have ended in the window before the failure ratio counts. */
        @WithDefault("20")
        int requestVolumeThreshold();

        /** Share of failed calls in the window that opens the circuit. */
        @WithDefault("0.5")
        double failureRatio();

        /** Failed calls in a row that open the circuit, however light the traffic. */
        @WithDefault("20")
        int consecutiveFailures();

        /** How long the circuit stays open before half-open probes. */
        @WithDefault("5s")
        Duration delay();

        /** Successful probes that close a half-open circuit. */
        @WithDefault("2")
        int successThreshold();
    }

    interface Bulkhead {
        /** Calls in flight to this backend at once. */
        @WithDefault("64")
        int limit();

        /** Calls waiting for a slot; beyond it, 503 at once. */
        @WithDefault("128")
        int queueSize();
    }
}
