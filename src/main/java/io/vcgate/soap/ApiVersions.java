package io.vcgate.soap;

/** What a vCenter's {@code about.apiVersion} ("8.0.3.0") says it can do. */
final class ApiVersions {

    private ApiVersions() {
    }

    /** One session serves REST and SOAP from vSphere 8.0 Update 3 (API 8.0.3.0) on. */
    static boolean unifiedSessions(String apiVersion) {
        return compare(apiVersion, new int[] { 8, 0, 3 }) >= 0;
    }

    /** Compares a dotted version with {@code than}, part by part; an unreadable version is older than any. */
    static int compare(String version, int[] than) {
        if (version == null) {
            return -1;
        }
        String[] parts = version.split("\\.");
        for (int i = 0; i < than.length; i++) {
            int part;
            try {
                part = i < parts.length ? Integer.parseInt(parts[i]) : 0;
            } catch (NumberFormatException e) {
                return -1;
            }
            if (part != than[i]) {
                return Integer.compare(part, than[i]);
            }
        }
        return 0;
    }
}
