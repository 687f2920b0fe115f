package io.vcgate.customization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.vcgate.core.BackendFailure;
import io.vcgate.core.FaultCategory;
import io.vcgate.core.TaskSnapshot;

/** A shared feed ({@link Feed}) over changes and reads the test supplies: no vCenter. */
class FeedTest {

    final Map<String, Feed<String, TaskSnapshot>> registry = new ConcurrentHashMap<>();
    final BroadcastProcessor<String> changes = BroadcastProcessor.create();
    final AtomicInteger followed = new AtomicInteger();
    final AtomicInteger stopped = new AtomicInteger();
    final AtomicInteger reads = new AtomicInteger();
    final AtomicReference<Supplier<TaskSnapshot>> task = new AtomicReference<>(() -> snapshot(TaskSnapshot.State.RUNNING, null));

    static TaskSnapshot snapshot(TaskSnapshot.State state, String fault) {
        return new TaskSnapshot("task-1", "vm-100", state, state == TaskSnapshot.State.RUNNING ? 20 : 100,
                fault == null ? null : TaskSnapshot.Fault.of(BackendFailure.vim(fault, fault + " from vCenter.")), null, null, null);
    }

    AssertSubscriber<TaskSnapshot> follow() {
        Supplier<Multi<String>> signals = () -> changes.onSubscription().invoke(s -> followed.incrementAndGet())
                .onCancellation().invoke(stopped::incrementAndGet);
        Supplier<Uni<TaskSnapshot>> read = () -> Uni.createFrom().item(() -> {
            reads.incrementAndGet();
            return task.get().get();
        });
        // each change is read (what a Task feed does when vCenter's report carries no value)
        return Feed.follow(registry, "default|admin|task-1", signals, read, (last, change) -> read.get()).subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
    }

    @Test
    void theSameFailedTaskReadAgainIsToldOnce() {
        task.set(() -> snapshot(TaskSnapshot.State.ERROR, "CustomizationFault")); // a new fault object on every read
        AssertSubscriber<TaskSnapshot> watcher = follow();
        changes.onNext("info");
        changes.onNext("info");
        assertEquals(3, reads.get(), "read at once and on each change");
        assertEquals(List.of(snapshot(TaskSnapshot.State.ERROR, "CustomizationFault")), watcher.getItems(), "the repeats are dropped");
    }

    @Test
    void watchersOfOneObjectShareOneFollowingAndOneReadPerChange() {
        AssertSubscriber<TaskSnapshot> first = follow();
        AssertSubscriber<TaskSnapshot> late = follow();
        assertEquals(1, followed.get());
        assertEquals(1, reads.get());
        assertEquals(List.of(snapshot(TaskSnapshot.State.RUNNING, null)), late.getItems(), "the late joiner is told the last value at once");
        task.set(() -> snapshot(TaskSnapshot.State.SUCCESS, null));
        changes.onNext("info");
        assertEquals(2, reads.get());
        assertEquals(first.getItems(), late.getItems());
        assertEquals(2, late.getItems().size());
    }

    @Test
    void theLastWatcherLeavingStopsFollowingAndANewOneStartsAfresh() {
        AssertSubscriber<TaskSnapshot> a = follow();
        AssertSubscriber<TaskSnapshot> b = follow();
        a.cancel();
        assertEquals(0, stopped.get());
        b.cancel();
        assertEquals(1, stopped.get());
        assertTrue(registry.isEmpty());
        AssertSubscriber<TaskSnapshot> c = follow();
        assertEquals(2, followed.get(), "a new feed");
        assertEquals(1, c.getItems().size());
    }

    @Test
    void aFailureFailsEveryWatcherAndTheFeedIsForgotten() {
        AssertSubscriber<TaskSnapshot> a = follow();
        AssertSubscriber<TaskSnapshot> b = follow();
        changes.onError(BackendFailure.gateway(FaultCategory.UNAVAILABLE, "vCenter is unavailable"));
        a.assertFailedWith(BackendFailure.class, "vCenter is unavailable");
        b.assertFailedWith(BackendFailure.class, "vCenter is unavailable");
        assertTrue(registry.isEmpty());
    }

    @Test
    void eachPushedChangeBecomesAValueFromTheLastOneToldWithoutARead() {
        BroadcastProcessor<TaskSnapshot.State> pushed = BroadcastProcessor.create();
        List<TaskSnapshot> lasts = new java.util.concurrent.CopyOnWriteArrayList<>();
        Supplier<Uni<TaskSnapshot>> read = () -> Uni.createFrom().item(() -> {
            reads.incrementAndGet();
            return snapshot(TaskSnapshot.State.RUNNING, null);
        });
        AssertSubscriber<TaskSnapshot> watcher = Feed.<String, TaskSnapshot, TaskSnapshot.State> follow(registry, "default|admin|task-2",
                () -> pushed, read, (last, state) -> {
                    lasts.add(last);
                    return Uni.createFrom().item(snapshot(state, null));
                }).subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        pushed.onNext(TaskSnapshot.State.RUNNING); // the filter's first report: what was read
        pushed.onNext(TaskSnapshot.State.SUCCESS);
        assertEquals(1, reads.get(), "read once, when following starts");
        assertEquals(List.of(snapshot(TaskSnapshot.State.RUNNING, null), snapshot(TaskSnapshot.State.RUNNING, null)), lasts,
                "each change sees the last value told");
        assertEquals(List.of(snapshot(TaskSnapshot.State.RUNNING, null), snapshot(TaskSnapshot.State.SUCCESS, null)), watcher.getItems(),
                "the repeat is dropped");
    }
}
