package io.vcgate.compat.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

import io.smallrye.mutiny.Uni;
import io.vcgate.vcrest.api.SessionApi;

/** {@code /api/session} of the default vCenter ({@link VcenterApiDoor}). */
@Path("/api/session") // the interface's path, named here too: a resource class without its own @Path is no CDI bean, so nothing is injected
public class ApiSessionResource implements SessionApi {

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
