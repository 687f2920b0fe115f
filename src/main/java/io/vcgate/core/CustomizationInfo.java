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

    /** An error message; id and args where vCenter gives them. */
    public record Message(String id, String message, List<String> args) {
        public Message {
            args = args == null ? List.of() : List.copyOf(args);
        }
    }
}
