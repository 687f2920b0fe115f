package io.vcgate.facade;

import java.time.Duration;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;
import io.vcgate.core.Caller;
import io.vcgate.core.CustomizationStatusBackend;
import io.vcgate.core.GuestCustomizationBackend;
import io.vcgate.facade.api.CustomizationApi;
import io.vcgate.facade.model.AbortRequest;

/** {@code /v1/vms/{vm}/guest/customization}: status and abort. */
public class CustomizationResource implements CustomizationApi {

    @Inject
    CustomizationStatusBackend status;

    @Inject
    GuestCustomizationBackend vim;

    @Inject
    CurrentCaller caller;

    @Inject
    Waits waits;

    @Override
    public Uni<Response> getCustomization(String vm) {
        return status.status(caller.get(), vm).map(info -> Response.ok(Views.status(info)).build());
    }

    @Override
    public Uni<Response> abortCustomization(String vm, AbortRequest request, String wait) {
        Duration max = waits.parse(wait);
        Caller who = caller.get();
        return vim.abortCustomization(who, vm, Views.credentials(request.getCredentials()))
                .flatMap(task -> (max == null ? vim.task(who, task) : vim.awaitTask(who, task, max))
                        // the Task exists whatever its read says: never turn a started abort into an error
                        .onFailure().recoverWithItem(e -> TaskResponses.started(task, vm)))
                .map(snapshot -> TaskResponses.of(snapshot, max != null));
    }

}
