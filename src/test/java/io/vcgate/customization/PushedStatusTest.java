package io.vcgate.customization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.vcgate.core.BackendFailure;
import io.vcgate.core.CustomizationInfo;
import io.vcgate.core.CustomizationInfo.Source;
import io.vcgate.core.CustomizationInfo.Status;
import io.vcgate.core.FaultCategory;
import io.vcgate.customization.PushedStatus.Next;

/** What a customization feed makes of a pushed guest.customizationInfo value: no vCenter. */
class PushedStatusTest {

    static final OffsetDateTime START = OffsetDateTime.parse("2026-12-03T10:00:00Z");
    static final OffsetDateTime END = START.plusSeconds(90);
    static final Source LIVE = Source.CUSTOMIZATION_LIVE;
    static final Source GUEST = Source.GUEST_CUSTOMIZATION_INFO;

    static CustomizationInfo info(Status status, OffsetDateTime start, OffsetDateTime end, Source source) {
        return new CustomizationInfo("vm-1", status, null, start, end, source);
    }

    static Optional<CustomizationInfo> pushed(Status status, OffsetDateTime start, OffsetDateTime end) {
        return Optional.of(info(status, start, end, Source.GUEST_CUSTOMIZATION_INFO));
    }

    @Test
    void whereStatusesComeFromGuestCustomizationInfoThePushedValueIsTheStatus() {
        CustomizationInfo last = info(Status.PENDING, START, null, Source.GUEST_CUSTOMIZATION_INFO);
        assertEquals(Next.TELL_PUSHED, PushedStatus.next(GUEST, last, pushed(Status.RUNNING, START, null)));
        assertEquals(Next.TELL_PUSHED, PushedStatus.next(GUEST, last, pushed(Status.PENDING, START, null)), "a repeat: the feed drops it");
        assertEquals(Next.TELL_PUSHED, PushedStatus.next(GUEST, last, pushed(Status.FAILED, START, END)));
    }

    @Test
    void whereStatusesComeFromCustomizationLiveOnlyAChangeItWouldShowIsRead() {
        CustomizationInfo running = info(Status.RUNNING, START, null, Source.CUSTOMIZATION_LIVE);
        assertEquals(Next.NOTHING_NEW, PushedStatus.next(LIVE, running, pushed(Status.PENDING, START, null)),
                "the filter's first report of a pending run: customization-live says RUNNING already");
        assertEquals(Next.NOTHING_NEW, PushedStatus.next(LIVE, running, pushed(Status.RUNNING, START, null)), "PENDING to RUNNING");
        assertEquals(Next.NOTHING_NEW, PushedStatus.next(LIVE, running,
                pushed(Status.RUNNING, START.withOffsetSameInstant(ZoneOffset.ofHours(2)), null)), "the same instant in another offset");
        assertEquals(Next.NOTHING_NEW, PushedStatus.next(LIVE, running, pushed(Status.RUNNING, START.plusNanos(999_000), null)),
                "the same moment, written to another fraction of a second");
        assertEquals(Next.READ, PushedStatus.next(LIVE, running, pushed(Status.SUCCEEDED, START, END)), "the end");
        assertEquals(Next.READ, PushedStatus.next(LIVE, running, pushed(Status.FAILED, START, END)));
        assertEquals(Next.READ, PushedStatus.next(LIVE, running, pushed(Status.RUNNING, START.plusSeconds(300), null)), "another run");
        CustomizationInfo idle = info(Status.NOT_AVAILABLE, null, null, Source.CUSTOMIZATION_LIVE);
        assertEquals(Next.NOTHING_NEW, PushedStatus.next(LIVE, idle, pushed(Status.NOT_AVAILABLE, null, null)));
        assertEquals(Next.READ, PushedStatus.next(LIVE, idle, pushed(Status.PENDING, START, null)), "a run starts");
        CustomizationInfo ended = info(Status.SUCCEEDED, START, END, Source.CUSTOMIZATION_LIVE);
        assertEquals(Next.NOTHING_NEW, PushedStatus.next(LIVE, ended, pushed(Status.SUCCEEDED, START, END)), "the end reported again after a restart");
    }

    @Test
    void aStatusToldFromAPushedValueWhenAReadFailedIsNotCustomizationLivesSoTheNextPushIsRead() {
        CustomizationInfo fallback = info(Status.RUNNING, START, null, Source.GUEST_CUSTOMIZATION_INFO);
        assertEquals(Next.READ, PushedStatus.next(LIVE, fallback, pushed(Status.RUNNING, START, null)));
        assertEquals(Next.READ, PushedStatus.next(LIVE, info(Status.RUNNING, START, null, Source.GUEST_CUSTOMIZATION_INFO),
                pushed(Status.SUCCEEDED, START, END)), "a vCenter upgraded to 9.0 meanwhile reads from customization-live");
    }

    @Test
    void aReportWithoutAValueOrNothingToldYetIsRead() {
        assertEquals(Next.READ, PushedStatus.next(LIVE, info(Status.RUNNING, START, null, Source.CUSTOMIZATION_LIVE), Optional.empty()),
                "the VM left the filter: only a read says what it is");
        assertEquals(Next.READ, PushedStatus.next(GUEST, info(Status.RUNNING, START, null, Source.GUEST_CUSTOMIZATION_INFO), Optional.empty()));
        assertEquals(Next.READ, PushedStatus.next(LIVE, null, pushed(Status.RUNNING, START, null)));
    }

    @Test
    void aReadThatCannotBeMadeNowIsUnreadableButAnAnswerIsNot() {
        assertTrue(PushedStatus.unreadable(BackendFailure.gateway(FaultCategory.UNAVAILABLE, "full")));
        assertTrue(PushedStatus.unreadable(BackendFailure.answer(FaultCategory.TIMEOUT, "late")));
        assertTrue(PushedStatus.unreadable(BackendFailure.answer(FaultCategory.BAD_GATEWAY, "an HTML page")));
        assertFalse(PushedStatus.unreadable(BackendFailure.answer(FaultCategory.NOT_FOUND, "gone")));
        assertFalse(PushedStatus.unreadable(BackendFailure.answer(FaultCategory.FORBIDDEN, "no")));
        assertFalse(PushedStatus.unreadable(new IllegalStateException("a bug")));
    }
}
