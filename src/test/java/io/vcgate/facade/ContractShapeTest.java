package io.vcgate.facade;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The facade's generator templates (src-templates/facade/templates) put no validation cascade on
 * containers, which is right only while no request body holds an array: this keeps it so.
 */
class ContractShapeTest {

    @Test
    void noRequestBodyHoldsAnArraySoContainersNeedNoValidationCascade() throws Exception {
        JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(Path.of("specs/gateway.openapi.yaml").toFile());
        List<JsonNode> bodies = new ArrayList<>();
        spec.get("paths").forEach(path -> path.forEach(operation -> {
            JsonNode body = operation.path("requestBody").path("content");
            body.forEach(media -> bodies.add(media.path("schema")));
        }));
        assertFalse(bodies.isEmpty(), "the contract has request bodies");
        Set<String> seen = new HashSet<>();
        for (JsonNode body : bodies) {
            assertTrue(noArray(spec, body, seen), "a request body holds an array: restore @Valid on containers in the templates");
        }
    }

    private static boolean noArray(JsonNode spec, JsonNode schema, Set<String> seen) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (!seen.add(ref)) {
                return true;
            }
            return noArray(spec, spec.at(ref.substring(1)), seen);
        }
        if ("array".equals(schema.path("type").asText()) || schema.has("items")) {
            return false;
        }
        boolean ok = true;
        for (String nested : List.of("properties", "allOf", "oneOf", "anyOf")) {
            for (JsonNode child : schema.path(nested)) {
                ok &= noArray(spec, child, seen);
            }
        }
        if (schema.path("additionalProperties").isObject()) {
            ok &= noArray(spec, schema.get("additionalProperties"), seen);
        }
        return ok;
    }
}
