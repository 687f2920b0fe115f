package io.vcgate.testing;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;

/** The gateway's own gauges, as an operator reads them at /q/metrics, read in process by tests. */
public final class GatewayGauges {

    private GatewayGauges() {
    }

    /** PropertyCollector filters the gateway holds open in vCenter ({@code vcgate.watch.filters}). */
    public static int watchFilters() {
        return value("vcgate.watch.filters");
    }

    /** Watches open ({@code vcgate.watches}: event streams and long polls). */
    public static int watches() {
        return value("vcgate.watches");
    }

    /** Facade calls under way, all callers ({@code vcgate.caller.calls.in.flight}). */
    public static int callsInFlight() {
        return value("vcgate.caller.calls.in.flight");
    }

    private static int value(String name) {
        Gauge gauge = Arc.container().instance(MeterRegistry.class).get().find(name).gauge();
        if (gauge == null) {
            throw new IllegalStateException("no gauge " + name);
        }
        return (int) gauge.value();
    }
}
