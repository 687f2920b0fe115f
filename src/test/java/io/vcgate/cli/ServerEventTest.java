package io.vcgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Reading text/event-stream: fields, comments, multi-line data, an early stop and a stream that ends first. */
class ServerEventTest {

    static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void eventsCommentsAndMultiLineData() throws Exception {
        List<ServerEvent> seen = new ArrayList<>();
        boolean stopped = ServerEvent.read(stream("id:1\nevent:status\ndata:{\"a\":1}\n\n: heartbeat\n\nid: 2\nevent: task\ndata: x\ndata: y\nretry: 5\n\ndata:z\n\n"), seen::add);
        assertFalse(stopped, "the stream ended first");
        assertEquals(List.of(new ServerEvent("1", "status", "{\"a\":1}"), new ServerEvent("2", "task", "x\ny"),
                new ServerEvent(null, "message", "z")), seen);
    }

    @Test
    void theHandlerEndsTheReading() throws Exception {
        List<ServerEvent> seen = new ArrayList<>();
        boolean stopped = ServerEvent.read(stream("event:status\ndata:a\n\nevent:status\ndata:b\n\n"), e -> {
            seen.add(e);
            return false;
        });
        assertTrue(stopped);
        assertEquals(1, seen.size());
    }

    @Test
    void anEventCutBeforeItsBlankLineIsNotDelivered() throws Exception {
        List<ServerEvent> seen = new ArrayList<>();
        assertFalse(ServerEvent.read(stream("event:status\ndata:{\"half\""), seen::add));
        assertTrue(seen.isEmpty());
    }
}
