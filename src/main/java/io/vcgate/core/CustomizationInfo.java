package io.vcgate.core;

import java.time.OffsetDateTime;
import java.util.List;

/** The guest customization status of one VM, whichever vCenter API answered. */
public record CustomizationInfo(
        String vm,
        Status status,
        Message error,
        OffsetDateTime startTime,
        OffsetDateTime endTime,
        Source source) {

    public enum Status { NOT_AVAILABLE, PENDING, RUNNING, SUCCEEDED, FAILED }

    /** Which API answered: REST customization-live (vSphere 9.0+) or vim25 guest.customizationInfo. */
    public enum Source { CUSTOMIZATION_LIVE, GUEST_CUSTOMIZATION_INFO }

    /** An error message; id and args where vCenter gives them; the failure event vCenter logged, where read. */
    public record Message(String id, String message, List<String> args, FailureEvent event) {
        public Message {
            args = args == null ? List.of() : List.copyOf(args);
        }

        public Message(String id, String message, List<String> args) {
            this(id, message, args, null);
        }
    }

    /** vCenter's customization failure event (CustomizationFailed or a subtype): what Tools reported from the guest. */
    public record FailureEvent(String type, String reason, String message, OffsetDateTime createdTime, String logLocation) {
    }

    public boolean ended() {
        return status == Status.SUCCEEDED || status == Status.FAILED;
    }

    /** This status with the failure event added to its error (a FAILED status without an error gets one from the event). */
    public CustomizationInfo withFailureEvent(FailureEvent event) {
        Message withEvent = error == null ? new Message(null, event.message() == null ? event.type() : event.message(), null, event)
                : new Message(error.id(), error.message(), error.args(), event);
        return new CustomizationInfo(vm, status, withEvent, startTime, endTime, source);
    }
}
