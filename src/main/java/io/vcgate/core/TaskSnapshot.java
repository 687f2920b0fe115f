package io.vcgate.core;

import java.time.OffsetDateTime;

/** What vCenter's TaskInfo says of a Task at one moment. */
public record TaskSnapshot(
        String id,
        String vm,
        State state,
        Integer progress,
        BackendFailure error,
        OffsetDateTime queuedAt,
        OffsetDateTime startedAt,
        OffsetDateTime completedAt) {

    public enum State { QUEUED, RUNNING, SUCCESS, ERROR }

    public boolean finished() {
        return state == State.SUCCESS || state == State.ERROR;
    }
}
