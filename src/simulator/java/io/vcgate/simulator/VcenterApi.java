package io.vcgate.simulator;

import java.util.Locale;
import java.util.Optional;

/** The simulated vCenter's two APIs: the vSphere Automation REST API ({@code /api}) and vim25 SOAP ({@code /sdk}). */
public enum VcenterApi {
    REST,
    SOAP;

    private final String id = name().toLowerCase(Locale.ROOT);

    /** The lower-case name in the admin API's paths and answers and in the ledger: {@code rest}, {@code soap}. */
    public String id() {
        return id;
    }

    /** The API whose {@link #id()} is {@code id}. */
    static Optional<VcenterApi> of(String id) {
        for (VcenterApi api : values()) {
            if (api.id.equals(id)) {
                return Optional.of(api);
            }
        }
        return Optional.empty();
    }
}
