package io.vcgate.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.vcgate.soap.CollectorFilters.Added;
import io.vcgate.soap.FilterPlan.Create;
import io.vcgate.soap.FilterPlan.Destroy;
import io.vcgate.soap.FilterPlan.Step;
import io.vcgate.soap.FilterPlan.Stop;
import io.vcgate.soap.FilterPlan.WaitForUpdates;

/**
 * What a PropertyCollector loop knows and what each event makes it do, step by step as the loop would
 * carry them out (targets, watchers and filters are names here): no vCenter, no Mutiny.
 */
class CollectorFiltersTest {

    final CollectorFilters<String, String, String, String> loop = new CollectorFilters<>(16);

    static Map<String, String> reports(String... pairs) {
        Map<String, String> reports = new java.util.LinkedHashMap<>();
        for (String pair : pairs) {
            String[] parts = pair.split("=");
            reports.put(parts[0], parts[1]);
        }
        return reports;
    }

    static <T, F> Create<T, F> create(T... targets) {
        return new Create<>(List.of(targets));
    }

    static <T, F> Destroy<T, F> destroy(F... filters) {
        return new Destroy<>(List.of(filters));
    }

    /** w1 watches vm-1, its filter f1 is made on s1, and the loop waits. */
    void waitingOnVm1() {
        loop.add("vm-1", "w1");
        loop.next("s1");
        loop.created("vm-1", "f1", "s1");
        assertEquals(new WaitForUpdates<>(""), loop.next("s1"));
    }

    @Test
    void oneFilterPerTargetSharedByItsWatchers() {
        assertEquals(Added.STARTS, loop.add("vm-1", "w1"));
        assertEquals(Added.JOINED, loop.add("vm-1", "w2"));
        assertEquals(create("vm-1"), loop.next("s1"));
        loop.created("vm-1", "f1", "s1");
        assertEquals(Added.JOINED, loop.add("vm-1", "w3"), "a filter exists: nothing to do");
        assertEquals(new WaitForUpdates<>(""), loop.next("s1"));
        assertEquals(1, loop.filters());
        assertEquals(Map.of("w1", "v1", "w2", "v1", "w3", "v1"), loop.waited("5", reports("f1=v1")).signals());
        assertEquals(new WaitForUpdates<>("5"), loop.next("s1"), "the next wait goes on from the version seen");
    }

    @Test
    void aBurstOfNewTargetsIsMadeABatchAtATimeBesideTheWait() {
        CollectorFilters<String, String, String, String> small = new CollectorFilters<>(2);
        small.add("vm-1", "w1");
        small.add("vm-2", "w2");
        small.add("vm-3", "w3");
        assertEquals(create("vm-1", "vm-2"), small.next("s1"));
        assertEquals(new WaitForUpdates<>(""), small.next("s1"), "the batch goes beside the wait");
        assertEquals(Map.of(), small.created("vm-2", "f2", "s1").signals());
        assertEquals(List.of("vm-3"), small.besideWait("s1"), "room for one more beside the wait");
        assertEquals(List.of(), small.besideWait("s1"));
        assertEquals(Map.of("w2", "v2"), small.waited("1", reports("f2=v2", "f1=v1")).signals(),
                "vm-1's report came before its filter's answer: kept");
        assertEquals(Map.of("w1", "v1"), small.created("vm-1", "f1", "s1").signals(), "told once its filter is known");
        assertEquals(new WaitForUpdates<>("1"), small.next("s1"), "vm-3 is being made: nothing to make");
        assertEquals(Map.of(), small.created("vm-3", "f3", "s1").signals());
        assertEquals(3, small.filters());
    }

    @Test
    void aNewTargetDuringAWaitGetsItsFilterBesideTheWaitWhichReportsIt() {
        waitingOnVm1();
        assertTrue(loop.waitsOn("s1"));
        assertFalse(loop.waitsOn("s0"), "a wait on another session is not this one");
        assertEquals(Added.CREATES_BESIDE, loop.add("vm-2", "w2"));
        assertEquals(Added.CREATES_BESIDE, loop.add("vm-3", "w3"));
        assertEquals(List.of(), loop.besideWait("s0"), "not on another session");
        assertEquals(List.of("vm-2", "vm-3"), loop.besideWait("s1"));
        assertEquals(List.of(), loop.besideWait("s1"), "being made already");
        assertEquals(Added.JOINED, loop.add("vm-2", "w4"), "being made already");
        assertEquals(Map.of(), loop.created("vm-2", "f2", "s1").signals(), "nothing reported yet");
        // the wait reports both new filters; vm-3's answer has not come yet
        assertEquals(Map.of("w2", "v2", "w4", "v2"), loop.waited("6", reports("f2=v2", "f3=v3")).signals());
        assertEquals(new WaitForUpdates<>("6"), loop.next("s1"), "vm-3 is being made: nothing to make again");
        assertEquals(Map.of("w3", "v3"), loop.created("vm-3", "f3", "s1").signals(), "its report, kept until its filter was known");
        assertEquals(3, loop.filters());
    }

