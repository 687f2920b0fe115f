package io.vcgate.compat.api;

import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vcgate.vcrest.api.SessionApi;

/** {@code /api/session} of the default vCenter ({@link VcenterApiDoor}). */
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
