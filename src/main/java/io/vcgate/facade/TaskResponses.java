package io.vcgate.facade;

import jakarta.ws.rs.core.Response;

import io.vcgate.core.TaskSnapshot;

/**
 * The answer to an abort: 202 with {@code Location} while the Task is queued or running (or when no
 * wait was asked for); 200 when a waited-for Task succeeded; the fault's own problem when a waited-for
 * Task ended in error, exactly as if vCenter had thrown it from the call.
 */
final class TaskResponses {

    private TaskResponses() {
    }

    static Response of(TaskSnapshot snapshot, boolean waited) {
        if (waited && snapshot.state() == TaskSnapshot.State.ERROR && snapshot.error() != null) {
            throw snapshot.error();
        }
        if (waited && snapshot.state() == TaskSnapshot.State.SUCCESS) {
            return Response.ok(Views.task(snapshot)).build();
        }
        // a relative Location (RFC 9110), right behind any proxy; JAX-RS's location() would make it absolute
        return Response.accepted(Views.task(snapshot)).header("Location", "/v1/tasks/" + snapshot.id()).build();
    }

    /** What is known of a Task whose info could not be read right after it was started. */
    static TaskSnapshot started(String task, String vm) {
        return new TaskSnapshot(task, vm, TaskSnapshot.State.QUEUED, 0, null, null, null, null);
    }
}
