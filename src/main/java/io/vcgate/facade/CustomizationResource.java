package io.vcgate.facade;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;
import io.vcgate.customization.CustomizationService;
import io.vcgate.facade.api.CustomizationApi;
import io.vcgate.facade.model.AbortRequest;

/** {@code /v1/vms/{vm}/guest/customization}: status and abort. */
public class CustomizationResource implements CustomizationApi {

    @Inject
    CustomizationService customization;

    @Inject
    CurrentCaller caller;

    @Override
    public Uni<Response> getCustomization(String vm) {
        return customization.status(caller.get(), vm).map(info -> Response.ok(Views.status(info)).build());
    }

    @Override
    public Uni<Response> abortCustomization(String vm, AbortRequest request, String wait) {
        return customization.abort(caller.get(), vm, Views.credentials(request.getCredentials()), WaitParameter.parse(wait))
                .map(TaskResponses::of);
    }
}
