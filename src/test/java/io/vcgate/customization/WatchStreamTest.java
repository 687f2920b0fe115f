package io.vcgate.customization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.vcgate.core.BackendFailure;
import io.vcgate.core.FaultCategory;

/** A watch as a stream ({@link Watch}), on a feed and a timer the test drives: no vCenter, no Vert.x. */
class WatchStreamTest {

    static final BackendFailure OUTAGE = BackendFailure.gateway(FaultCategory.UNAVAILABLE, "vCenter is unavailable");

    /** Timers that fire when the test says. */
    static final class FakeTimers implements Watch.Timers {
        final List<Duration> delays = new ArrayList<>();
        final List<Runnable> tasks = new ArrayList<>();
        final AtomicInteger cancelled = new AtomicInteger();

        @Override
        public Runnable schedule(Duration delay, Runnable task) {
            delays.add(delay);
            tasks.add(task);
            return cancelled::incrementAndGet;
        }

        void fire() {
            tasks.forEach(Runnable::run);
        }
    }

    final BroadcastProcessor<String> feed = BroadcastProcessor.create();
    final AtomicInteger feedCancelled = new AtomicInteger();
    final FakeTimers timers = new FakeTimers();
    final AtomicInteger released = new AtomicInteger();

    AssertSubscriber<Watched<String>> watch(Duration timeout) {
        Multi<String> followed = feed.onCancellation().invoke(feedCancelled::incrementAndGet);
        return Watch.of(followed, "SUCCEEDED"::equals, timeout, timers, released::incrementAndGet)
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
    }

    @Test
    void valuesUntilTheTimeoutWhichCarriesTheLastOne() {
        AssertSubscriber<Watched<String>> out = watch(Duration.ofSeconds(30));
        assertEquals(List.of(Duration.ofSeconds(30)), timers.delays);
        feed.onNext("PENDING");
        feed.onNext("RUNNING");
        timers.fire();
        out.assertCompleted();
        assertEquals(List.of(Watched.value("PENDING", false), Watched.value("RUNNING", false), Watched.timeout("RUNNING")), out.getItems());
        assertEquals(1, released.get());
        assertEquals(1, feedCancelled.get(), "the feed is left");
        feed.onNext("SUCCEEDED");
        assertEquals(3, out.getItems().size(), "nothing after the end");
    }

    @Test
    void theValueThatEndsTheWatchEndsTheStream() {
        AssertSubscriber<Watched<String>> out = watch(Duration.ofSeconds(30));
        feed.onNext("RUNNING");
        feed.onNext("SUCCEEDED");
        out.assertCompleted();
        assertEquals(List.of(Watched.value("RUNNING", false), Watched.value("SUCCEEDED", true)), out.getItems());
        assertEquals(1, timers.cancelled.get(), "its timer is cancelled");
        assertEquals(1, released.get());
        timers.fire();
        assertEquals(2, out.getItems().size(), "a timer firing late tells nothing");
    }

    @Test
    void aFailureBeforeAnyValueFailsTheStream() {
        AssertSubscriber<Watched<String>> out = watch(Duration.ofSeconds(30));
        feed.onError(OUTAGE);
        out.assertFailedWith(BackendFailure.class, "vCenter is unavailable");
        assertTrue(out.getItems().isEmpty());
        assertEquals(1, released.get());
    }

    @Test
    void aFailureAfterAValueIsAnErrorEvent() {
        AssertSubscriber<Watched<String>> out = watch(Duration.ofSeconds(30));
        feed.onNext("RUNNING");
        feed.onError(OUTAGE);
        out.assertCompleted();
        assertEquals(List.of(Watched.value("RUNNING", false), Watched.error(OUTAGE)), out.getItems());
        assertEquals(1, released.get());
    }

    @Test
    void aCallerGoingAwayLeavesTheFeedAndReleasesItsPlaceOnce() {
        AssertSubscriber<Watched<String>> out = watch(Duration.ofSeconds(30));
        feed.onNext("RUNNING");
        out.cancel();
        assertEquals(1, feedCancelled.get());
        assertEquals(1, timers.cancelled.get());
        assertEquals(1, released.get());
        timers.fire();
        assertEquals(1, released.get());
    }
}
