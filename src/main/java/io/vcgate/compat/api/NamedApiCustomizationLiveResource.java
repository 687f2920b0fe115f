package io.vcgate.compat.api;

import jakarta.ws.rs.Path;

/** {@code /vcenters/{vcenter}/api/vcenter/vm/{vm}/guest/customization-live}: {@link ApiCustomizationLiveResource} for a named vCenter. */
@Path("/vcenters/{vcenter}/api/vcenter/vm/{vm}/guest/customization-live")
public class NamedApiCustomizationLiveResource extends ApiCustomizationLiveResource {
}