    @Test
    void aFilterWhoseCreateFilterFailedIsMadeAgainAfterTheWaitNotAtOnce() {
        waitingOnVm1();
        loop.add("vm-2", "w2");
        assertEquals(List.of("vm-2"), loop.besideWait("s1"));
        assertEquals(1, loop.notCreated("vm-2", "s1"), "its first failure");
        assertEquals(Added.JOINED, loop.add("vm-2", "w3"), "not made again at once, beside the same wait");
        assertEquals(List.of(), loop.besideWait("s1"));
        loop.waited("3", Map.of());
        assertEquals(create("vm-2"), loop.next("s1"), "made again after the wait");
        assertEquals(2, loop.notCreated("vm-2", "s1"));
        assertEquals(new WaitForUpdates<>("3"), loop.next("s1"), "not again in the same turn: the wait first");
    }

    @Test
    void aFilterAbandonedWhileOthersAreWatchedIsDestroyedAfterTheWaitWithoutInterruptingIt() {
        loop.add("vm-1", "w1");
        loop.add("vm-2", "w2");
        assertEquals(create("vm-1", "vm-2"), loop.next("s1"));
        loop.created("vm-1", "f1", "s1");
        loop.created("vm-2", "f2", "s1");
        assertEquals(new WaitForUpdates<>(""), loop.next("s1"));
        assertFalse(loop.remove("vm-1", "w1"), "vm-2 is still watched: the wait goes on");
        assertEquals(Map.of("w2", "v2"), loop.waited("7", reports("f1=v1", "f2=v2")).signals(), "the abandoned filter's report reaches no one");
        assertEquals(destroy("f1"), loop.next("s1"), "destroyed once the wait has ended");
        loop.destroyed("f1");
        assertEquals(new WaitForUpdates<>("7"), loop.next("s1"));
        assertTrue(loop.remove("vm-2", "w2"), "nothing watched any more: interrupt, so the loop can end");
    }

    @Test
    void theLastWatcherLeavingDuringAWaitInterruptsItAndTheLoopDestroysTheFilterThenStops() {
        loop.add("vm-1", "w1");
        loop.add("vm-1", "w2");
        loop.next("s1");
        loop.created("vm-1", "f1", "s1");
        loop.next("s1");
        assertFalse(loop.remove("vm-1", "w1"), "vm-1 is still watched");
        assertTrue(loop.remove("vm-1", "w2"), "its filter is abandoned: interrupt the wait");
        assertFalse(loop.remove("vm-1", "w2"), "gone already");
        loop.waited(null, Map.of());
        assertEquals(destroy("f1"), loop.next("s1"));
        assertEquals(1, loop.filters(), "counted until DestroyPropertyFilter has returned");
        loop.destroyed("f1");
        assertEquals(0, loop.filters());
        assertEquals(new Stop<>(), loop.next("s1"));
        assertTrue(loop.ended());
        assertEquals(Added.ENDED, loop.add("vm-1", "w3"), "an ended loop takes no one: a new loop follows");
        assertTrue(loop.created("vm-9", "f9", "s1").orphan(), "a filter made for an ended loop is the caller's to destroy");
    }

    @Test
    void watchersComingAndGoingWhileAFilterIsBeingMadeAreSeenByTheNextStep() {
        loop.add("vm-1", "w1");
        assertEquals(create("vm-1"), loop.next("s1"));
        // CreateFilter under way: no wait, whatever happens
        assertEquals(Added.JOINED, loop.add("vm-2", "w2"));
        assertFalse(loop.remove("vm-1", "w1"));
        loop.created("vm-1", "f1", "s1"); // made for no one now
        assertEquals(destroy("f1"), loop.next("s1"));
        loop.destroyed("f1");
        assertEquals(create("vm-2"), loop.next("s1"));
        loop.created("vm-2", "f2", "s1");
        assertEquals(new WaitForUpdates<>(""), loop.next("s1"));
    }

