package io.vcgate.facade;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.Response;

import io.vcgate.core.BackendFailure;
import io.vcgate.facade.model.FieldError;
import io.vcgate.facade.model.Problem;

/**
 * RFC 9457 problem documents: every error vcgate answers is one of these, as
 * {@code application/problem+json}, with the vSphere fault name where there is one, whether the same
 * request may succeed later, and the request id to find it in the logs. The type URI names the fault
 * (https://vcgate.dev/problems/invalid-power-state) or, without one, the kind of failure. The
 * {@code instance} and request id are stamped by {@link RequestIds} on the way out.
 */
final class Problems {

    static final String MEDIA_TYPE = "application/problem+json";
    static final String BASE = "https://vcgate.dev/problems/";

    private Problems() {
    }

    /** A backend failure, as the problem table says. */
    static Response of(BackendFailure failure, ProblemTable.Row row) {
        Problem problem = body(failure, row);
        Response.ResponseBuilder response = Response.status(row.status()).type(MEDIA_TYPE).entity(problem);
        if (row.retryAfterSeconds() != null) {
            response.header("Retry-After", row.retryAfterSeconds());
        }
        return response.build();
    }

    /** The problem document of a backend failure (not yet stamped). */
    static Problem body(BackendFailure failure, ProblemTable.Row row) {
        String name = failure.fault() != null ? failure.fault() : failure.category().name();
        Problem problem = new Problem()
                .type(BASE + kebab(name))
                .title(row.title())
                .status(row.status())
                .detail(failure.getMessage())
                .fault(failure.fault())
                .retryable(row.retryable());
        problem.setErrors(null);
        return problem;
    }

    /** A problem of vcgate's own (bad input, wrong method...): never retryable as it is. */
    static Response of(int status, String kind, String title, String detail, List<FieldError> errors) {
        return Response.status(status).type(MEDIA_TYPE).entity(problem(status, kind, title, detail, errors)).build();
    }

    static Problem problem(int status, String kind, String title, String detail, List<FieldError> errors) {
        Problem problem = new Problem()
                .type(BASE + kind)
                .title(title)
                .status(status)
                .detail(detail)
                .retryable(false);
        problem.setErrors(errors == null || errors.isEmpty() ? null : List.copyOf(errors));
        return problem;
    }

    static Response validation(String detail, List<FieldError> errors) {
        return of(400, "validation", "Request is not valid", detail, errors);
    }

    /** The request's path as {@code instance} and its request id: the one place both are set. */
    static Problem stamp(Problem problem, String instance, String requestId) {
        return problem.instance(instance).requestId(requestId);
    }

    /** InvalidPowerState -> invalid-power-state; NOT_FOUND -> not-found. */
    static String kebab(String name) {
        if (name.equals(name.toUpperCase(Locale.ROOT))) {
            return name.toLowerCase(Locale.ROOT).replace('_', '-');
        }
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
