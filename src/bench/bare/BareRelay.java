package io.vcgate.bench.bare;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.mutiny.Uni;

/**
 * The REST status read with nothing of vcgate's: a Quarkus REST resource relaying to vCenter's
 * customization-live through the reactive REST client, JSON in and out. What the stack costs on its own
 * (src/bench/run.sh, "bare Quarkus relay"). Run with -Dquarkus.rest-client.vcenter.url.
 */
@Path("/v1/vms/{vm}/guest/customization")
public class BareRelay {

    @RegisterRestClient(configKey = "vcenter")
    @Path("/api/vcenter/vm")
    public interface CustomizationLive {
        @GET
        @Path("/{vm}/guest/customization-live")
        Uni<Map<String, Object>> get(@PathParam("vm") String vm, @HeaderParam("vmware-api-session-id") String session);
    }

    @RestClient
    CustomizationLive live;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Map<String, Object>> status(@PathParam("vm") String vm) {
        return live.get(vm, "0123456789abcdef0123456789abcdef");
    }
}
