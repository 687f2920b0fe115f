package io.vcgate.facade;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.vcgate.vcenter.UnknownVcenter;

/**
 * JAX-RS's own answers (404 for unknown paths, 405, 406, 415) and unknown vCenter names as problems, and anything unexpected as
 * a 500 whose detail says nothing of its cause (which is logged, without secrets, with the request id).
 */
public class HttpProblems {

    private static final Logger LOG = Logger.getLogger(HttpProblems.class);

    @ServerExceptionMapper
    public Response web(WebApplicationException e, ContainerRequestContext request) {
        if (e.getCause() instanceof InvalidInput invalid) {
            return InputProblems.field(invalid.field(), invalid.getMessage()); // a parameter that did not convert: not a 404
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String kind = switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthenticated";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            default -> "http-" + status;
        };
        String detail = switch (status) {
            case 404 -> "There is nothing at this path.";
            case 405 -> "This path does not take " + request.getMethod() + ".";
            case 415 -> "Send the body as application/json.";
            case 406 -> "vcgate answers application/json and application/problem+json.";
            default -> title;
        };
        return Problems.of(status, kind, title, detail, null);
    }

    @ServerExceptionMapper
    public Response unknownVcenter(UnknownVcenter e) {
        return Problems.of(404, "unknown-vcenter", "No such vCenter", e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, ContainerRequestContext request) {
        LOG.errorf("Unexpected failure on %s %s: %s", request.getMethod(), request.getUriInfo().getPath(), e.getClass().getName());
        return Problems.of(500, "internal", "Internal error", "vcgate failed unexpectedly; the request id finds it in the logs.", null);
    }
}
