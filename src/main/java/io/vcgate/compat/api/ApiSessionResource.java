package io.vcgate.compat.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

import io.smallrye.mutiny.Uni;
import io.vcgate.vcrest.api.SessionApi;

/**
 * {@code /api/session} of the default vCenter ({@link VcenterApiDoor}).
 *
 * <p>The class names its path itself, as the named vCenter's does: the generated interface's {@code @Path} alone
 * does not make it a bean, because that interface is also vCenter's REST client ({@code @RegisterRestClient}),
 * and its {@code @Inject} fields would stay null.
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
