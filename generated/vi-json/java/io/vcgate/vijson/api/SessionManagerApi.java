package io.vcgate.vijson.api;

import io.vcgate.vijson.model.UserSession;
import io.vcgate.vijson.model.VimFault;

import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Response;


import io.smallrye.mutiny.Uni;

import java.io.InputStream;
import java.util.Map;
import java.util.List;


@Path("")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public interface SessionManagerApi {

    @POST
    @Path("/SessionManager/{moId}/Login")
    @Consumes({ "application/json" })
    @Produces({ "application/json" })
    Uni<Response> sessionManagerLogin(@PathParam("moId") String moId,com.fasterxml.jackson.databind.JsonNode body);


    @POST
    @Path("/SessionManager/{moId}/Logout")
    Uni<Response> sessionManagerLogout(@PathParam("moId") String moId);

}