    @Test
    void aTargetWatchedAgainBeforeItsFilterWentKeepsIt() {
        waitingOnVm1();
        assertTrue(loop.remove("vm-1", "w1"));
        assertEquals(Added.JOINED, loop.add("vm-1", "w2"), "already interrupting");
        loop.waited(null, Map.of());
        assertEquals(new WaitForUpdates<>(""), loop.next("s1"), "its filter is still there: nothing to change");
        assertEquals(1, loop.filters());
    }

    @Test
    void onANewSessionTheFiltersAreMadeAgainAndReportedFromTheStart() {
        loop.add("vm-1", "w1");
        loop.add("task-1", "w2");
        loop.next("s1");
        loop.created("vm-1", "f1", "s1");
        loop.created("task-1", "f2", "s1");
        loop.next("s1");
        loop.waited("9", reports("f1=a", "f2=b"));
        assertEquals(new WaitForUpdates<>("9"), loop.next("s1"));
        // the wait found the session gone: retried on a fresh login, the turn is planned again on it
        assertEquals(create("vm-1", "task-1"), loop.next("s2"));
        assertEquals(0, loop.filters(), "the old session's filters went with it");
        assertEquals(Map.of(), loop.created("vm-1", "f0", "s1").signals(), "an answer on the old session changes nothing");
        assertEquals(0, loop.filters());
        loop.created("vm-1", "f3", "s2");
        loop.created("task-1", "f4", "s2");
        assertEquals(new WaitForUpdates<>(""), loop.next("s2"), "every filter's current value, from the start");
        assertEquals(Map.of("w1", "c"), loop.waited("1", reports("f3=c")).signals());
        assertEquals(Map.of(), loop.waited("2", reports("f1=d")).signals(), "an old session's filter names no one");
    }

    @Test
    void aFilterVcenterRefusesFailsItsOwnWatchersOnly() {
        loop.add("vm-gone", "w1");
        loop.add("vm-gone", "w2");
        loop.add("vm-1", "w3");
        assertEquals(create("vm-gone", "vm-1"), loop.next("s1"));
        assertEquals(List.of("w1", "w2"), loop.refused("vm-gone"));
        assertFalse(loop.remove("vm-gone", "w1"), "failed already");
        loop.created("vm-1", "f1", "s1");
        assertEquals(new WaitForUpdates<>(""), loop.next("s1"));
    }

    @Test
    void whenTheGuardGivesUpEveryWatcherFailsAndTheLoopEnds() {
        loop.add("vm-1", "w1");
        loop.add("vm-2", "w2");
        loop.next("s1");
        loop.created("vm-1", "f1", "s1");
        assertEquals(List.of("w1", "w2"), loop.failed());
        assertTrue(loop.ended());
        assertEquals(0, loop.filters());
        assertEquals(Added.ENDED, loop.add("vm-1", "w3"));
        assertFalse(loop.remove("vm-1", "w1"));
    }

    @Test
    void aLoopLeftByEveryoneBeforeItsFirstStepEndsWithoutTakingASession() {
        assertEquals(Added.STARTS, loop.add("vm-1", "w1"));
        loop.remove("vm-1", "w1");
        assertTrue(loop.endIfIdle());
        assertEquals(Added.ENDED, loop.add("vm-1", "w2"));
    }

    @Test
    void aLoopWithWorkLeftIsNotIdle() {
        loop.add("vm-1", "w1");
        assertFalse(loop.endIfIdle());
        loop.next("s1");
        loop.created("vm-1", "f1", "s1");
        loop.remove("vm-1", "w1");
        assertFalse(loop.endIfIdle(), "a filter to destroy first");
    }

    @Test
    void aFilterTheLoopDoesNotKnowWhileItMakesNoneIsAStrayToDestroy() {
        waitingOnVm1();
        CollectorFilters.Waited<String, String, String> waited = loop.waited("4", reports("f1=a", "f0=b"));
        assertEquals(Map.of("w1", "a"), waited.signals());
        assertEquals(List.of("f0"), waited.strays(), "made by a CreateFilter whose answer was lost");
    }

    @Test
    void aTargetLeftBeforeItsFailedFilterWasMadeAgainIsForgotten() {
        loop.add("vm-1", "w1");
        loop.next("s1");
        loop.remove("vm-1", "w1");
        assertEquals(0, loop.notCreated("vm-1", "s1"), "no one watches it: nothing to count");
        assertEquals(0, loop.notCreated("vm-1", "s0"), "another session: nothing to count");
        assertTrue(loop.endIfIdle());
    }

