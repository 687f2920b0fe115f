package io.vcgate.session;

import java.util.function.IntSupplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.vcgate.core.Backend;

/**
 * A vCenter's session meters: {@code vcgate.sessions} (held now, as the budget counts them),
 * {@code vcgate.session.rejected.logins} (rejected pairs remembered now) and {@code vcgate.session.logins} per API, each tagged with the vCenter. Until bound to a registry (a pool
 * in a unit test) logins are not counted.
 */
final class SessionMeters implements MeterBinder {

    private final String vcenter;
    private final IntSupplier held;
    private final IntSupplier rejectedRemembered;
    private final Counter[] logins = new Counter[Backend.values().length];

    SessionMeters(String vcenter, IntSupplier held, IntSupplier rejectedRemembered) {
        this.vcenter = vcenter;
        this.held = held;
        this.rejectedRemembered = rejectedRemembered;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("vcgate.sessions", this, meters -> meters.held.getAsInt()).description("Sessions vcgate holds on the vCenter")
                .tag("vcenter", vcenter).register(registry);
        Gauge.builder("vcgate.session.rejected.logins", this, meters -> meters.rejectedRemembered.getAsInt())
                .description("User name and password pairs vCenter rejected, remembered so that they are not sent again for a while")
                .tag("vcenter", vcenter).register(registry);
        for (Backend backend : Backend.values()) {
            logins[backend.ordinal()] = Counter.builder("vcgate.session.logins").description("Logins to the vCenter")
                    .tag("vcenter", vcenter).tag("backend", backend.id()).register(registry);
        }
    }

    /** A login on {@code backend} succeeded. */
    void loggedIn(Backend backend) {
        Counter counter = logins[backend.ordinal()];
        if (counter != null) {
            counter.increment();
        }
    }
}
