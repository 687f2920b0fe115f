package io.vcgate.customization;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

import io.vcgate.core.BackendFailure;
import io.vcgate.core.CustomizationInfo;
import io.vcgate.core.FaultCategory;

/**
 * What a customization feed makes of a guest.customizationInfo value vCenter pushed, against the last
 * status it told: a pure function ({@code PushedStatusTest}).
 *
 * <p>The pushed value is vim25's {@code guest.customizationInfo}: where the feed's statuses are read from
 * that property too (vCenters before 9.0, or {@code customization-source=SOAP}), it is what a read would
 * answer, and is told as it is (a read would only cost a call). Where they are read from customization-live
 * (9.0+), a read is made only when the pushed value may change what customization-live says: its status
 * as customization-live names it (which has no PENDING: a pending customization reads RUNNING there), its
 * start or its end differ from the last status told. A farm's run is then read three times (when its
 * watch opens, when it runs and its start time appears, when it ends; a fourth when the watch opened
 * before the run began) instead of on every change: the filter's first report and a report of what was
 * read already change nothing there. A status told from a pushed value because a read could not be made
 * is not customization-live's: the next pushed value is read again.
 */
final class PushedStatus {

    private PushedStatus() {
    }

    /** What the feed does with a pushed value. */
    enum Next {
        /** Nothing that the feed's statuses say has changed: the last status stands. */
        NOTHING_NEW,
        /** The pushed value is the status (with the failure event added to a FAILED one). */
        TELL_PUSHED,
        /** Read the status from the feed's API. */
        READ
    }

    /**
     * What to do with {@code pushed} (empty: vCenter's report carried no value) after {@code last} (null:
     * none told yet), when a read would answer from {@code reads}: the API the feed's statuses are read from now.
     */
    static Next next(CustomizationInfo.Source reads, CustomizationInfo last, Optional<CustomizationInfo> pushed) {
        if (pushed.isEmpty() || last == null) {
            return Next.READ;
        }
        if (reads == CustomizationInfo.Source.GUEST_CUSTOMIZATION_INFO) {
            return Next.TELL_PUSHED;
        }
        CustomizationInfo value = pushed.get();
        boolean same = last.source() == CustomizationInfo.Source.CUSTOMIZATION_LIVE && asLive(value.status()) == last.status()
                && sameInstant(value.startTime(), last.startTime()) && sameInstant(value.endTime(), last.endTime());
        return same ? Next.NOTHING_NEW : Next.READ;
    }

    /** A guest.customizationInfo status as customization-live names it: it has no PENDING. */
    static CustomizationInfo.Status asLive(CustomizationInfo.Status status) {
        return status == CustomizationInfo.Status.PENDING ? CustomizationInfo.Status.RUNNING : status;
    }

    /**
     * The same moment as two APIs write it: within a second, since they need not keep the same fraction of
     * it (a vim25 dateTime and a vAPI DateTime of one moment may differ below the millisecond); a run that
     * starts within a second of the one before is not told apart, the rest are.
     */
    static boolean sameInstant(OffsetDateTime a, OffsetDateTime b) {
        return a == null ? b == null : b != null && Duration.between(a, b).abs().compareTo(Duration.ofSeconds(1)) < 0;
    }

    /**
     * Whether a read after a push could not be made for now (vCenter or the way to it unavailable, a
     * timeout, this gateway's own limits): then the pushed value, vCenter's own word under its own
     * {@code source}, is told rather than ending the watch on a run that may just have ended.
     */
    static boolean unreadable(Throwable failure) {
        return failure instanceof BackendFailure f && (f.category() == FaultCategory.UNAVAILABLE || f.category() == FaultCategory.TIMEOUT
                || f.category() == FaultCategory.BAD_GATEWAY);
    }
}
