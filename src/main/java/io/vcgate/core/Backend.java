package io.vcgate.core;

import java.util.Locale;

/** vCenter's two APIs, as vcgate calls them: the vSphere Automation REST API and vim25 SOAP. */
public enum Backend {
    REST,
    SOAP;

    private final String id = name().toLowerCase(Locale.ROOT);

    /** The lower-case name used in metrics, logs and configuration keys: {@code rest}, {@code soap}. */
    public String id() {
        return id;
    }
}
