package io.vcgate.customization;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.vcgate.vcenter.Vcenter;

/**
 * Whether each vCenter has customization-live (vSphere 9.0+), as last found out: learned from the
 * first call that meets the "operation not found" answer and kept for
 * {@code vcgate.rest.api-level-recheck}, after which one call asks customization-live again, so an
 * upgraded vCenter is picked up. One answer per vCenter serves every caller.
 */
@ApplicationScoped
public class ApiLevel {

    @Inject
    CustomizationConfig config;

    private final Map<String, Long> legacySince = new ConcurrentHashMap<>();

    /** True while the vCenter is known to lack customization-live. */
    boolean legacy(Vcenter vcenter) {
        Long since = legacySince.get(vcenter.name());
        return since != null && System.nanoTime() - since < config.apiLevelRecheck().toNanos();
    }

    void markLegacy(Vcenter vcenter) {
        legacySince.put(vcenter.name(), System.nanoTime());
    }

    void markCurrent(Vcenter vcenter) {
        legacySince.remove(vcenter.name());
    }

    /** Forget what was learned, so the next status call asks customization-live again. */
    void forget(Vcenter vcenter) {
        markCurrent(vcenter);
    }
}
