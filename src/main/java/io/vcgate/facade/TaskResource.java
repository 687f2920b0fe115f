package io.vcgate.facade;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;
import io.vcgate.customization.CustomizationService;
import io.vcgate.facade.api.TasksApi;

/** {@code /v1/tasks/{task}}: a Task's state. */
public class TaskResource implements TasksApi {

    @Inject
    CustomizationService customization;

    @Inject
    CurrentCaller caller;

    @Override
    public Uni<Response> getTask(String task) {
        return customization.task(caller.get(), task).map(snapshot -> Response.ok(Views.task(snapshot)).build());
    }
}
