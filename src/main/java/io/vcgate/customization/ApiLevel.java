package io.vcgate.customization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Whether this gateway's vCenter has customization-live (vSphere 9.0+), as last found out. vcgate
 * fronts one vCenter, so one answer serves every caller: it is learned from the first call that
 * meets the "operation not found" answer and kept for {@code vcgate.rest.api-level-recheck}, after
 * which one call asks customization-live again, so an upgraded vCenter is picked up.
 */
@ApplicationScoped
public class ApiLevel {

    @Inject
    CustomizationConfig config;

    private volatile long legacySince = Long.MIN_VALUE;

    /** True while the vCenter is known to lack customization-live. */
    boolean legacy() {
        long since = legacySince;
        return since != Long.MIN_VALUE && System.nanoTime() - since < config.apiLevelRecheck().toNanos();
    }

    void markLegacy() {
        legacySince = System.nanoTime();
    }

    void markCurrent() {
        legacySince = Long.MIN_VALUE;
    }

    /** Forget what was learned, so the next status call asks customization-live again (a vCenter upgraded or replaced). */
    public void forget() {
        markCurrent();
    }
}
