package io.vcgate.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.vcgate.soap.FilterPlan.Create;
import io.vcgate.soap.FilterPlan.CreateBeside;
import io.vcgate.soap.FilterPlan.Destroy;
import io.vcgate.soap.FilterPlan.Interrupt;
import io.vcgate.soap.FilterPlan.KeepWaiting;
import io.vcgate.soap.FilterPlan.Step;
import io.vcgate.soap.FilterPlan.Stop;
import io.vcgate.soap.FilterPlan.WaitForUpdates;

/** The PropertyCollector loop's next step, from what is watched and what exists: no vCenter, no Mutiny. */
class FilterPlanTest {

    static Set<String> set(String... targets) {
        return new LinkedHashSet<>(List.of(targets));
    }

    /** Filters made, as target=filter pairs. */
    static Map<String, String> made(String... pairs) {
        Map<String, String> made = new LinkedHashMap<>();
        for (String pair : pairs) {
            String[] parts = pair.split("=");
            made.put(parts[0], parts[1]);
        }
        return made;
    }

    static Step<String, String> next(Set<String> wanted, Map<String, String> made, String version) {
        return FilterPlan.next(wanted, made, set(), version, 16);
    }

    @Test
    void targetsWatchedWithoutAFilterGetOneABatchAtATime() {
        assertEquals(new Create<>(List.of("vm-1")), next(set("vm-1"), made(), ""));
        assertEquals(new Create<>(List.of("vm-2")), next(set("vm-1", "vm-2"), made("vm-1=f1"), "3"));
        assertEquals(new Create<>(List.of("vm-1", "vm-2")), FilterPlan.next(set("vm-1", "vm-2", "vm-3"), made(), set(), "", 2),
                "at most a batch, in the order they were first watched");
        assertEquals(new Create<>(List.of("vm-2")), FilterPlan.next(set("vm-1", "vm-2", "vm-3"), made(), set("vm-1"), "", 2),
                "not those being made, and at most a batch under way");
        assertEquals(new WaitForUpdates<>(""), FilterPlan.next(set("vm-1", "vm-2", "vm-3"), made(), set("vm-1", "vm-2"), "", 2),
                "a batch under way: the wait reports it, and its answer makes room for the next");
    }

    @Test
    void whenEveryWatchedTargetHasItsFilterTheLoopWaitsFromTheLastVersion() {
        assertEquals(new WaitForUpdates<>(""), next(set("vm-1"), made("vm-1=f1"), ""));
        assertEquals(new WaitForUpdates<>("7"), next(set("vm-1", "task-1"), made("vm-1=f1", "task-1=f2"), "7"));
        assertEquals(new WaitForUpdates<>("7"), FilterPlan.next(set("vm-1", "vm-2"), made("vm-1=f1"), set("vm-2"), "7", 16),
                "a filter still being made beside a wait is reported by the next one");
    }

    @Test
    void abandonedFiltersAreDestroyedFirst() {
        // vm-2 is no longer watched: its filter goes before vm-3's is made
        assertEquals(new Destroy<>(List.of("f2")), next(set("vm-1", "vm-3"), made("vm-1=f1", "vm-2=f2"), "4"));
        assertEquals(new Destroy<>(List.of("f1", "f2")), next(set(), made("vm-1=f1", "vm-2=f2"), "4"), "a batch at once");
        assertEquals(new Destroy<>(List.of("f1")), FilterPlan.next(set(), made("vm-1=f1", "vm-2=f2"), set(), "4", 1));
        // the last watcher left and its filter went: the loop stops
        assertEquals(new Stop<>(), next(set(), made(), "4"));
    }

    @Test
    void aTargetWatchedAgainBeforeItsFilterWasDestroyedKeepsIt() {
        assertEquals(new WaitForUpdates<>("4"), next(set("vm-1"), made("vm-1=f1"), "4"));
    }

    @Test
    void duringAWaitANewTargetsFilterIsMadeBesideItAndOnlyTheLastWatcherLeavingInterruptsIt() {
        assertEquals(new KeepWaiting<>(), FilterPlan.duringWait(set("vm-1"), made("vm-1=f1"), set(), false, 16));
        assertEquals(new CreateBeside<>(List.of("vm-2", "vm-3")), FilterPlan.duringWait(set("vm-1", "vm-2", "vm-3"), made("vm-1=f1"), set(), false, 16),
                "new targets: no interruption");
        assertEquals(new CreateBeside<>(List.of("vm-3")), FilterPlan.duringWait(set("vm-1", "vm-2", "vm-3"), made("vm-1=f1"), set("vm-2"), false, 16),
                "not those being made");
        assertEquals(new KeepWaiting<>(), FilterPlan.duringWait(set("vm-1", "vm-2", "vm-3"), made("vm-1=f1"), set("vm-2"), false, 1),
                "no room: made once the calls under way are answered");
        assertEquals(new KeepWaiting<>(), FilterPlan.duringWait(set("vm-2"), made("vm-1=f1", "vm-2=f2"), set(), false, 16),
                "an abandoned filter waits for the wait's end");
        assertEquals(new Interrupt<>(), FilterPlan.duringWait(set(), made("vm-1=f1"), set(), false, 16), "no one watches anything");
    }

    @Test
    void aWaitIsInterruptedOnce() {
        assertEquals(new KeepWaiting<>(), FilterPlan.duringWait(set(), made("vm-1=f1"), set(), true, 16));
        assertEquals(new KeepWaiting<>(), FilterPlan.duringWait(set("vm-2"), made("vm-1=f1"), set(), true, 16));
    }
}
