package io.vcgate.facade.api;

import io.vcgate.facade.model.Problem;
import io.vcgate.facade.model.VcenterList;

import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Response;


import io.smallrye.mutiny.Uni;

import java.io.InputStream;
import java.util.Map;
import java.util.List;
import jakarta.validation.constraints.*;
import jakarta.validation.Valid;


@Path("")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public interface VcentersApi {

    @GET
    @Path("/v1/vcenters")
    @Produces({ "application/json", "application/problem+json" })
    Uni<Response> listVcenters();

}
