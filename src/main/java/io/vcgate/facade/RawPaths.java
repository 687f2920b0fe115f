package io.vcgate.facade;

import java.util.Optional;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.ext.web.RoutingContext;

/**
 * A {@code /v1} path exactly as sent, before the HTTP layer normalises, decodes or strips it: what it
 * would reinterpret is a 400 naming the path, so that no request silently addresses another id than the
 * one written. Refused: matrix parameters ({@code ;}, which JAX-RS strips from a segment), any
 * percent-encoding (ids, Task ids and vCenter names are letters, digits, {@code -} and {@code _}, so an
 * encoded character can only smuggle a {@code /}, {@code \}, {@code .}, {@code %} or {@code ;}),
 * backslashes, dot segments and empty segments (a trailing {@code /} included).
 */
public class RawPaths {

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION - 50)
    public Optional<Response> check(ContainerRequestContext request, RoutingContext routing) {
        String path = request.getUriInfo().getPath();
        if (!path.equals("/v1") && !path.startsWith("/v1/")) {
            return Optional.empty();
        }
        String uri = routing.request().uri(); // the request target as sent: path() may already be cleaned up
        int query = uri.indexOf('?');
        String problem = problem(query < 0 ? uri : uri.substring(0, query));
        return problem == null ? Optional.empty() : Optional.of(InputProblems.field("path", problem));
    }

    /** Why the raw path would be reinterpreted, or null. */
    static String problem(String raw) {
        if (raw == null) {
            return null;
        }
        if (raw.indexOf(';') >= 0) {
            return "must not contain ';' (matrix parameters would be stripped from the id)";
        }
        if (raw.indexOf('%') >= 0) {
            return "must not be percent-encoded (ids are letters, digits, - and _)";
        }
        if (raw.indexOf('\\') >= 0) {
            return "must not contain '\\'";
        }
        int start = 1;
        while (start <= raw.length()) {
            int end = raw.indexOf('/', start);
            String segment = raw.substring(start, end < 0 ? raw.length() : end);
            if (segment.equals(".") || segment.equals("..")) {
                return "must not contain dot segments ('.' or '..')";
            }
            if (segment.isEmpty()) {
                return "must not contain empty segments ('//', or a '/' at the end)";
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        return null;
    }
}
