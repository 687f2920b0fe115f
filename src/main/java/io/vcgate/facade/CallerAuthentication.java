package io.vcgate.facade;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vcgate.core.Caller;

/**
 * Every {@code /v1} request must carry HTTP Basic credentials: the caller's own vCenter user and
 * password, which vcgate uses for that caller's vCenter sessions and never stores or logs. Without
 * them: 401 with {@code WWW-Authenticate}, before any validation or backend call.
 */
public class CallerAuthentication {

    @Inject
    CurrentCaller caller;

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION)
    public Optional<Response> authenticate(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.equals("/v1") && !path.startsWith("/v1/")) {
            return Optional.empty();
        }
        Optional<Caller> who = Callers.fromBasic(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (who.isEmpty()) {
            Response problem = Problems.of(401, "unauthenticated", "Credentials are required",
                    "Send your vCenter user name and password with HTTP Basic authentication.", null);
            return Optional.of(Response.fromResponse(problem)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"vcgate\", charset=\"UTF-8\"").build());
        }
        caller.set(who.get());
        return Optional.empty();
    }
}
