package io.vcgate.core;

/**
 * What a vCenter's ServiceContent says of it that a client of vCenter's own dialect asks first: who it is
 * ({@link About}) and the managed objects a login and a customization abort go to. Read without a session.
 * {@code guestCustomizationManager} is null on a vCenter older than 7.0.2.
 */
public record ServiceFacts(About about, MoRef rootFolder, MoRef propertyCollector, MoRef sessionManager, MoRef guestCustomizationManager) {

    /** vim25 AboutInfo, as vCenter sent it. */
    public record About(String name, String fullName, String vendor, String version, String patchLevel, String build,
            String localeVersion, String localeBuild, String osType, String productLineId, String apiType, String apiVersion,
            String instanceUuid, String licenseProductName, String licenseProductVersion) {
    }
}
