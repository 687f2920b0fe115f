package io.vcgate.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options every subcommand takes: where the gateway is, how to trust it, who calls, how to print. */
final class GlobalOptions {
    @Option(names = "--url", paramLabel = "URL",
            description = "The gateway's URL (default: $VCGATE_URL; dev mode is http://localhost:8080).")
    String url;

    @Option(names = "--vcenter", paramLabel = "NAME",
            description = "A named vCenter of the gateway (`vcgate vcenters` lists them); the default one when absent.")
    String vcenter;

    @Option(names = "--credentials-file", paramLabel = "FILE",
            description = "user=... and password=... lines (default: $VCGATE_CREDENTIALS_FILE, else $VCGATE_USER and $VCGATE_PASSWORD).")
    Path credentialsFile;

    @Option(names = "--cacert", paramLabel = "FILE",
            description = "PEM CA certificate(s) to trust for the gateway's TLS, besides the trust store of the Java it runs on (default: $VCGATE_CACERT).")
    Path cacert;

    @Option(names = "--insecure",
            description = "Do not verify the gateway's TLS certificate. Unsafe: anyone in between can read the credentials.")
    boolean insecure;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT",
            description = "text (default: a live line on a terminal, timestamped lines in a log) or json (the gateway's documents, one per line).")
    String output;

    @Option(names = "--retries", paramLabel = "N",
            description = "Attempts after a 429, 502, 503, 504 or no answer, honouring Retry-After, before exit 5 (default: 6).")
    Integer retries;

    @Option(names = {"-v", "--verbose"}, description = "Print each request's method, path and answer status to stderr (never a credential).")
    boolean verbose;

    /**
     * These options as given after the subcommand, completed by those given before it
     * ({@code vcgate -o json status vm-1} and {@code vcgate status vm-1 -o json} are the same command).
     */
    GlobalOptions completedBy(GlobalOptions before) {
        GlobalOptions o = new GlobalOptions();
        o.url = url != null ? url : before.url;
        o.vcenter = vcenter != null ? vcenter : before.vcenter;
        o.credentialsFile = credentialsFile != null ? credentialsFile : before.credentialsFile;
        o.cacert = cacert != null ? cacert : before.cacert;
        o.insecure = insecure || before.insecure;
        o.output = output != null ? output : before.output != null ? before.output : "text";
        o.retries = retries != null ? retries : before.retries != null ? before.retries : 6;
        o.verbose = verbose || before.verbose;
        return o;
    }
}
