package io.vcgate.bench.layers;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.mutiny.Uni;
import io.vcgate.facade.api.CustomizationApi;
import io.vcgate.facade.model.AbortRequest;
import io.vcgate.facade.model.CustomizationStatus;
import io.vcgate.vcrest.api.CustomizationLiveApi;
import io.vcgate.vcrest.model.VcenterVmGuestCustomizationLiveInfo;

/**
 * The REST status read on the stack with the parts of vcgate's layers that the stack itself provides, as vcgate
 * uses them, and none of vcgate's hand-written code: vcgate's generated facade interface (its path-parameter
 * constraints checked by Hibernate Validator, answers as {@code Uni<Response>}), its generated vCenter REST client
 * (a typed answer, its timestamps parsed), each call through one SmallRye Fault Tolerance guard (a timeout around
 * a bulkhead, vcgate's defaults, with SmallRye's {@code ft_*} meters), Micrometer's HTTP server metrics, and CDI
 * contexts not captured per callback (the pom's profile). Built by
 * src/bench/run.sh with the bare relay's pom and its profile {@code layers}; run with
 * -Dquarkus.rest-client.vcenter-rest.url. Only the status read is served; the rest answers 501.
 */
public class LayeredRelay implements CustomizationApi {

    private final Guard guard = Guard.create()
            .withDescription("vcenter-rest@default")
            .withTimeout().duration(10, ChronoUnit.SECONDS).done()
            .withBulkhead().limit(64).queueSize(128).done()
            .build();

    @RestClient
    CustomizationLiveApi live;

    @Override
    @SuppressWarnings("unchecked")
    public Uni<Response> getCustomization(String vm, String wait, OffsetDateTime since) {
        Uni<VcenterVmGuestCustomizationLiveInfo> read = guard.get(() -> live.getCustomizationLive("0123456789abcdef0123456789abcdef", vm),
                Uni.class);
        return read.map(info -> Response.ok(new CustomizationStatus().vm(vm)
                .status(CustomizationStatus.StatusEnum.fromString(info.getStatus().name()))
                .source(CustomizationStatus.SourceEnum.CUSTOMIZATION_LIVE)
                .startTime(info.getStartTime()).endTime(info.getEndTime())).build());
    }

    @Override
    public Uni<Response> getVcenterCustomization(String vcenter, String vm, String wait, OffsetDateTime since) {
        return notServed();
    }

    @Override
    public Uni<Response> abortCustomization(String vm, AbortRequest request, String wait) {
        return notServed();
    }

    @Override
    public Uni<Response> abortVcenterCustomization(String vcenter, String vm, AbortRequest request, String wait) {
        return notServed();
    }

    private static Uni<Response> notServed() {
        return Uni.createFrom().item(Response.status(501).build());
    }
}
