package io.vcgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

/** target/kubernetes/kubernetes.yml, written by the build: valid YAML with probes, resources and the vCenter settings. */
class KubernetesManifestIT {

    @Test
    void theDeploymentHasProbesResourcesAndTheVcenterSettings() throws Exception {
        Path manifest = Path.of("target/kubernetes/kubernetes.yml");
        assertTrue(Files.exists(manifest), "the build writes " + manifest);
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<JsonNode> documents = new ArrayList<>();
        try (YAMLParser parser = new YAMLFactory().createParser(manifest.toFile())) {
            yaml.readValues(parser, JsonNode.class).forEachRemaining(documents::add);
        }
        JsonNode deployment = documents.stream().filter(d -> "Deployment".equals(d.path("kind").asText())).findFirst().orElseThrow();
        assertTrue(documents.stream().anyMatch(d -> "Service".equals(d.path("kind").asText())), "a Service");
        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText());
        assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
        assertNotNull(container.at("/resources/requests/memory").textValue());
        assertNotNull(container.at("/resources/limits/memory").textValue());
        assertNotNull(container.at("/resources/limits/cpu").textValue());
        assertEquals("vcgate-config", container.at("/envFrom/0/configMapRef/name").asText());
        JsonNode volume = deployment.at("/spec/template/spec/volumes/0");
        assertEquals("vcgate-vcenter-trust", volume.at("/secret/secretName").asText());
        assertEquals("/etc/vcgate/trust", container.at("/volumeMounts/0/mountPath").asText());
    }
}
