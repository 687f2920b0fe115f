package io.vcgate.core;

import io.smallrye.mutiny.Uni;

/**
 * The customization status of a VM, from customization-live (REST, vSphere 9.0+) or, on older
 * vCenters, from guest.customizationInfo. Every failure arrives as a {@link VsphereFault}.
 * Implemented in {@code io.vcgate.rest}.
 */
public interface CustomizationStatusBackend {

    Uni<CustomizationInfo> status(Caller caller, String vm);
}
