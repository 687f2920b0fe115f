package io.vcgate.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * vcgate's VI/JSON contract (specs/vi-json/vi-json.openapi.yaml) is a faithful cut of VMware's VI/JSON
 * subset (specs/vi-json/vmware/vi-json-9.0.0.0-subset.yaml), made by src/build/vi-json-subset.py: every block
 * of it is the reference's block of the same name, character for character, in the reference's order, and
 * it is self-contained. The blocks are compared as text, because a YAML parse would hide a changed
 * indentation, block scalar or trailing space; the references are resolved on a YAML parse.
 */
class ViJsonCutTest {

    private static final Path CUT = Path.of("specs/vi-json/vi-json.openapi.yaml");
    private static final Path REFERENCE = Path.of("specs/vi-json/vmware/vi-json-9.0.0.0-subset.yaml");

    private static final List<String> PATHS = List.of(
            "/ServiceInstance/{moId}/content",
            "/SessionManager/{moId}/Login",
            "/SessionManager/{moId}/Logout",
            "/Task/{moId}/info",
            "/VirtualMachineGuestCustomizationManager/{moId}/AbortCustomization_Task");

    @Test
    void everyBlockIsTheReferencesBlockInTheReferencesOrder() throws IOException {
        Document cut = Document.read(CUT);
        Document reference = Document.read(REFERENCE);

        assertEquals(reference.header, cut.header, "the header (openapi, info, servers) is the reference's");
        assertEquals(PATHS, List.copyOf(cut.paths.keySet()), "the cut's paths are exactly these five");
        assertSameBlocks("path", cut.paths, reference.paths);
        assertSameBlocks("tag", cut.tags, reference.tags);
        assertSameBlocks("schema", cut.schemas, reference.schemas);
        assertEquals(reference.securitySchemes, cut.securitySchemes, "components.securitySchemes is the reference's");
        assertEquals(reference.parameters, cut.parameters, "components.parameters is the reference's");
        assertEquals(cut.text, cut.reassembled(), "the cut holds nothing but its blocks and the reference's section lines");
    }

    @Test
    void everyReferenceResolvesInsideTheCut() throws IOException {
        JsonNode cut = new ObjectMapper(new YAMLFactory()).readTree(CUT.toFile());
        List<String> refs = new ArrayList<>();
        collectRefs(cut, refs);
        assertTrue(refs.contains("#/components/schemas/PrimitiveBoolean"), "Any's discriminator mapping is among them");
        for (String ref : refs) {
            assertTrue(ref.startsWith("#/"), ref + " is local");
            assertFalse(cut.at(ref.substring(1)).isMissingNode(), ref + " resolves inside the cut");
        }
        JsonNode schemes = cut.path("components").path("securitySchemes");
        cut.path("paths").forEach(path -> path.forEach(operation -> operation.path("security")
                .forEach(requirement -> requirement.fieldNames()
                        .forEachRemaining(name -> assertTrue(schemes.has(name), name + " is a security scheme of the cut")))));
    }

    @Test
    void theTagsAndTheNamedFaultsOfTheOperationsAreKept() throws IOException {
        JsonNode cut = new ObjectMapper(new YAMLFactory()).readTree(CUT.toFile());
        Document text = Document.read(CUT);
        Document reference = Document.read(REFERENCE);
        Set<String> used = new TreeSet<>();
        Set<String> faults = new TreeSet<>();
        Pattern named = Pattern.compile("\\*\\*\\*([A-Za-z]+)\\*\\*\\*");
        cut.path("paths").forEach(path -> path.forEach(operation -> {
            operation.path("tags").forEach(tag -> used.add(tag.asText()));
            Matcher m = named.matcher(operation.toString());
            while (m.find()) {
                faults.add(m.group(1));
            }
        }));
        assertEquals(used, text.tags.keySet(), "the cut tags exactly the managed object types of its operations");
        assertTrue(faults.contains("TaskInProgress") && faults.contains("InvalidLogin"), "the descriptions name faults: " + faults);
        for (String fault : faults) {
            if (reference.schemas.containsKey(fault)) {
                assertTrue(text.schemas.containsKey(fault), fault + " is named by an operation and kept");
            }
        }
    }

