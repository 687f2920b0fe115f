package io.vcgate.facade;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;
import io.vcgate.customization.CustomizationService;
import io.vcgate.facade.api.VcentersApi;

/** {@code /v1/vcenters}: the vCenters behind this gateway. */
public class VcentersResource implements VcentersApi {

    @Inject
    CustomizationService customization;

    @Override
    public Uni<Response> listVcenters() {
        return customization.vcenters().map(states -> Response.ok(Views.vcenters(states)).build());
    }
}
