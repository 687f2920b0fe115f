package io.vcgate.facade;

import jakarta.ws.rs.core.Response;

import io.vcgate.core.TaskSnapshot;
import io.vcgate.customization.CustomizationService;

/**
 * The answer to an abort: 202 with {@code Location} while the Task is queued or running (or when no
 * wait was asked for); 200 when a waited-for Task succeeded; the fault's own problem when a waited-for
 * Task ended in error, exactly as if vCenter had thrown it from the call.
 */
final class TaskResponses {

    private TaskResponses() {
    }

    /** The answer, {@code Location} under {@code tasks} ({@code /v1/tasks/} or {@code /v1/vcenters/<name>/tasks/}). */
    static Response of(CustomizationService.Abort abort, String tasks) {
        TaskSnapshot task = abort.task();
        if (abort.waited() && task.state() == TaskSnapshot.State.ERROR && task.error() != null) {
            throw task.error().thrown();
        }
        if (abort.waited() && task.state() == TaskSnapshot.State.SUCCESS) {
            return Response.ok(Views.task(task)).build();
        }
        // a relative Location (RFC 9110), right behind any proxy; JAX-RS's location() would make it absolute
        return Response.accepted(Views.task(task)).header("Location", tasks + task.id()).build();
    }
}
