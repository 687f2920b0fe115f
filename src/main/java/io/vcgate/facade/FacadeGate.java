package io.vcgate.facade;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.vcgate.core.Caller;

/**
 * Every request gets a request id (the caller's {@code X-Request-Id} when it is a sane token, a new
 * UUID otherwise) in the logging MDC, in the response header and in any problem. Every {@code /v1}
 * request must carry HTTP Basic credentials: the caller's own vCenter user and password, which vcgate
 * uses for that caller's vCenter sessions and never stores or logs. Without them: 401 with
 * {@code WWW-Authenticate}, before any validation or backend call.
 */
public class FacadeGate {

    static final String REQUEST_ID = "requestId";
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Inject
    CurrentCaller caller;

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> gate(ContainerRequestContext request) {
        String id = requestId(request.getHeaderString("X-Request-Id"));
        request.setProperty(REQUEST_ID, id);
        MDC.put(REQUEST_ID, id);
        String path = request.getUriInfo().getPath();
        if (!path.equals("/v1") && !path.startsWith("/v1/")) {
            return Optional.empty();
        }
        Optional<Caller> who = Callers.fromBasic(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (who.isEmpty()) {
            Response problem = Problems.of(401, "unauthenticated", "Credentials are required",
                    "Send your vCenter user name and password with HTTP Basic authentication.", path, id, false, null);
            return Optional.of(Response.fromResponse(problem)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"vcgate\", charset=\"UTF-8\"").build());
        }
        caller.set(who.get());
        return Optional.empty();
    }

    /** The caller's request id when it is a sane token, else a new one. */
    static String requestId(String given) {
        return given != null && SANE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }

    @ServerResponseFilter
    public void requestId(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(REQUEST_ID);
        if (id != null) {
            response.getHeaders().putSingle("X-Request-Id", id);
        }
    }
}
