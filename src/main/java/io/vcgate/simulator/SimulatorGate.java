package io.vcgate.simulator;

import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * In front of the simulator's paths ({@code /api}, {@code /sdk}, {@code /simulator}): answers 404 when
 * {@code vcgate.simulator.enabled} is false (a runtime switch, so the same build serves both), counts
 * hits, and applies the fault injection: added latency (a timer, never a parked thread), a failure
 * ratio and an outage.
 */
@ApplicationScoped
public class SimulatorGate {

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
    SimulatorConfig config;

    @Inject
    SimulatorState state;

    @Inject
    SimulatorLedger ledger;

    @Inject
    Vertx vertx;

    void install(@Observes Router router) {
        router.route().order(-1000).handler(this::handle);
    }

    void handle(RoutingContext rc) {
        String backend = backend(rc.normalizedPath());
        if (backend == null) {
            rc.next();
            return;
        }
        if (!config.enabled()) {
            rc.response().setStatusCode(404).putHeader("Content-Type", "application/problem+json")
                    .end("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
                            + "\"detail\":\"The embedded vCenter simulator is disabled (vcgate.simulator.enabled=false).\"}");
            return;
        }
        if ("admin".equals(backend)) {
            rc.next();
            return;
        }
        ledger.hit(backend, rc.request().getHeader("traceparent"));
        SimulatorState.Faults faults = state.faults(backend);
        if (faults.outage()) {
            fail(rc, backend, true);
        } else if (faults.failureRatio() > 0 && ThreadLocalRandom.current().nextDouble() < faults.failureRatio()) {
            fail(rc, backend, false);
        } else if (faults.latencyMs() > 0) {
            rc.request().pause();
            vertx.setTimer(faults.latencyMs(), t -> {
                rc.next();
                rc.request().resume();
            });
        } else {
            rc.next();
        }
    }

    private static void fail(RoutingContext rc, String backend, boolean outage) {
        if ("rest".equals(backend)) {
            rc.response().setStatusCode(503).putHeader("Content-Type", "application/json")
                    .end("{\"error_type\":\"SERVICE_UNAVAILABLE\",\"messages\":[{\"id\":\"com.vmware.vapi.endpoint.service.unavailable\","
                            + "\"default_message\":\"The service is temporarily unavailable.\",\"args\":[]}]}");
        } else if (outage) {
            rc.response().setStatusCode(503).putHeader("Content-Type", "text/html").end(OUTAGE_PAGE);
        } else {
            rc.response().setStatusCode(500).putHeader("Content-Type", "text/xml; charset=utf-8").end(SOAP_FAULT);
        }
    }

    static String backend(String path) {
        if (path == null) {
            return null;
        }
        if (path.equals("/api") || path.startsWith("/api/")) {
            return "rest";
        }
        if (path.equals("/sdk") || path.startsWith("/sdk/")) {
            return "soap";
        }
        if (path.equals("/simulator") || path.startsWith("/simulator/")) {
            return "admin";
        }
        return null;
    }
}
