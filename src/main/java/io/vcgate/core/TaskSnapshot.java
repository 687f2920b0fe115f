package io.vcgate.core;

import java.time.OffsetDateTime;

/**
 * What vCenter's TaskInfo says of a Task at one moment. A value: two reads that found the Task the same
 * are equal, a failed Task's fault included, so a watch tells a repeated state once.
 */
public record TaskSnapshot(
        String id,
        String vm,
        State state,
        Integer progress,
        Fault error,
        OffsetDateTime queuedAt,
        OffsetDateTime startedAt,
        OffsetDateTime completedAt) {

    public enum State { QUEUED, RUNNING, SUCCESS, ERROR }

    public boolean finished() {
        return state == State.SUCCESS || state == State.ERROR;
    }

    /**
     * The fault a Task ended in (its TaskInfo.error), as a value: its category, the vSphere fault name and
     * vCenter's message. Categorised as the same fault thrown by a call ({@link FaultCategory#ofVimFault}).
     */
    public record Fault(FaultCategory category, String fault, String message) {

        public static Fault of(BackendFailure failure) {
            return new Fault(failure.category(), failure.fault(), failure.getMessage());
        }

        /** The fault as if vCenter had thrown it from the call: what a waited-for abort whose Task failed answers. */
        public BackendFailure thrown() {
            return new BackendFailure(category, fault, BackendFailure.Origin.ANSWER, message, null);
        }
    }
}
