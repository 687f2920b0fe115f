package io.vcgate.simulator;

import java.util.concurrent.ThreadLocalRandom;

import io.vcgate.simulator.SimulatedVcenters.SimulatedVcenter;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * In front of one API's endpoints of the simulated vCenter: counts the hit and applies the fault
 * injection: added latency (a timer: no thread waits, and the request goes on untouched afterwards), a
 * failure ratio and an outage.
 */
final class FaultInjection implements Handler<RoutingContext> {

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

    private final VcenterApi api;

    FaultInjection(VcenterApi api) {
        this.api = api;
    }

    @Override
    public void handle(RoutingContext rc) {
        SimulatedVcenter vcenter = SimulatorServer.vcenter(rc);
        vcenter.ledger().hit(api, rc.request().getHeader("traceparent"));
        SimulatorState.Faults faults = vcenter.state().faults(api);
        if (faults.outage()) {
            fail(rc, true);
        } else if (faults.failureRatio() > 0 && ThreadLocalRandom.current().nextDouble() < faults.failureRatio()) {
            fail(rc, false);
        } else if (faults.latencyMs() > 0) {
            rc.vertx().setTimer(faults.latencyMs(), timer -> rc.next());
        } else {
            rc.next();
        }
    }

    private void fail(RoutingContext rc, boolean outage) {
        if (api == VcenterApi.REST) {
            VapiErrors.unavailable().send(rc);
        } else if (outage) {
            rc.response().setStatusCode(503).putHeader("Content-Type", "text/html").end(OUTAGE_PAGE);
        } else {
            rc.response().setStatusCode(500).putHeader("Content-Type", "text/xml; charset=utf-8").end(SOAP_FAULT);
        }
    }
}
