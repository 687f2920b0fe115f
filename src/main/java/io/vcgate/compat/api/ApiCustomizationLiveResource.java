package io.vcgate.compat.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

import io.smallrye.mutiny.Uni;
import io.vcgate.vcrest.api.CustomizationLiveApi;
import io.vcgate.vcrest.model.VcenterVmGuestCustomizationLiveInfo;

/**
 * {@code /api/vcenter/vm/{vm}/guest/customization-live} of the default vCenter ({@link VcenterApiDoor}).
 * Its own {@code @Path}, as {@link ApiSessionResource}'s: without one it is no bean.
 */
@Path("/api/vcenter/vm/{vm}/guest/customization-live")
public class ApiCustomizationLiveResource implements CustomizationLiveApi {

    @Inject
    VcenterApiDoor door;

    @Override
    public Uni<VcenterVmGuestCustomizationLiveInfo> getCustomizationLive(String sessionId, String vm) {
        return door.customizationLive(vm);
    }
}
