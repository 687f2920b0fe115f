package io.vcgate.facade;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ContractServedTest {

    @Test
    void qOpenapiServesTheSpecAsWritten() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode spec = yaml.readTree(Files.readString(Path.of("specs/gateway.openapi.yaml")));
        JsonNode served = yaml.readTree(given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString());
        assertEquals(spec.get("paths"), served.get("paths"), "paths and operations");
        spec.get("components").get("schemas").fields().forEachRemaining(schema -> assertEquals(unordered(schema.getValue()),
                unordered(served.get("components").get("schemas").get(schema.getKey())), "schema " + schema.getKey()));
        assertEquals(spec.get("info").get("version"), served.get("info").get("version"));
        assertEquals(spec.get("paths").size(), served.get("paths").size(), "no scanned operations were added");
    }

    @Test
    void qOpenapiServesTheSameContractAsJsonOnRequest() throws Exception {
        JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of("specs/gateway.openapi.yaml")));
        String byQuery = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .contentType(startsWith("application/json")).extract().asString();
        String byAccept = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .contentType(startsWith("application/json")).extract().asString();
        assertEquals(spec, new ObjectMapper().readTree(byQuery));
        assertEquals(spec, new ObjectMapper().readTree(byAccept));
        given().get("/q/openapi").then().statusCode(200).contentType(startsWith("application/yaml"));
    }

    /** allOf is a conjunction: the serializer may reorder its members without changing the contract. */
    static JsonNode unordered(JsonNode node) {
        if (node == null || !node.isContainerNode()) {
            return node;
        }
        JsonNode copy = node.deepCopy();
        if (copy.isObject()) {
            com.fasterxml.jackson.databind.node.ObjectNode object = (com.fasterxml.jackson.databind.node.ObjectNode) copy;
            java.util.List<String> names = new java.util.ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode child = unordered(object.get(name));
                if ("allOf".equals(name) && child.isArray()) {
                    java.util.List<JsonNode> members = new java.util.ArrayList<>();
                    child.forEach(members::add);
                    members.sort(java.util.Comparator.comparing(JsonNode::toString));
                    com.fasterxml.jackson.databind.node.ArrayNode sorted = object.arrayNode();
                    members.forEach(sorted::add);
                    child = sorted;
                }
                object.set(name, child);
            }
        }
        return copy;
    }
}
