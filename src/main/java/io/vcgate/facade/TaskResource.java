package io.vcgate.facade;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;
import io.vcgate.customization.CustomizationService;
import io.vcgate.facade.api.TasksApi;
import io.vcgate.facade.edge.CurrentCaller;
import io.vcgate.vcenter.Vcenters;

/** {@code /v1/tasks/{task}} (the default vCenter) and {@code /v1/vcenters/{vcenter}/tasks/{task}}: a Task's state. */
public class TaskResource implements TasksApi {

    @Inject
    CustomizationService customization;

    @Inject
    CurrentCaller caller;

    @Override
    public Uni<Response> getTask(String task) {
        return getVcenterTask(Vcenters.DEFAULT, task);
    }

    @Override
    public Uni<Response> getVcenterTask(String vcenter, String task) {
        return customization.task(customization.vcenter(vcenter), caller.get(), task).map(snapshot -> Response.ok(Views.task(snapshot)).build());
    }
}
