package io.vcgate.testing.vijson;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.vcgate.vcrest.api.CustomizationLiveApi;
import io.vcgate.vcrest.api.SessionApi;

/**
 * The REST door ({@code /api/session}, {@code /api/vcenter/vm/{vm}/guest/customization-live}) through the
 * JAX-RS interfaces already generated from {@code specs/vcenter-rest.openapi.yaml}
 * ({@code io.vcgate.vcrest.api}), built with Quarkus' REST client: nothing to generate for it. Their
 * paths start with {@code /api}, so the base is an origin ({@code http://localhost:8081}) or a named
 * vCenter's prefix ({@code http://localhost:8081/vcenters/lab}). Quarkus' REST client needs a running
 * Quarkus application: use these in a {@code @QuarkusTest} only.
 */
public final class ApiClients {

    private ApiClients() {
    }

    public static SessionApi sessions(URI base) {
        return QuarkusRestClientBuilder.newBuilder().baseUri(base).build(SessionApi.class);
    }

    public static CustomizationLiveApi customizationLive(URI base) {
        return QuarkusRestClientBuilder.newBuilder().baseUri(base).build(CustomizationLiveApi.class);
    }

    /** {@code http://localhost:port}: the default vCenter. */
    public static URI base(int port) {
        return URI.create("http://localhost:" + port);
    }

    /** {@code http://localhost:port/vcenters/vcenter}: the named vCenter. */
    public static URI base(int port, String vcenter) {
        return URI.create("http://localhost:" + port + "/vcenters/" + vcenter);
    }

    /**
     * The session id in {@code POST /api/session}'s answer: {@code SessionApi.createSession} hands over the
     * body as it came, a JSON string ({@code "b00a..."}, quotes included).
     */
    public static String sessionId(String createSessionBody) {
        try {
            return new ObjectMapper().readValue(createSessionBody, String.class);
        } catch (JsonProcessingException e) {
            throw new AssertionError("POST /api/session answered no JSON string: " + createSessionBody, e);
        }
    }

    /** The {@code Authorization} value {@code POST /api/session} takes. */
    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