    private static void assertSameBlocks(String kind, Map<String, String> cut, Map<String, String> reference) {
        assertFalse(cut.isEmpty(), "the cut has " + kind + "s");
        List<String> order = new ArrayList<>(reference.keySet());
        int last = -1;
        for (Map.Entry<String, String> block : cut.entrySet()) {
            String name = block.getKey();
            assertTrue(reference.containsKey(name), kind + " " + name + " is in the reference");
            assertEquals(reference.get(name), block.getValue(), kind + " " + name + " is the reference's block, verbatim");
            int at = order.indexOf(name);
            assertTrue(at > last, kind + " " + name + " is in the reference's order");
            last = at;
        }
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("$ref")) {
                    refs.add(field.getValue().asText());
                } else if (field.getKey().equals("mapping")) {
                    field.getValue().forEach(target -> refs.add(target.asText()));
                } else {
                    collectRefs(field.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, refs));
        }
    }

    /** An OpenAPI document of this layout, split into its blocks as text (each with its trailing blank line). */
    private record Document(String text, String header, Map<String, String> paths, Map<String, String> tags,
            String securitySchemes, Map<String, String> schemas, String parameters) {

        static Document read(Path file) throws IOException {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Map<String, String> top = blocks(text, 0);
            assertEquals(List.of("openapi", "info", "servers", "paths", "tags", "components"), List.copyOf(top.keySet()),
                    file + " has the reference's top-level layout");
            Map<String, String> components = blocks(body("components:\n", top.get("components")), 2);
            assertEquals(List.of("securitySchemes", "schemas", "parameters"), List.copyOf(components.keySet()),
                    file + " has the reference's components layout");
            return new Document(text,
                    top.get("openapi") + top.get("info") + top.get("servers"),
                    blocks(body("paths:\n", top.get("paths")), 2),
                    blocks(body("tags:\n", top.get("tags")), 2),
                    components.get("securitySchemes"),
                    blocks(body("  schemas:\n", components.get("schemas")), 4),
                    components.get("parameters"));
        }

        String reassembled() {
            return header + "paths:\n" + String.join("", paths.values()) + "tags:\n" + String.join("", tags.values())
                    + "components:\n" + securitySchemes + "  schemas:\n" + String.join("", schemas.values()) + parameters;
        }

        private static String body(String keyLine, String block) {
            assertTrue(block.startsWith(keyLine), "the section starts with " + keyLine.strip());
            return block.substring(keyLine.length());
        }

        /**
         * Blocks keyed at exactly {@code indent} spaces ({@code key:} or {@code - name: X}), each running up to the
         * next non-empty line indented that much or less; no text may come before the first key.
         */
        private static Map<String, String> blocks(String text, int indent) {
            Pattern key = Pattern.compile("^ {" + indent + "}(?:- name: (\\S.*)|([^ \\-#][^:]*?):(?: |$))");
            Map<String, String> out = new LinkedHashMap<>();
            String name = null;
            StringBuilder block = new StringBuilder();
            for (String line : text.split("(?<=\n)")) {
                String bare = line.stripTrailing();
                int depth = bare.length() - bare.stripLeading().length();
                if (!bare.isBlank() && depth <= indent) {
                    Matcher m = key.matcher(bare);
                    assertTrue(depth == indent && m.find(), "a block starts at indent " + indent + ": " + bare);
                    if (name != null) {
                        assertFalse(out.containsKey(name), name + " appears once");
                        out.put(name, block.toString());
                    }
                    name = m.group(1) != null ? m.group(1) : m.group(2);
                    block.setLength(0);
                }
                assertTrue(name != null, "no text before the first block at indent " + indent + ": " + bare);
                block.append(line);
            }
            if (name != null) {
                assertFalse(out.containsKey(name), name + " appears once");
                out.put(name, block.toString());
            }
            return out;
        }
    }
}
