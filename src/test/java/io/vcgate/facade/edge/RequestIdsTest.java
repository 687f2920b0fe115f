package io.vcgate.facade.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void aSaneIdFromTheCallerIsKept() {
        assertEquals("pipeline-42.step_7", RequestIds.of("pipeline-42.step_7"));
        assertEquals("x".repeat(64), RequestIds.of("x".repeat(64)));
    }

    @Test
    void aMissingOrInsaneIdIsReplacedByANewVersion4Uuid() {
        Set<String> seen = new HashSet<>();
        for (String given : new String[] { null, "", "bad id with spaces", "x".repeat(65), "<script>" }) {
            String id = RequestIds.of(given);
            assertNotEquals(given, id);
            UUID uuid = UUID.fromString(id);
            assertEquals(id, uuid.toString());
            assertEquals(4, uuid.version());
            assertEquals(2, uuid.variant()); // IETF
            seen.add(id);
        }
        assertEquals(5, seen.size(), "each new id is different");
    }
}
