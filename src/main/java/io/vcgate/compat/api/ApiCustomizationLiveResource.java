package io.vcgate.compat.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

import io.smallrye.mutiny.Uni;
import io.vcgate.vcrest.api.CustomizationLiveApi;
import io.vcgate.vcrest.model.VcenterVmGuestCustomizationLiveInfo;

/**
 * {@code /api/vcenter/vm/{vm}/guest/customization-live} of the default vCenter ({@link VcenterApiDoor}).
 *
 * <p>The class names its path itself, as the named vCenter's does: the generated interface's {@code @Path} alone
 * does not make it a bean, because that interface is also vCenter's REST client ({@code @RegisterRestClient}),
 * and its {@code @Inject} fields would stay null.
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
