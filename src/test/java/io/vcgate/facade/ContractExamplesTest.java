package io.vcgate.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * What Swagger UI shows a newcomer: every error response of the contract has its own example, whose
 * status is the status it documents and which carries every field a problem always has.
 */
class ContractExamplesTest {

    @Test
    void everyErrorResponseShowsATrueExampleOfItsOwn() throws Exception {
        JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of("specs/gateway.openapi.yaml")));
        Map<String, Set<Integer>> usedAs = new HashMap<>();
        spec.get("paths").forEach(path -> path.forEach(operation -> operation.path("responses").fields().forEachRemaining(response -> {
            String ref = response.getValue().path("$ref").asText("");
            if (!ref.isEmpty()) {
                usedAs.computeIfAbsent(ref.substring(ref.lastIndexOf('/') + 1), k -> new HashSet<>()).add(Integer.valueOf(response.getKey()));
            }
        })));
        Set<String> required = new HashSet<>();
        spec.at("/components/schemas/Problem/required").forEach(field -> required.add(field.asText()));
        Set<JsonNode> examples = new HashSet<>();
        spec.at("/components/responses").fields().forEachRemaining(response -> {
            JsonNode example = response.getValue().at("/content/application~1problem+json/example");
            assertFalse(example.isMissingNode(), response.getKey() + " has an example");
            assertTrue(examples.add(example), response.getKey() + " has an example of its own");
            Set<Integer> statuses = usedAs.getOrDefault(response.getKey(), Set.of());
            assertEquals(1, statuses.size(), response.getKey() + " documents one status: " + statuses);
            assertEquals(statuses.iterator().next(), example.get("status").asInt(), response.getKey() + "'s example shows its status");
            required.forEach(field -> assertTrue(example.has(field), response.getKey() + "'s example has " + field));
            if (example.has("errors")) {
                example.get("errors").forEach(error -> assertEquals("is required", error.get("message").asText()));
            }
        });
    }
}
