package io.vcgate.facade.api;

import io.vcgate.facade.model.Problem;
import io.vcgate.facade.model.Task;

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
public interface TasksApi {

    @GET
    @Path("/v1/tasks/{task}")
    @Produces({ "application/json", "application/problem+json" })
    Uni<Response> getTask(@PathParam("task") @Pattern(regexp="^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$") @Size(min=1,max=80) String task);


    @GET
    @Path("/v1/vcenters/{vcenter}/tasks/{task}")
    @Produces({ "application/json", "application/problem+json" })
    Uni<Response> getVcenterTask(@PathParam("vcenter") @Pattern(regexp="^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$") @Size(min=1,max=80) String vcenter,@PathParam("task") @Pattern(regexp="^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$") @Size(min=1,max=80) String task);

}
