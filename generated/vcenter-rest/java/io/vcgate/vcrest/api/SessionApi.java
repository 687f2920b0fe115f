package io.vcgate.vcrest.api;

import io.vcgate.vcrest.model.VapiStdErrorsError;

import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.ResponseStatus;


import io.smallrye.mutiny.Uni;

import java.io.InputStream;
import java.util.Map;
import java.util.List;


@Path("/api/session")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
@org.eclipse.microprofile.rest.client.inject.RegisterRestClient(configKey = "vcenter-rest")
public interface SessionApi {

    @POST
    @Produces({ "application/json" })
    @ResponseStatus(201)
    Uni<String> createSession(@HeaderParam("Authorization") String authorization);


    @DELETE
    @Produces({ "application/json" })
    @ResponseStatus(204)
    Uni<Void> deleteSession(@HeaderParam("vmware-api-session-id")   String vmwareApiSessionId);

}
