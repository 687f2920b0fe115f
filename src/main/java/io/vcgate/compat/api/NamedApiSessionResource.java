package io.vcgate.compat.api;

import jakarta.ws.rs.Path;

/** {@code /vcenters/{vcenter}/api/session}: {@link ApiSessionResource} for a named vCenter. */
@Path("/vcenters/{vcenter}/api/session")
public class NamedApiSessionResource extends ApiSessionResource {
}
