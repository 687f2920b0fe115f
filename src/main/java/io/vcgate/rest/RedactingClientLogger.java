package io.vcgate.rest;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.client.api.ClientLogger;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;

/**
 * The REST client's wire log ({@code quarkus.rest-client.logging.scope=request-response}, category
 * {@code io.vcgate.rest.RedactingClientLogger} at DEBUG): method, URI, status and headers, with the
 * vCenter credentials and session headers masked, and never a body. Bodies are left out on purpose,
 * whatever {@code body-limit} says: {@code POST /api/session} answers with the session id as its body.
 */
@ApplicationScoped
public class RedactingClientLogger implements ClientLogger {

    private static final Logger LOG = Logger.getLogger(RedactingClientLogger.class);
    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "vmware-api-session-id", "cookie", "set-cookie");

    @Override
    public void setBodySize(int bodySize) {
        // bodies are never logged
    }

    @Override
    public void logRequest(HttpClientRequest request, Buffer body, boolean omitBody) {
        if (LOG.isDebugEnabled()) {
            LOG.debugf("Request: %s %s Headers[%s]", request.getMethod(), request.absoluteURI(), headers(request.headers()));
        }
    }

    @Override
    public void logResponse(HttpClientResponse response, boolean redirect) {
        if (LOG.isDebugEnabled()) {
            LOG.debugf("Response: %s %s Status[%d] Headers[%s]", response.request().getMethod(), response.request().absoluteURI(),
                    response.statusCode(), headers(response.headers()));
        }
    }

    static String headers(MultiMap headers) {
        return headers.entries().stream()
                .map(Map.Entry::getKey)
                .distinct()
                .map(name -> name + "=" + (SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? "<hidden>" : String.join(",", headers.getAll(name))))
                .collect(Collectors.joining(" "));
    }
}
