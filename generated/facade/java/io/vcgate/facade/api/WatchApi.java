package io.vcgate.facade.api;

import java.time.OffsetDateTime;
import io.vcgate.facade.model.Problem;

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
public interface WatchApi {

    @GET
    @Path("/v1/vms/{vm}/guest/customization/events")
    @Produces({ "text/event-stream" })
    io.smallrye.mutiny.Multi<jakarta.ws.rs.sse.OutboundSseEvent> watchCustomization(@PathParam("vm") @Pattern(regexp="^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$") @Size(min=1,max=80) String vm,@QueryParam("timeout") @Pattern(regexp="^PT(?=[0-9])(?:[0-9]{1,4}H)?(?:[0-9]{1,4}M)?(?:[0-9]{1,6}(?:\\.[0-9]{1,9})?S)?$") @Size(max=24)   String timeout,@QueryParam("since")   OffsetDateTime since);


    @GET
    @Path("/v1/tasks/{task}/events")
    @Produces({ "text/event-stream" })
    io.smallrye.mutiny.Multi<jakarta.ws.rs.sse.OutboundSseEvent> watchTask(@PathParam("task") @Pattern(regexp="^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$") @Size(min=1,max=80) String task,@QueryParam("timeout") @Pattern(regexp="^PT(?=[0-9])(?:[0-9]{1,4}H)?(?:[0-9]{1,4}M)?(?:[0-9]{1,6}(?:\\.[0-9]{1,9})?S)?$") @Size(max=24)   String timeout);


    @GET
    @Path("/v1/vcenters/{vcenter}/vms/{vm}/guest/customization/events")
    @Produces({ "text/event-stream" })
    io.smallrye.mutiny.Multi<jakarta.ws.rs.sse.OutboundSseEvent> watchVcenterCustomization(@PathParam("vcenter") @Pattern(regexp="^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$") @Size(min=1,max=80) String vcenter,@PathParam("vm") @Pattern(regexp="^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$") @Size(min=1,max=80) String vm,@QueryParam("timeout") @Pattern(regexp="^PT(?=[0-9])(?:[0-9]{1,4}H)?(?:[0-9]{1,4}M)?(?:[0-9]{1,6}(?:\\.[0-9]{1,9})?S)?$") @Size(max=24)   String timeout,@QueryParam("since")   OffsetDateTime since);


    @GET
    @Path("/v1/vcenters/{vcenter}/tasks/{task}/events")
    @Produces({ "text/event-stream" })
    io.smallrye.mutiny.Multi<jakarta.ws.rs.sse.OutboundSseEvent> watchVcenterTask(@PathParam("vcenter") @Pattern(regexp="^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$") @Size(min=1,max=80) String vcenter,@PathParam("task") @Pattern(regexp="^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$") @Size(min=1,max=80) String task,@QueryParam("timeout") @Pattern(regexp="^PT(?=[0-9])(?:[0-9]{1,4}H)?(?:[0-9]{1,4}M)?(?:[0-9]{1,6}(?:\\.[0-9]{1,9})?S)?$") @Size(max=24)   String timeout);

}