    /**
     * Watchers of a few targets come and go on eight threads (each holding a few at a time) while the loop
     * carries out its steps on its own thread (a wait ends when it is interrupted, or after a moment as
     * WaitForUpdatesEx's maxWait would), until the loop has taken 3,000 steps. Once everyone has left, the
     * loop stops, and every filter it made was destroyed, once.
     */
    @Test
    void concurrentComingsAndGoingsWhileStepsAreUnderWayLeaveNoFilterBehind() throws Exception {
        List<String> targets = List.of("vm-1", "vm-2", "vm-3", "task-1");
        Semaphore interrupted = new Semaphore(0);
        Set<String> destroyed = ConcurrentHashMap.newKeySet();
        List<String> wrong = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<String> madeFilters = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicInteger steps = new AtomicInteger();
        AtomicInteger refusedJoins = new AtomicInteger();
        AtomicInteger filterIds = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch done = new CountDownLatch(8);
        // the first watcher starts the loop and stays until the others are done
        assertEquals(Added.STARTS, loop.add("vm-1", "keeper"));
        for (int t = 0; t < 8; t++) {
            int thread = t;
            pool.execute(() -> {
                List<String[]> held = new ArrayList<>();
                try {
                    for (int i = 0; steps.get() < 3_000; i++) {
                        ThreadLocalRandom random = ThreadLocalRandom.current();
                        if (held.size() < 3 && (held.isEmpty() || random.nextBoolean())) {
                            String[] watch = { targets.get(random.nextInt(targets.size())), "w" + thread + "-" + i };
                            Added added = loop.add(watch[0], watch[1]);
                            if (added == Added.ENDED) {
                                refusedJoins.incrementAndGet();
                                continue;
                            }
                            if (added == Added.CREATES_BESIDE) {
                                // made beside the wait, on this thread, as the loop does on any thread
                                for (String target : loop.besideWait("s1")) {
                                    String filter = "b" + filterIds.incrementAndGet();
                                    madeFilters.add(filter);
                                    if (loop.created(target, filter, "s1").orphan()) {
                                        destroyed.add(filter); // the loop ended meanwhile: the caller destroys it
                                    }
                                }
                            }
                            held.add(watch);
                        } else if (loop.remove(held.get(0)[0], held.remove(0)[1])) {
                            interrupted.release();
                        }
                        Thread.yield();
                    }
                } finally {
                    for (String[] watch : held) {
                        if (loop.remove(watch[0], watch[1])) {
                            interrupted.release();
                        }
                    }
                    done.countDown();
                }
            });
        }
        Thread stepper = new Thread(() -> {
            while (true) {
                steps.incrementAndGet();
                Step<String, String> step = loop.next("s1");
                if (step instanceof Create<String, String> create) {
                    for (String target : create.targets()) {
                        String filter = "f" + filterIds.incrementAndGet();
                        madeFilters.add(filter);
                        loop.created(target, filter, "s1");
                    }
                } else if (step instanceof Destroy<String, String> destroy) {
                    for (String filter : destroy.filters()) {
                        if (!destroyed.add(filter)) {
                            wrong.add("destroyed twice: " + filter);
                        }
                        loop.destroyed(filter);
                    }
                } else if (step instanceof WaitForUpdates) {
                    try {
                        interrupted.tryAcquire(1, TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        return;
                    }
                    loop.waited(null, Map.of());
                    if (loop.endIfIdle()) {
                        return;
                    }
                } else if (step instanceof Stop) {
                    return;
                } else {
                    wrong.add("a step out of turn: " + step);
                    return;
                }
            }
        });
        stepper.start();
        assertTrue(done.await(60, TimeUnit.SECONDS));
        pool.shutdown();
        loop.remove("vm-1", "keeper");
        interrupted.release(); // the wait under way, if any, ends
        stepper.join(TimeUnit.SECONDS.toMillis(60));
        assertFalse(stepper.isAlive(), "the loop stopped once everyone had left");
        assertEquals(List.of(), wrong);
        assertTrue(loop.ended());
        assertEquals(0, refusedJoins.get(), "the keeper held the loop open for everyone");
        assertEquals(0, loop.filters());
        assertTrue(madeFilters.size() > targets.size(), "filters were made again after being abandoned: " + madeFilters.size());
        assertEquals(Set.copyOf(madeFilters), destroyed, "every filter made was destroyed");
    }
}
