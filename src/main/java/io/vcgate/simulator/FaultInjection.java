package io.vcgate.simulator;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.mutiny.Uni;
import io.vcgate.core.Backend;

/**
 * In front of the simulated vCenter's endpoints only ({@link Simulated}): counts hits and applies the
 * fault injection: added latency (a timer: no thread waits, and the request, body included, goes on
 * untouched afterwards), a failure ratio and an outage.
 */
@IfBuildProperty(name = "vcgate.simulator.enabled", stringValue = "true")
public class FaultInjection {

    private static final String SOAP_FAULT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" \
            xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <soapenv:Body><soapenv:Fault><faultcode>ServerFaultCode</faultcode>\
            <faultstring>A general system error occurred: vpxd is busy (injected by the vcgate simulator)</faultstring>\
            <detail><SystemErrorFault xmlns="urn:vim25" xsi:type="SystemError">\
            <reason>vpxd is busy (injected by the vcgate simulator)</reason></SystemErrorFault></detail>\
            </soapenv:Fault></soapenv:Body></soapenv:Envelope>""";

    private static final String OUTAGE_PAGE = "<html><head><title>503 Service Unavailable</title></head>"
            + "<body><h1>503 Service Unavailable</h1><p>vCenter is restarting (simulated outage).</p></body></html>";

    @Inject
    SimulatedVcenters vcenters;

    private SimulatorState state() {
        return vcenters.current().state();
    }

    private SimulatorLedger ledger() {
        return vcenters.current().ledger();
    }

    @ServerRequestFilter
    @Simulated
    public Uni<Response> inject(ContainerRequestContext request) {
        Backend backend = request.getUriInfo().getPath().startsWith("/sdk") ? Backend.SOAP : Backend.REST;
        ledger().hit(backend, request.getHeaderString("traceparent"));
        SimulatorState.Faults faults = state().faults(backend);
        if (faults.outage()) {
            return Uni.createFrom().item(failure(backend, true));
        }
        if (faults.failureRatio() > 0 && ThreadLocalRandom.current().nextDouble() < faults.failureRatio()) {
            return Uni.createFrom().item(failure(backend, false));
        }
        if (faults.latencyMs() > 0) {
            return Uni.createFrom().<Response> nullItem().onItem().delayIt().by(Duration.ofMillis(faults.latencyMs()));
        }
        return Uni.createFrom().nullItem();
    }

    private static Response failure(Backend backend, boolean outage) {
        if (backend == Backend.REST) {
            return VapiErrors.unavailable();
        }
        return outage ? Response.status(503).type("text/html").entity(OUTAGE_PAGE).build()
                : Response.status(500).type("text/xml; charset=utf-8").entity(SOAP_FAULT).build();
    }
}
