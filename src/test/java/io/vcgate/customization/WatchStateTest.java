package io.vcgate.customization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.vcgate.core.BackendFailure;
import io.vcgate.core.FaultCategory;

/** What one watch tells: values until one ends it, the timeout with the last value, a failure as the answer or as an error event. */
class WatchStateTest {

    static final BackendFailure OUTAGE = BackendFailure.gateway(FaultCategory.UNAVAILABLE, "vCenter is unavailable");

    final WatchState<String> watch = new WatchState<>("SUCCEEDED"::equals);

    @Test
    void eachValueIsToldAndTheOneThatEndsTheWatchEndsIt() {
        assertEquals(new WatchState.Say<>(Watched.value("PENDING", false), false, null), watch.value("PENDING"));
        assertEquals(new WatchState.Say<>(Watched.value("SUCCEEDED", true), true, null), watch.value("SUCCEEDED"));
        assertTrue(watch.ended());
        assertEquals(WatchState.Say.nothing(), watch.value("RUNNING"), "nothing after the end");
        assertEquals(WatchState.Say.nothing(), watch.timeout());
        assertEquals(WatchState.Say.nothing(), watch.failure(OUTAGE));
    }

    @Test
    void theTimeoutCarriesTheLastValue() {
        watch.value("PENDING");
        watch.value("RUNNING");
        assertEquals(new WatchState.Say<>(Watched.timeout("RUNNING"), true, null), watch.timeout());
        assertEquals(WatchState.Say.nothing(), watch.value("SUCCEEDED"), "a value after the timeout is not told");
    }

    @Test
    void aTimeoutBeforeAnyValueHasNone() {
        WatchState.Say<String> say = watch.timeout();
        assertEquals(Watched.Kind.TIMEOUT, say.event().kind());
        assertNull(say.event().value());
        assertTrue(say.end());
    }

    @Test
    void aFailureBeforeTheFirstValueFailsTheStreamItself() {
        WatchState.Say<String> say = watch.failure(OUTAGE);
        assertNull(say.event(), "no event: the failure is the answer (a 404, a 503, ...)");
        assertSame(OUTAGE, say.failure());
        assertTrue(say.end());
    }

    @Test
    void aFailureAfterAValueIsAnErrorEventThatEndsTheStream() {
        watch.value("RUNNING");
        WatchState.Say<String> say = watch.failure(OUTAGE);
        assertEquals(Watched.error(OUTAGE), say.event());
        assertNull(say.failure());
        assertTrue(say.end());
        assertEquals("RUNNING", watch.last());
        assertFalse(watch.value("SUCCEEDED").end());
    }
}
