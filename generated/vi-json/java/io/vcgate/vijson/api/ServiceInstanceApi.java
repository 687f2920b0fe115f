package io.vcgate.vijson.api;

import io.vcgate.vijson.model.ServiceContent;

import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Response;


import io.smallrye.mutiny.Uni;

import java.io.InputStream;
import java.util.Map;
import java.util.List;


@Path("")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public interface ServiceInstanceApi {

    @GET
    @Path("/ServiceInstance/{moId}/content")
    @Produces({ "application/json" })
    Uni<Response> serviceInstanceGetContent(@PathParam("moId") String moId);

}
