package io.vcgate.facade;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /q/openapi} serves the facade contract as written ({@code specs/gateway.openapi.yaml},
 * shipped in the jar): YAML by default, JSON with {@code ?format=json} or {@code Accept: application/json}.
 * Nothing is built at start-up (SmallRye OpenAPI used to parse and re-serialise the document on every
 * launch); the JSON rendering is made on its first request.
 */
@ApplicationScoped
public class ContractDocument {

    static final String PATH = "specs/gateway.openapi.yaml";

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
            try (InputStream in = ContractDocument.class.getClassLoader().getResourceAsStream(PATH)) {
                if (in == null) {
                    throw new IllegalStateException(PATH + " is not in the application");
                }
                yaml = read = Buffer.buffer(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return read;
    }

    private Buffer json() throws IOException {
        Buffer read = json;
        if (read == null) {
            Object document = new ObjectMapper(new YAMLFactory()).readValue(yaml().getBytes(), Object.class);
            json = read = Buffer.buffer(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(document));
        }
        return read;
    }
}
