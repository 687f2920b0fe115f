package io.vcgate.facade;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A facade request whose declared body is larger than {@code quarkus.http.limits.max-body-size}
 * answers 413 as a problem, before the body is read (a Vert.x route: Quarkus would answer a bare 413
 * before any JAX-RS filter runs). Only POSTs carry bodies, so only they pass through it. (Vert.x enforces the same limit on bodies sent
 * without a length, with a bare 413.)
 */
@ApplicationScoped
public class BodyLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize limit;

    @Inject
    ObjectMapper mapper;

    void install(@Observes Router router) {
        router.post("/v1/*").order(-900).handler(this::check);
    }

    void check(RoutingContext rc) {
        String length = rc.request().getHeader("Content-Length");
        long declared;
        try {
            declared = length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            declared = -1;
        }
        if (declared > limit.asLongValue()) {
            String id = RequestIds.of(rc.request().getHeader("X-Request-Id"));
            rc.response().setStatusCode(413).putHeader("Content-Type", Problems.MEDIA_TYPE).putHeader("Connection", "close")
                    .putHeader("X-Request-Id", id)
                    .end(problem(rc.normalizedPath(), id));
            return;
        }
        rc.next();
    }

    private String problem(String instance, String requestId) {
        try {
            return mapper.writeValueAsString(Problems.stamp(Problems.problem(413, "too-large", "Request body too large",
                    "The body may be at most " + limit.asLongValue() + " bytes.", null), instance, requestId));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
