package io.vcgate.facade.api;

import io.vcgate.facade.model.AbortRequest;
import io.vcgate.facade.model.CustomizationStatus;
import java.time.OffsetDateTime;
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
public interface CustomizationApi {

    @POST
    @Path("/v1/vms/{vm}/guest/customization/abort")
    @Consumes({ "application/json" })
    @Produces({ "application/json", "application/problem+json" })
    Uni<Response> abortCustomization(@PathParam("vm") @Pattern(regexp="^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$") @Size(min=1,max=80) String vm,@Valid @NotNull AbortRequest abortRequest,@QueryParam("wait") @Pattern(regexp="^PT(?=[0-9])(?:[0-9]{1,4}H)?(?:[0-9]{1,4}M)?(?:[0-9]{1,6}(?:\\.[0-9]{1,9})?S)?$") @Size(max=24)   String wait);


    @POST
    @Path("/v1/vcenters/{vcenter}/vms/{vm}/guest/customization/abort")
    @Consumes({ "application/json" })
    @Produces({ "application/json", "application/problem+json" })
    Uni<Response> abortVcenterCustomization(@PathParam("vcenter") @Pattern(regexp="^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$") @Size(min=1,max=80) String vcenter,@PathParam("vm") @Pattern(regexp="^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$") @Size(min=1,max=80) String vm,@Valid @NotNull AbortRequest abortRequest,@QueryParam("wait") @Pattern(regexp="^PT(?=[0-9])(?:[0-9]{1,4}H)?(?:[0-9]{1,4}M)?(?:[0-9]{1,6}(?:\\.[0-9]{1,9})?S)?$") @Size(max=24)   String wait);


    @GET
    @Path("/v1/vms/{vm}/guest/customization")
    @Produces({ "application/json", "application/problem+json" })
    Uni<Response> getCustomization(@PathParam("vm") @Pattern(regexp="^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$") @Size(min=1,max=80) String vm,@QueryParam("wait") @Pattern(regexp="^PT(?=[0-9])(?:[0-9]{1,4}H)?(?:[0-9]{1,4}M)?(?:[0-9]{1,6}(?:\\.[0-9]{1,9})?S)?$") @Size(max=24)   String wait,@QueryParam("since")   OffsetDateTime since);


    @GET
    @Path("/v1/vcenters/{vcenter}/vms/{vm}/guest/customization")
    @Produces({ "application/json", "application/problem+json" })
    Uni<Response> getVcenterCustomization(@PathParam("vcenter") @Pattern(regexp="^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$") @Size(min=1,max=80) String vcenter,@PathParam("vm") @Pattern(regexp="^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$") @Size(min=1,max=80) String vm,@QueryParam("wait") @Pattern(regexp="^PT(?=[0-9])(?:[0-9]{1,4}H)?(?:[0-9]{1,4}M)?(?:[0-9]{1,6}(?:\\.[0-9]{1,9})?S)?$") @Size(max=24)   String wait,@QueryParam("since")   OffsetDateTime since);

}
