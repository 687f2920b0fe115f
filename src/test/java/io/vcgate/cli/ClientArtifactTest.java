package io.vcgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The client artifact's own pom (src/client/pom.xml, with which ./mvnw install installs io.vcgate:vcgate-client)
 * keeps in step with the gateway's: the same version, and the Jackson the client is built and tested with.
 */
class ClientArtifactTest {

    static String property(String pom, String regex) throws Exception {
        Matcher m = Pattern.compile(regex).matcher(Files.readString(Path.of(pom)));
        if (!m.find()) {
            throw new AssertionError(pom + " has no match for " + regex);
        }
        return m.group(1);
    }

    @Test
    void sameVersionAsTheGateway() throws Exception {
        String version = "<artifactId>%s</artifactId>\\s*<version>([^<]+)</version>";
        assertEquals(property("pom.xml", String.format(version, "vcgate")),
                property("src/client/pom.xml", String.format(version, "vcgate-client")));
    }

    @Test
    void theJacksonTheClientIsTestedWith() throws Exception {
        assertEquals(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString(),
                property("src/client/pom.xml", "<jackson.version>([^<]+)</jackson.version>"),
                "src/client/pom.xml's jackson.version is the one the Quarkus platform manages (pom.xml)");
    }
}
