package io.vcgate.simulator;

import java.io.IOException;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

/**
 * The simulator's JSON, its own (it shares nothing with the gateway): unset fields left out, times as
 * ISO-8601 text, unknown fields ignored, as vCenter and the generated models expect.
 */
final class Json {

    /** The content type of vCenter's successful JSON answers. */
    static final String UTF8 = "application/json;charset=UTF-8";
    /** The content type of vCenter's vapi error answers. */
    static final String PLAIN = "application/json";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);

    /** A request body that is not the JSON asked for. */
    static final class BadJson extends Exception {
        BadJson(String message) {
            super(message, null, false, false);
        }
    }

    private Json() {
    }

    /** Answers {@code status} with {@code body} written as JSON, as {@code contentType}. */
    static void answer(RoutingContext rc, int status, String contentType, Object body) {
        try {
            rc.response().setStatusCode(status).putHeader("Content-Type", contentType).end(Buffer.buffer(MAPPER.writeValueAsBytes(body)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the simulator could not write its JSON answer", e);
        }
    }

    /** The request body read as {@code type}; null when there is none. */
    static <T> T read(RoutingContext rc, Class<T> type) throws BadJson {
        Buffer body = rc.body().buffer();
        if (body == null || body.length() == 0) {
            return null;
        }
        try {
            return MAPPER.readValue(body.getBytes(), type);
        } catch (JsonProcessingException e) {
            throw new BadJson("the body is not the JSON expected: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadJson("the body is not the JSON expected");
        }
    }
}
