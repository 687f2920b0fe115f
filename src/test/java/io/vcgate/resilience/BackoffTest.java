package io.vcgate.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffTest {

    /** The defaults: 100 ms doubling up to 2 s, 50 ms of jitter on the first delay (a half of each pause). */
    final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2), 0.5);

    @Test
    void eachRetryDoublesThePauseUpToTheMaximum() {
        Backoff steady = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2), 0);
        assertEquals(Duration.ofMillis(100), steady.before(0, 0.7));
        assertEquals(Duration.ofMillis(200), steady.before(1, 0.7));
        assertEquals(Duration.ofMillis(400), steady.before(2, 0.7));
        assertEquals(Duration.ofSeconds(2), steady.before(5, 0.7));
        assertEquals(Duration.ofSeconds(2), steady.before(200, 0.7), "no overflow");
        assertEquals(Duration.ofDays(1), new Backoff(Duration.ofDays(1), Duration.ofDays(1), 0).before(40, 0.7), "no overflow");
    }

    @Test
    void jitterSpreadsThePauseEitherWayClippedToTheFirstDelayAndTheMaximum() {
        assertEquals(Duration.ofMillis(100), backoff.before(0, 0.0), "the first pause never shrinks");
        assertEquals(Duration.ofMillis(125), backoff.before(0, 0.5));
        assertEquals(Duration.ofMillis(200), backoff.before(2, 0.0), "400 ms less a half");
        assertEquals(Duration.ofMillis(400), backoff.before(2, 0.5));
        assertEquals(Duration.ofMillis(599), backoff.before(2, 0.999), "up to 400 ms and a half");
        assertEquals(Duration.ofSeconds(1), backoff.before(10, 0.0));
        assertEquals(Duration.ofMillis(1999), backoff.before(10, 0.999), "a pause at the maximum never grows");
    }

    @Test
    void aZeroDelayRetriesAtOnce() {
        assertEquals(Duration.ZERO, new Backoff(Duration.ZERO, Duration.ZERO, 0).before(3));
    }
}
