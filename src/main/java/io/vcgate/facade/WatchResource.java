package io.vcgate.facade;

import java.time.OffsetDateTime;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import io.smallrye.mutiny.Multi;
import io.vcgate.customization.CustomizationService;
import io.vcgate.facade.api.WatchApi;
import io.vcgate.facade.edge.CurrentCaller;
import io.vcgate.facade.edge.AuditTrail;
import io.vcgate.vcenter.Vcenters;

/** {@code .../guest/customization/events} and {@code .../tasks/{task}/events}: a customization or a Task followed to its end. */
public class WatchResource implements WatchApi {

    @Inject
    CustomizationService customization;

    @Inject
    CurrentCaller caller;

    @Inject
    EventStreams streams;

    @Context
    Sse sse;

    @Context
    UriInfo uri;

    @Override
    public Multi<OutboundSseEvent> watchCustomization(String vm, String timeout, OffsetDateTime since) {
        return watchVcenterCustomization(Vcenters.DEFAULT, vm, timeout, since);
    }

    @Override
    public Multi<OutboundSseEvent> watchVcenterCustomization(String vcenter, String vm, String timeout, OffsetDateTime since) {
        return streams.of(sse, customization.watch(customization.vcenter(vcenter), caller.get(), vm, since, WaitParameter.parse("timeout", timeout)),
                "status", watched -> Views.status(watched.value(), watched.ended()), uri.getPath(),
                new AuditTrail.Watcher(caller.get().username(), vcenter, vm, null));
    }

    @Override
    public Multi<OutboundSseEvent> watchTask(String task, String timeout) {
        return watchVcenterTask(Vcenters.DEFAULT, task, timeout);
    }

    @Override
    public Multi<OutboundSseEvent> watchVcenterTask(String vcenter, String task, String timeout) {
        return streams.of(sse, customization.watchTask(customization.vcenter(vcenter), caller.get(), task, WaitParameter.parse("timeout", timeout)),
                "task", watched -> Views.task(watched.value()), uri.getPath(), new AuditTrail.Watcher(caller.get().username(), vcenter, null, task));
    }
}
