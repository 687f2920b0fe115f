package io.vcgate.compat.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

import io.smallrye.mutiny.Uni;
import io.vcgate.vcrest.api.SessionApi;

/** {@code /vcenters/{vcenter}/api/session}: a named vCenter ({@link VcenterApiDoor}). */
@Path("/vcenters/{vcenter}/api/session")
public class NamedApiSessionResource implements SessionApi {

    @Inject
    VcenterApiDoor door;

    @Override
    public Uni<String> createSession(String authorization) {
        return door.createSession();
    }

    @Override
    public Uni<Void> deleteSession(String sessionId) {
        return door.deleteSession();
    }
}
