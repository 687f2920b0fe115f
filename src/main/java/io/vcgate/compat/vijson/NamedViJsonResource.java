package io.vcgate.compat.vijson;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;
import io.vcgate.vijson.api.ServiceInstanceApi;
import io.vcgate.vijson.api.SessionManagerApi;
import io.vcgate.vijson.api.TaskApi;
import io.vcgate.vijson.api.VirtualMachineGuestCustomizationManagerApi;

/**
 * VI/JSON for a named vCenter ({@code /vcenters/{vcenter}/sdk/vim25/{release}/...}): the
 * generated interfaces of specs/vi-json, each call handed to {@link ViJsonDoor}.
 */
@Path("/vcenters/{vcenter}/sdk/vim25/{release}")
public class NamedViJsonResource implements ServiceInstanceApi, SessionManagerApi, TaskApi, VirtualMachineGuestCustomizationManagerApi {

    @Inject
    ViJsonDoor door;

    @Override
    public Uni<Response> serviceInstanceGetContent(String moId) {
        return door.content(moId);
    }

    @Override
    public Uni<Response> sessionManagerLogin(String moId, JsonNode body) {
        return door.login(moId, body);
    }

    @Override
    public Uni<Response> sessionManagerLogout(String moId) {
        return door.logout(moId);
    }

    @Override
    public Uni<Response> taskGetInfo(String moId) {
        return door.taskInfo(moId);
    }

    @Override
    public Uni<Response> virtualMachineGuestCustomizationManagerAbortCustomizationTask(String moId, JsonNode body) {
        return door.abort(moId, body);
    }
}
