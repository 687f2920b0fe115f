package io.vcgate.customization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.vcgate.core.BackendFailure;
import io.vcgate.core.TaskSnapshot;

/** What a shared feed knows and decides: its watchers, the last value, repeats, late joiners, its end. */
class FeedStateTest {

    final FeedState<String, String> feed = new FeedState<>();

    @Test
    void theFirstWatcherStartsFollowingAndALateOneIsToldTheLastValue() {
        assertEquals(FeedState.Joined.FIRST, feed.join("w1"));
        assertNull(feed.last());
        assertEquals(FeedState.Joined.LATE, feed.join("w2"), "no value yet: told nothing");
        assertEquals(List.of("w1", "w2"), feed.publish("RUNNING"));
        assertEquals(FeedState.Joined.LATE, feed.join("w3"));
        assertEquals("RUNNING", feed.last(), "the late joiner is told the last value at once");
    }

    @Test
    void aValueEqualToTheLastIsARepeatToldToNoOne() {
        feed.join("w1");
        assertEquals(List.of("w1"), feed.publish("PENDING"));
        assertEquals(List.of(), feed.publish("PENDING"));
        assertEquals(List.of("w1"), feed.publish("RUNNING"));
        assertEquals(List.of("w1"), feed.publish("PENDING"), "only the last value counts");
    }

    @Test
    void twoReadsOfTheSameFailedTaskAreOneValue() {
        FeedState<TaskSnapshot, String> tasks = new FeedState<>();
        tasks.join("w1");
        assertEquals(List.of("w1"), tasks.publish(failedTask()));
        assertEquals(List.of(), tasks.publish(failedTask()), "the same failed Task read again is a repeat");
    }

    static TaskSnapshot failedTask() {
        return new TaskSnapshot("task-1", "vm-100", TaskSnapshot.State.ERROR, 100,
                TaskSnapshot.Fault.of(BackendFailure.vim("CustomizationFault", "Customization failed.")), null, null, null);
    }

    @Test
    void theLastWatcherLeavingEndsTheFeedAndStopsFollowing() {
        Runnable stop = () -> { };
        feed.join("w1");
        feed.join("w2");
        assertFalse(feed.started(stop));
        assertFalse(feed.leave("w1"));
        assertFalse(feed.leave("w1"), "left already");
        assertTrue(feed.leave("w2"));
        assertTrue(feed.ended());
        assertSame(stop, feed.stop());
        assertEquals(FeedState.Joined.ENDED, feed.join("w3"), "an ended feed takes no one: a new feed is made");
        assertEquals(List.of(), feed.publish("RUNNING"));
    }

    @Test
    void aFeedLeftWhileFollowingIsBeingStartedStopsAsSoonAsItHasStarted() {
        feed.join("w1");
        assertTrue(feed.leave("w1"));
        assertNull(feed.stop(), "not started yet");
        assertTrue(feed.started(() -> { }), "stop at once");
    }

    @Test
    void aFailureFailsEveryWatcherAndEndsTheFeed() {
        feed.join("w1");
        feed.join("w2");
        feed.publish("RUNNING");
        assertEquals(List.of("w1", "w2"), feed.fail());
        assertTrue(feed.ended());
        assertEquals(0, feed.watchers());
        assertFalse(feed.leave("w1"), "a failed watcher leaving changes nothing");
        assertEquals(List.of(), feed.fail(), "failed once");
        assertEquals(FeedState.Joined.ENDED, feed.join("w3"));
    }
}
