package io.vcgate.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

/** The simulated PropertyCollectors' waits, on a fake clock: answered by changes, cancels, session ends and maxWait, holding no thread. */
class PropertyCollectorsTest {

    static final Duration MAX_WAIT = Duration.ofSeconds(60);

    /** Timers on a clock that moves only when told. */
    static final class FakeTimers implements Timers {
        private final List<Object[]> pending = new ArrayList<>();
        private Duration now = Duration.ZERO;

        @Override
        public Timer after(Duration delay, Runnable task) {
            Object[] entry = { now.plus(delay), task };
            pending.add(entry);
            return () -> pending.remove(entry);
        }

        void advance(Duration by) {
            now = now.plus(by);
            for (Object[] due : List.copyOf(pending)) {
                if (((Duration) due[0]).compareTo(now) <= 0 && pending.remove(due)) {
                    ((Runnable) due[1]).run();
                }
            }
        }

        int pending() {
            return pending.size();
        }
    }

    final FakeTimers timers = new FakeTimers();
    final Set<String> live = new HashSet<>(Set.of("s1", "s2"));
    final PropertyCollectors collectors = new PropertyCollectors(timers, live::contains);

    /** An answer as the reports it carries, "filter obj enter|modify", and its version. */
    record Answer(List<String> reports, long version) {
    }

    CompletableFuture<Answer> waitFor(String session, boolean fromStart) {
        return collectors.waitForUpdates(session, fromStart, MAX_WAIT, (reports, version) -> new Answer(reports.stream()
                .map(r -> r.filter() + " " + r.object().obj() + " " + (r.entering() ? "enter" : "modify")).toList(), version));
    }

    String filterOn(String session, String vm) {
        return collectors.createFilter(session, List.of(new PropertyCollectors.Watched("VirtualMachine", vm, List.of("guest.customizationInfo"))));
    }

    static PropertyCollectors.End ended(CompletableFuture<?> wait) {
        CompletionException e = assertThrows(CompletionException.class, wait::join);
        return ((PropertyCollectors.WaitEnded) e.getCause()).reason();
    }

    @Test
    void aWaitFromTheStartReportsEveryFilterAtOnceThenOnlyWhatChanges() {
        String filter = filterOn("s1", "vm-1");
        assertEquals(List.of(filter + " vm-1 enter"), waitFor("s1", true).join().reports());

        CompletableFuture<Answer> next = waitFor("s1", false);
        collectors.changed("VirtualMachine", "vm-2");
        collectors.changed("Task", "vm-1");
        assertFalse(next.isDone(), "nothing it watches changed");
        collectors.changed("VirtualMachine", "vm-1");
        Answer answer = next.join();
        assertEquals(List.of(filter + " vm-1 modify"), answer.reports());

        CompletableFuture<Answer> after = waitFor("s1", false);
        assertFalse(after.isDone(), "the change was reported once");
        collectors.changed("VirtualMachine", "vm-1");
        assertTrue(after.join().version() > answer.version(), "a later change, a later version");
        assertEquals(0, timers.pending(), "an answered wait's timer is cancelled");
    }

    @Test
    void aChangeAnswersTheWaitsOfTheSessionsThatWatchItOnly() {
        filterOn("s1", "vm-1");
        filterOn("s2", "vm-2");
        waitFor("s1", true).join();
        waitFor("s2", true).join();
        CompletableFuture<Answer> first = waitFor("s1", false);
        CompletableFuture<Answer> second = waitFor("s2", false);
        collectors.changed("VirtualMachine", "vm-2");
        assertFalse(first.isDone());
        assertEquals(1, second.join().reports().size());
        assertEquals(1, collectors.waiting());
    }

    @Test
    void aNewFilterAnswersAWaitingCallWithItsEntry() {
        CompletableFuture<Answer> wait = waitFor("s1", true);
        assertFalse(wait.isDone(), "no filter yet");
        String filter = filterOn("s1", "vm-7");
        assertEquals(List.of(filter + " vm-7 enter"), wait.join().reports());
    }

    @Test
    void aDestroyedFilterReportsNoMore() {
        String filter = filterOn("s1", "vm-1");
        waitFor("s1", true).join();
        CompletableFuture<Answer> wait = waitFor("s1", false);
        assertTrue(collectors.destroyFilter(filter));
        assertFalse(collectors.destroyFilter(filter), "gone already");
        collectors.changed("VirtualMachine", "vm-1");
        assertFalse(wait.isDone());
        assertEquals(0, collectors.openFilters());
    }

    @Test
    void maxWaitAnswersWithNothing() {
        filterOn("s1", "vm-1");
        waitFor("s1", true).join();
        CompletableFuture<Answer> wait = waitFor("s1", false);
        timers.advance(MAX_WAIT.minusSeconds(1));
        assertFalse(wait.isDone());
        timers.advance(Duration.ofSeconds(1));
        assertNull(wait.join());
        assertEquals(0, collectors.waiting());
        assertNull(collectors.waitForUpdates("s1", false, Duration.ZERO, (reports, version) -> "updates").join(),
                "a maxWait of 0 answers at once");
    }

    @Test
    void cancelFailsTheWaitingCallOrWithoutOneTheNext() {
        CompletableFuture<Answer> wait = waitFor("s1", false);
        collectors.cancelWait("s1");
        assertEquals(PropertyCollectors.End.CANCELLED, ended(wait));
        assertEquals(0, timers.pending());

        collectors.cancelWait("s1");
        assertEquals(PropertyCollectors.End.CANCELLED, ended(waitFor("s1", false)));
        assertFalse(waitFor("s1", false).isDone(), "a cancel ends one wait only");
    }

    @Test
    void theEndOfItsSessionFailsTheWaitAndTakesItsFilters() {
        filterOn("s1", "vm-1");
        CompletableFuture<Answer> other = waitFor("s2", false);
        waitFor("s1", true).join();
        CompletableFuture<Answer> wait = waitFor("s1", false);
        live.remove("s1");
        collectors.sessionEnded("s1");
        assertEquals(PropertyCollectors.End.SESSION_GONE, ended(wait));
        assertEquals(0, collectors.openFilters());
        assertFalse(other.isDone(), "another session's wait goes on");

        live.clear();
        collectors.dropAll();
        assertEquals(PropertyCollectors.End.SESSION_GONE, ended(other));
    }

    @Test
    void thousandsOfWaitsAreHeldWithoutAThreadAndAChangeAnswersOnlyItsWatchers() {
        List<CompletableFuture<Answer>> waits = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            String session = "farm-" + i;
            live.add(session);
            filterOn(session, "vm-" + i);
            waitFor(session, true).join();
            waits.add(waitFor(session, false));
        }
        assertEquals(5000, collectors.waiting());
        collectors.changed("VirtualMachine", "vm-4321");
        assertEquals(1, waits.stream().filter(CompletableFuture::isDone).count());
        assertTrue(waits.get(4321).isDone());
        timers.advance(MAX_WAIT);
        assertTrue(waits.stream().allMatch(CompletableFuture::isDone));
        assertEquals(0, collectors.waiting());
    }
}
