package io.vcgate.testing;

/** Values read from the gateway's Prometheus exposition (/q/metrics), as a scraper reads them. */
public final class PrometheusText {

    private PrometheusText() {
    }

    /** The value of {@code series} (name and tags, as exposed) in {@code scrape}; 0 when it is not there yet. */
    public static double value(String scrape, String series) {
        return scrape.lines().filter(line -> line.startsWith(series + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }
}
