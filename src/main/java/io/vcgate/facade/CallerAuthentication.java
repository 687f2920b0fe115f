package io.vcgate.facade;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vcgate.core.Caller;
import io.vertx.ext.web.RoutingContext;

/**
 * Every {@code /v1} request, before any validation or backend call: it must come over HTTPS (unless
 * {@code vcgate.facade.allow-plain-http}), else 403; it must carry HTTP Basic credentials, the caller's
 * own vCenter user and password, which vcgate uses for that caller's vCenter sessions and never stores
 * or logs, else 401 with {@code WWW-Authenticate} (400 when they cannot be sent to vCenter at all); and
 * its caller may not already have {@code vcgate.facade.caller-max-in-flight} calls under way, else 429.
 */
public class CallerAuthentication {

    @Inject
    CurrentCaller caller;

    @Inject
    FacadeAdmission admission;

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION)
    public Optional<Response> authenticate(ContainerRequestContext request, RoutingContext routing) {
        String path = request.getUriInfo().getPath();
        if (!path.equals("/v1") && !path.startsWith("/v1/")) {
            return Optional.empty();
        }
        if (!admission.plainHttpAllowed() && !routing.request().isSSL()) {
            return Optional.of(Problems.of(403, "https-required", "HTTPS is required",
                    "vcgate takes vCenter credentials over HTTPS only: call https:// (plain HTTP is accepted only with "
                            + "vcgate.facade.allow-plain-http, behind a TLS-terminating proxy).", null));
        }
        Optional<Caller> who;
        try {
            who = Callers.fromBasic(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        } catch (InvalidInput e) {
            return Optional.of(InputProblems.field(e.field(), e.getMessage()));
        }
        if (who.isEmpty()) {
            Response problem = Problems.of(401, "unauthenticated", "Credentials are required",
                    "Send your vCenter user name and password with HTTP Basic authentication.", null);
            return Optional.of(Response.fromResponse(problem)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"vcgate\", charset=\"UTF-8\"").build());
        }
        caller.set(who.get());
        return counted(request, path) ? admit(who.get(), routing) : Optional.empty();
    }

    /** Calls that hold a place under the per-caller limit: all but watches, long polls and the vCenter list. */
    private static boolean counted(ContainerRequestContext request, String path) {
        if (!HttpMethod.GET.equals(request.getMethod())) {
            return true;
        }
        return !path.endsWith("/events") && !path.equals("/v1/vcenters") && !request.getUriInfo().getQueryParameters().containsKey("wait");
    }

    private Optional<Response> admit(Caller who, RoutingContext routing) {
        String key = FacadeAdmission.key(who.username());
        if (!admission.tryEnter(key)) {
            return Optional.of(Response.status(429).type(Problems.MEDIA_TYPE).header("Retry-After", 1)
                    .entity(Problems.problem(429, "too-many-requests", "Too many requests from this caller", "You already have "
                            + admission.limit() + " calls under way, as many as vcgate allows one caller (vcgate.facade.caller-max-in-flight); "
                            + "try again when one has ended.", null).retryable(true))
                    .build());
        }
        routing.addEndHandler(ended -> admission.leave(key));
        return Optional.empty();
    }
}
