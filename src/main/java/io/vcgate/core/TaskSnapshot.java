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
        OffsetDateTime completedAt,
        Details details) {

    /** A snapshot without the TaskInfo facts only vCenter's own dialect answers with (a Task as started, a test's value). */
    public TaskSnapshot(String id, String vm, State state, Integer progress, Fault error, OffsetDateTime queuedAt,
            OffsetDateTime startedAt, OffsetDateTime completedAt) {
        this(id, vm, state, progress, error, queuedAt, startedAt, completedAt, null);
    }

    /**
     * The rest of vCenter's TaskInfo that its VI/JSON form requires (descriptionId, the entity's name,
     * cancelled, cancelable, the user whose call started it, eventChainId): what vcgate's {@code /v1} does not show.
     */
    public record Details(String descriptionId, String entityName, boolean cancelled, boolean cancelable, String reasonUser,
            int eventChainId) {
    }

    public enum State { QUEUED, RUNNING, SUCCESS, ERROR }

    public boolean finished() {
        return state == State.SUCCESS || state == State.ERROR;
    }

    /**
     * The fault a Task ended in (its TaskInfo.error), as a value: its category, the vSphere fault name and
     * vCenter's message. Categorised as the same fault thrown by a call ({@link FaultCategory#ofVimFault}).
     */
    public record Fault(FaultCategory category, String fault, String message, VimFaultFields fields) {

        public Fault(FaultCategory category, String fault, String message) {
            this(category, fault, message, VimFaultFields.NONE);
        }

        public static Fault of(BackendFailure failure) {
            return new Fault(failure.category(), failure.fault(), failure.getMessage(), failure.fields());
        }

        /** The fault as if vCenter had thrown it from the call: what a waited-for abort whose Task failed answers. */
        public BackendFailure thrown() {
            return new BackendFailure(category, fault, BackendFailure.Origin.ANSWER, message, null, fields);
        }
    }
}
