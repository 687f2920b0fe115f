package io.vcgate.facade;

import java.time.Duration;
import java.time.OffsetDateTime;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;
import io.vcgate.customization.CustomizationService;
import io.vcgate.facade.api.CustomizationApi;
import io.vcgate.facade.model.AbortRequest;
import io.vcgate.vcenter.Vcenter;
import io.vcgate.facade.edge.CurrentCaller;
import io.vcgate.vcenter.Vcenters;

/** {@code /v1/vms/{vm}/guest/customization} (the default vCenter) and {@code /v1/vcenters/{vcenter}/vms/...}: status (or a long poll) and abort. */
public class CustomizationResource implements CustomizationApi {

    @Inject
    CustomizationService customization;

    @Inject
    CurrentCaller caller;

    @Override
    public Uni<Response> getCustomization(String vm, String wait, OffsetDateTime since) {
        return getVcenterCustomization(Vcenters.DEFAULT, vm, wait, since);
    }

    @Override
    public Uni<Response> getVcenterCustomization(String vcenter, String vm, String wait, OffsetDateTime since) {
        Duration waitFor = WaitParameter.parse(wait);
        if (waitFor == null) {
            return customization.status(customization.vcenter(vcenter), caller.get(), vm).map(info -> Response.ok(since == null
                    ? Views.status(info) : Views.status(info, CustomizationService.ends(info, since))).build());
        }
        return customization.await(customization.vcenter(vcenter), caller.get(), vm, since, waitFor)
                .map(last -> Response.ok(Views.status(last.value(), last.ended())).build());
    }

    @Override
    public Uni<Response> abortCustomization(String vm, AbortRequest request, String wait) {
        return abort(customization.vcenter(Vcenters.DEFAULT), "/v1/tasks/", vm, request, wait);
    }

    @Override
    public Uni<Response> abortVcenterCustomization(String vcenter, String vm, AbortRequest request, String wait) {
        return abort(customization.vcenter(vcenter), "/v1/vcenters/" + vcenter + "/tasks/", vm, request, wait);
    }

    private Uni<Response> abort(Vcenter vcenter, String tasks, String vm, AbortRequest request, String wait) {
        return customization.abort(vcenter, caller.get(), vm, Views.credentials(request.getCredentials()), WaitParameter.parse(wait))
                .map(abort -> TaskResponses.of(abort, tasks));
    }
}
