package io.vcgate.vcrest.api;

import io.vcgate.vcrest.model.VapiStdErrorsError;
import io.vcgate.vcrest.model.VcenterVmGuestCustomizationLiveInfo;

import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.ResponseStatus;


import io.smallrye.mutiny.Uni;

import java.io.InputStream;
import java.util.Map;
import java.util.List;


@Path("/api/vcenter/vm/{vm}/guest/customization-live")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
@org.eclipse.microprofile.rest.client.inject.RegisterRestClient(configKey = "vcenter-rest")
public interface CustomizationLiveApi {

    @GET
    @Produces({ "application/json" })
    @ResponseStatus(200)
    Uni<VcenterVmGuestCustomizationLiveInfo> getCustomizationLive(@HeaderParam("vmware-api-session-id")   String vmwareApiSessionId,@PathParam("vm") String vm);

}
