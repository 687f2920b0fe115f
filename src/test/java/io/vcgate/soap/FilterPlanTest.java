package io.vcgate.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.vcgate.soap.FilterPlan.Create;
import io.vcgate.soap.FilterPlan.Destroy;
import io.vcgate.soap.FilterPlan.Interrupt;
import io.vcgate.soap.FilterPlan.KeepWaiting;
import io.vcgate.soap.FilterPlan.Step;
import io.vcgate.soap.FilterPlan.Stop;
import io.vcgate.soap.FilterPlan.Wait;
import io.vcgate.soap.FilterPlan.WaitForUpdates;

/** The PropertyCollector loop's next step, from what is watched and what exists: no vCenter, no Mutiny. */
class FilterPlanTest {

    static Set<String> wanted(String... targets) {
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

    static Step<String, String> next(Set<String> wanted, Map<String, String> made, String version, Wait wait) {
        return FilterPlan.next(wanted, made, version, wait);
    }

    @Test
    void aTargetWatchedWithoutAFilterGetsOne() {
        assertEquals(new Create<>("vm-1"), next(wanted("vm-1"), made(), "", Wait.NONE));
        assertEquals(new Create<>("vm-2"), next(wanted("vm-1", "vm-2"), made("vm-1=f1"), "3", Wait.NONE));
    }

    @Test
    void whenEveryWatchedTargetHasItsFilterTheLoopWaitsFromTheLastVersion() {
        assertEquals(new WaitForUpdates<>(""), next(wanted("vm-1"), made("vm-1=f1"), "", Wait.NONE));
        assertEquals(new WaitForUpdates<>("7"), next(wanted("vm-1", "task-1"), made("vm-1=f1", "task-1=f2"), "7", Wait.NONE));
    }

    @Test
    void anAbandonedFilterIsDestroyedFirst() {
        // vm-2 is no longer watched: its filter goes before vm-3's is made
        assertEquals(new Destroy<>("f2"), next(wanted("vm-1", "vm-3"), made("vm-1=f1", "vm-2=f2"), "4", Wait.NONE));
        // the last watcher left: its filter goes, then the loop stops
        assertEquals(new Destroy<>("f1"), next(wanted(), made("vm-1=f1"), "4", Wait.NONE));
        assertEquals(new Stop<>(), next(wanted(), made(), "4", Wait.NONE));
    }

    @Test
    void aTargetWatchedAgainBeforeItsFilterWasDestroyedKeepsIt() {
        assertEquals(new WaitForUpdates<>("4"), next(wanted("vm-1"), made("vm-1=f1"), "4", Wait.NONE));
    }

    @Test
    void duringAWaitOnlyAChangeOfFiltersInterruptsIt() {
        assertEquals(new KeepWaiting<>(), next(wanted("vm-1"), made("vm-1=f1"), "4", Wait.PENDING));
        assertEquals(new Interrupt<>(), next(wanted("vm-1", "vm-2"), made("vm-1=f1"), "4", Wait.PENDING), "a new target");
        assertEquals(new Interrupt<>(), next(wanted(), made("vm-1=f1"), "4", Wait.PENDING), "an abandoned filter");
        assertEquals(new Interrupt<>(), next(wanted("vm-2"), made("vm-1=f1"), "4", Wait.PENDING), "both");
    }

    @Test
    void aWaitIsInterruptedOnce() {
        assertEquals(new KeepWaiting<>(), next(wanted("vm-1", "vm-2"), made("vm-1=f1"), "4", Wait.INTERRUPTED));
        assertEquals(new KeepWaiting<>(), next(wanted(), made("vm-1=f1"), "4", Wait.INTERRUPTED));
    }

    @Test
    void theFiltersAreInStepWhenTheyAreExactlyThoseWanted() {
        assertEquals(true, FilterPlan.inStep(wanted("a", "b"), made("b=f2", "a=f1")));
        assertEquals(false, FilterPlan.inStep(wanted("a", "b"), made("a=f1")));
        assertEquals(false, FilterPlan.inStep(wanted("a"), made("a=f1", "b=f2")));
        assertEquals(true, FilterPlan.inStep(wanted(), made()));
    }
}
