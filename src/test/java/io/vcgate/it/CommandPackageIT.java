package io.vcgate.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * What ./mvnw package made of the command and its client: target/vcgate runs on its own (the launcher and
 * the packed jar, with its Jackson and picocli), the client jar holds the client alone, and the gateway's
 * fast-jar holds neither.
 */
class CommandPackageIT {
    static final Path TARGET = Path.of("target");

    record Run(int exit, String out) {
    }

    static Run vcgate(String url, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(TARGET.resolve("vcgate").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path output = Files.createTempFile("vcgate-it", ".out");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("VCGATE_"));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        if (url != null) {
            builder.environment().put("VCGATE_URL", url);
            builder.environment().put("VCGATE_USER", "pipeline-01@vsphere.local");
            builder.environment().put("VCGATE_PASSWORD", "not-checked-by-this-stub");
        }
        Process p = builder.start();
        boolean ended = p.waitFor(2, TimeUnit.MINUTES);
        if (!ended) {
            p.destroyForcibly();
        }
        String out = Files.readString(output, StandardCharsets.UTF_8);
        Files.delete(output);
        assertTrue(ended, "target/vcgate ended: " + out);
        return new Run(p.exitValue(), out);
    }

    static List<String> entries(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().map(ZipEntry::getName).filter(n -> !n.endsWith("/")).toList();
        }
    }

    @Test
    void theLauncherRunsThePackedCommand() throws Exception {
        assertTrue(Files.isExecutable(TARGET.resolve("vcgate")), "target/vcgate is executable");
        Run version = vcgate(null, "--version");
        assertEquals(0, version.exit(), version.out());
        assertTrue(version.out().matches("vcgate \\d+\\.\\d+\\.\\d+.*\\s*"), "the build's version: " + version.out());

        WireMockServer gateway = new WireMockServer(options().dynamicPort());
        gateway.start();
        try {
            gateway.stubFor(get(urlPathEqualTo("/v1/vms/vm-103/guest/customization")).willReturn(aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"vm\":\"vm-103\",\"status\":\"SUCCEEDED\",\"startTime\":\"2026-11-22T09:00:00Z\","
                            + "\"endTime\":\"2026-11-22T09:02:10Z\",\"source\":\"CUSTOMIZATION_LIVE\",\"later\":\"a field of a newer gateway\"}")));
            Run status = vcgate(gateway.baseUrl(), "status", "vm-103");
            assertEquals(0, status.exit(), status.out());
            assertTrue(status.out().startsWith("vm-103 SUCCEEDED started 2026-11-22T09:00Z"), status.out());
        } finally {
            gateway.stop();
        }
    }

    @Test
    void eachJarHoldsWhatItShould() throws IOException {
        for (String name : entries(TARGET.resolve("vcgate-command.jar"))) {
            assertTrue(name.startsWith("META-INF/") || name.startsWith("io/vcgate/cli/") || name.startsWith("io/vcgate/client/")
                    || name.startsWith("picocli/") || name.startsWith("com/fasterxml/jackson/"),
                    "the command holds its client, picocli and Jackson only: " + name);
        }
        Path client;
        try (Stream<Path> files = Files.list(TARGET)) {
            client = files.filter(f -> f.getFileName().toString().matches("vcgate-.*-client\\.jar")).findFirst().orElseThrow();
        }
        List<String> clientEntries = entries(client);
        assertTrue(clientEntries.contains("io/vcgate/client/api/CustomizationApi.class"), "the client jar holds the client");
        for (String name : clientEntries) {
            assertTrue(name.startsWith("META-INF/") || name.startsWith("io/vcgate/client/"), "the client jar holds the client alone: " + name);
        }
        try (Stream<Path> files = Files.walk(TARGET.resolve("quarkus-app"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jar")).toList()) {
                assertTrue(!file.getFileName().toString().startsWith("info.picocli"), "picocli is not in the gateway: " + file);
                for (String name : entries(file)) {
                    assertTrue(!name.startsWith("io/vcgate/cli/") && !name.startsWith("io/vcgate/client/"),
                            "the gateway holds nothing of the command: " + file + "!" + name);
                }
            }
        }
    }
}
