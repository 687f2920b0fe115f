package io.vcgate.compat.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

import io.smallrye.mutiny.Uni;
import io.vcgate.vcrest.api.CustomizationLiveApi;
import io.vcgate.vcrest.model.VcenterVmGuestCustomizationLiveInfo;

/** {@code /vcenters/{vcenter}/api/vcenter/vm/{vm}/guest/customization-live}: a named vCenter ({@link VcenterApiDoor}). */
@Path("/vcenters/{vcenter}/api/vcenter/vm/{vm}/guest/customization-live")
public class NamedApiCustomizationLiveResource implements CustomizationLiveApi {

    @Inject
    VcenterApiDoor door;

    @Override
    public Uni<VcenterVmGuestCustomizationLiveInfo> getCustomizationLive(String sessionId, String vm) {
        return door.customizationLive(vm);
    }
}
