package io.vcgate.vijson.api;

import io.vcgate.vijson.model.ManagedObjectReference;
import io.vcgate.vijson.model.VimFault;

import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Response;


import io.smallrye.mutiny.Uni;

import java.io.InputStream;
import java.util.Map;
import java.util.List;


@Path("")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public interface VirtualMachineGuestCustomizationManagerApi {

    @POST
    @Path("/VirtualMachineGuestCustomizationManager/{moId}/AbortCustomization_Task")
    @Consumes({ "application/json" })
    @Produces({ "application/json" })
    Uni<Response> virtualMachineGuestCustomizationManagerAbortCustomizationTask(@PathParam("moId") String moId,com.fasterxml.jackson.databind.JsonNode body);

}
