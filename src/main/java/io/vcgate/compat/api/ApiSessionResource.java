package io.vcgate.compat.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

import io.smallrye.mutiny.Uni;
import io.vcgate.vcrest.api.SessionApi;

/**
 * {@code /api/session} of the default vCenter ({@link VcenterApiDoor}). The class names its path itself,
 * as the named resources do: without a {@code @Path} of its own Quarkus REST serves it from the
 * interface's but makes it no bean, so nothing is injected.
 */
@Path("/api/session")
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
