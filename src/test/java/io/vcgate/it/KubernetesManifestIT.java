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
        List<String> secrets = new ArrayList<>();
        deployment.at("/spec/template/spec/volumes").forEach(v -> secrets.add(v.at("/secret/secretName").asText()));
        List<String> mounts = new ArrayList<>();
        container.at("/volumeMounts").forEach(m -> mounts.add(m.at("/mountPath").asText()));
        assertTrue(secrets.contains("vcgate-vcenter-trust") && mounts.contains("/etc/vcgate/trust"), "the vCenter CA: " + secrets + mounts);
        // HTTPS on the facade, its certificate from a Secret
        assertTrue(secrets.contains("vcgate-facade-tls") && mounts.contains("/etc/vcgate/tls"), "the facade certificate: " + secrets + mounts);
        List<String> env = new ArrayList<>();
        container.at("/env").forEach(e -> env.add(e.at("/name").asText() + "=" + e.at("/value").asText()));
        // the profile whose keys name the mounted certificate as the facade's (application.properties, %k8s)
        assertTrue(env.contains("QUARKUS_PROFILE=prod,k8s"), env.toString());
        // every replica's session key for vCenter's own dialects from one Secret, so each honours the others' ids
        List<String> fromSecrets = new ArrayList<>();
        container.at("/env").forEach(e -> fromSecrets.add(e.at("/name").asText() + "<-" + e.at("/valueFrom/secretKeyRef/name").asText()
                + "/" + e.at("/valueFrom/secretKeyRef/key").asText()));
        assertTrue(fromSecrets.contains("VCGATE_COMPAT_SESSIONS_KEY<-vcgate-compat-sessions/key"), fromSecrets.toString());
        List<Integer> ports = new ArrayList<>();
        container.at("/ports").forEach(port -> ports.add(port.at("/containerPort").asInt()));
        assertTrue(ports.contains(8443), "the HTTPS port: " + ports);
        JsonNode service = documents.stream().filter(d -> "Service".equals(d.path("kind").asText())).findFirst().orElseThrow();
        List<String> served = new ArrayList<>();
        service.at("/spec/ports").forEach(port -> served.add(port.at("/name").asText()));
        assertTrue(served.contains("https"), "the Service serves HTTPS: " + served);
    }
}
