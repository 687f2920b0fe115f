package io.vcgate.compat.vijson;

import jakarta.ws.rs.Path;

/**
 * VI/JSON for a named vCenter ({@code /vcenters/{vcenter}/sdk/vim25/{release}/...}): the operations of
 * {@link ViJsonResource} under the vCenter's name ({@link io.vcgate.facade.edge.CurrentDoor} reads it).
 */
@Path("/vcenters/{vcenter}/sdk/vim25/{release}")
public class NamedViJsonResource extends ViJsonResource {
}
