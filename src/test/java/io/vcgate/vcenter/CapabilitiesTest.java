package io.vcgate.vcenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;

/** What a vCenter can do: learned once, again after a restart, and customization-live's own answer as a fallback; on a fake clock. */
class CapabilitiesTest {

    static final Capabilities.Known V90 = new Capabilities.Known("9.0.0.0", true, true);
    static final Capabilities.Known V803 = new Capabilities.Known("8.0.3.0", true, true);
    static final Duration RECHECK = Duration.ofMinutes(10);

    final AtomicLong now = new AtomicLong();
    final AtomicLong restarts = new AtomicLong();
    final List<Capabilities.Known> told = new ArrayList<>();
    final Capabilities capabilities = new Capabilities(restarts::get, told::add, now::get);

    /** Reads of the ServiceContent, each answered by hand. */
    final List<UniEmitter<? super Capabilities.Known>> reads = new ArrayList<>();
    final Supplier<Uni<Capabilities.Known>> read = () -> Uni.createFrom().emitter(reads::add);

    List<Capabilities.Known> learnTwice() {
        List<Capabilities.Known> got = new ArrayList<>();
        capabilities.learn(read).subscribe().with(got::add);
        capabilities.learn(read).subscribe().with(got::add);
        return got;
    }

    @Test
    void theyAreReadOnceForEveryoneWhoAsksMeanwhileAndKept() {
        List<Capabilities.Known> got = learnTwice();
        assertEquals(1, reads.size(), "one read");
        reads.get(0).complete(V90);
        assertEquals(List.of(V90, V90), got);
        assertEquals(List.of(V90), told, "the session pool is told once");
        got.clear();
        capabilities.learn(read).subscribe().with(got::add);
        assertEquals(List.of(V90), got);
        assertEquals(1, reads.size(), "kept");
    }

    @Test
    void aFailedReadIsNotKept() {
        List<Throwable> failures = new ArrayList<>();
        capabilities.learn(read).subscribe().with(x -> {
        }, failures::add);
        reads.get(0).fail(new IllegalStateException("vCenter is restarting"));
        assertEquals(1, failures.size());
        assertEquals(List.of(), told, "nothing learned");
        learnTwice();
        assertEquals(2, reads.size(), "read again, once");
    }

    @Test
    void aRestartSeenMeansOneReadAgainForEveryone() {
        learnTwice();
        reads.get(0).complete(new Capabilities.Known("8.0.2.0", true, true));
        restarts.incrementAndGet(); // the session pool saw a lost session
        List<Capabilities.Known> got = learnTwice();
        assertEquals(2, reads.size(), "read again once");
        reads.get(1).complete(V803);
        assertEquals(List.of(V803, V803), got, "an upgrade is picked up");
        assertTrue(told.get(told.size() - 1).unifiedSessions());
        learnTwice();
        assertEquals(2, reads.size());
    }

    @Test
    void aRestartSeenMeansReadingThemAgain() {
        learnTwice();
        reads.get(0).complete(V90);
        restarts.incrementAndGet(); // upgraded: restarted
        learnTwice();
        assertEquals(2, reads.size());
    }

    @Test
    void customizationLiveIsAskedWhereTheVersionHasItOrIsNotKnown() {
        assertTrue(capabilities.customizationLive(), "not known: ask");
        capabilities.learn(read).subscribe().with(x -> {
        });
        reads.get(0).complete(V803);
        assertFalse(capabilities.customizationLive(), "8.0.3 has none: never asked");
        restarts.incrementAndGet(); // upgraded: restarted
        capabilities.learn(read).subscribe().with(x -> {
        });
        reads.get(1).complete(V90);
        assertTrue(capabilities.customizationLive());
    }

    @Test
    void vCentersAnswerThatCustomizationLiveDoesNotExistIsBelievedForTheRecheckThenAskedAgain() {
        capabilities.learn(read).subscribe().with(x -> {
        });
        reads.get(0).complete(V90);
        capabilities.customizationLiveMissing(RECHECK);
        assertFalse(capabilities.customizationLive());
        now.addAndGet(RECHECK.toNanos() - 1);
        assertFalse(capabilities.customizationLive());
        now.addAndGet(1);
        assertTrue(capabilities.customizationLive(), "asked again");
    }

    @Test
    void aRestartOrAnAnswerEndsTheBeliefThatCustomizationLiveIsMissing() {
        capabilities.customizationLiveMissing(RECHECK);
        assertFalse(capabilities.customizationLive());
        restarts.incrementAndGet();
        assertTrue(capabilities.customizationLive(), "a restarted vCenter may have been upgraded");
        capabilities.customizationLiveMissing(RECHECK);
        capabilities.customizationLiveAnswered();
        assertTrue(capabilities.customizationLive());
    }

    @Test
    void theVersionSaysWhatTheVcenterCanDo() {
        assertTrue(V803.unifiedSessions());
        assertFalse(V803.customizationLive());
        assertTrue(V90.unifiedSessions());
        assertTrue(V90.customizationLive());
        assertFalse(new Capabilities.Known("8.0.2.0", true, true).unifiedSessions());
        assertTrue(new Capabilities.Known("8.0.3", true, true).unifiedSessions());
        assertTrue(new Capabilities.Known("10.0", true, true).customizationLive());
        assertFalse(new Capabilities.Known("7.0.3.0", true, true).unifiedSessions());
        assertFalse(new Capabilities.Known(null, true, true).unifiedSessions(), "an unreadable version is older than any");
        assertFalse(new Capabilities.Known("8.x", true, true).unifiedSessions());
    }
}
