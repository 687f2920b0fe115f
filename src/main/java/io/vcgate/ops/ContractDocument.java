package io.vcgate.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /q/openapi} serves the facade contract as written ({@code specs/gateway.openapi.yaml},
 * shipped in the jar): YAML by default, JSON with {@code ?format=json} or {@code Accept: application/json}
 * ({@code generated/contract/gateway.openapi.json}, written from the YAML by the regenerate command, so
 * the gateway carries no YAML parser). Nothing is built at start-up: each file is read on its first request.
 */
@ApplicationScoped
public class ContractDocument {

    static final String YAML = "specs/gateway.openapi.yaml";
    static final String JSON = "specs/gateway.openapi.json";

    private volatile Buffer yaml;
    private volatile Buffer json;

    void install(@Observes Router router) {
        router.get("/q/openapi").handler(this::serve);
    }

    void serve(RoutingContext rc) {
        String format = rc.queryParams().get("format");
        String accept = rc.request().getHeader("Accept");
        boolean asJson = format != null ? "json".equalsIgnoreCase(format)
                : accept != null && accept.contains("application/json");
        rc.vertx().<Buffer>executeBlocking(() -> asJson ? json() : yaml(), false)
                .onSuccess(body -> rc.response()
                        .putHeader("Content-Type", (asJson ? "application/json" : "application/yaml") + ";charset=UTF-8")
                        .end(body))
                .onFailure(rc::fail);
    }

    private Buffer yaml() {
        Buffer read = yaml;
        if (read == null) {
            yaml = read = resource(YAML);
        }
        return read;
    }

    private Buffer json() {
        Buffer read = json;
        if (read == null) {
            json = read = resource(JSON);
        }
        return read;
    }

    private static Buffer resource(String path) {
        try (InputStream in = ContractDocument.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not in the application");
            }
            return Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
