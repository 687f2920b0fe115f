package io.vcgate.facade;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.Response;

import io.vcgate.core.FaultCategory;
import io.vcgate.core.VsphereFault;
import io.vcgate.facade.model.FieldError;
import io.vcgate.facade.model.Problem;

/**
 * RFC 9457 problem documents: every error vcgate answers is one of these, as
 * {@code application/problem+json}, with the vSphere fault name where there is one, whether the same
 * request may succeed later, and the request id to find it in the logs. The type URI names the fault
 * (https://vcgate.dev/problems/invalid-power-state) or, without one, the kind of failure.
 */
final class Problems {

    static final String MEDIA_TYPE = "application/problem+json";
    static final String BASE = "https://vcgate.dev/problems/";

    private Problems() {
    }

    static Response of(VsphereFault fault, String instance, String requestId, long retryAfterSeconds) {
        FaultCategory category = fault.category();
        String name = fault.fault() != null ? fault.fault() : category.name();
        Problem problem = new Problem()
                .type(BASE + kebab(name))
                .title(title(category))
                .status(category.status())
                .detail(fault.getMessage())
                .instance(instance)
                .fault(fault.fault())
                .retryable(category.retryable())
                .requestId(requestId);
        problem.setErrors(null);
        Response.ResponseBuilder response = Response.status(category.status()).type(MEDIA_TYPE).entity(problem);
        if (category == FaultCategory.UNAVAILABLE) {
            response.header("Retry-After", retryAfterSeconds);
        }
        return response.build();
    }

    static Response of(int status, String kind, String title, String detail, String instance, String requestId,
            boolean retryable, List<FieldError> errors) {
        return Response.status(status).type(MEDIA_TYPE)
                .entity(problem(status, kind, title, detail, instance, requestId, retryable, errors)).build();
    }

    /** The problem document itself, for answers written outside JAX-RS (see {@link BodyLimit}). */
    static Problem problem(int status, String kind, String title, String detail, String instance, String requestId,
            boolean retryable, List<FieldError> errors) {
        Problem problem = new Problem()
                .type(BASE + kind)
                .title(title)
                .status(status)
                .detail(detail)
                .instance(instance)
                .retryable(retryable)
                .requestId(requestId);
        problem.setErrors(errors == null || errors.isEmpty() ? null : List.copyOf(errors));
        return problem;
    }

    static Response validation(String detail, List<FieldError> errors, String instance, String requestId) {
        return of(400, "validation", "Request is not valid", detail, instance, requestId, false, errors);
    }

    static String title(FaultCategory category) {
        return switch (category) {
            case CONFLICT -> "VM is not in a state that allows this";
            case GUEST_LOGIN_REJECTED -> "Guest credentials were rejected";
            case GUEST_PERMISSION_DENIED -> "Guest user may not do this";
            case CUSTOMIZATION_FAILED -> "Guest customization failed";
            case NOT_FOUND -> "No such object in vCenter";
            case FORBIDDEN -> "vCenter denied this to the caller";
            case UNAUTHENTICATED -> "vCenter rejected the caller's credentials";
            case INVALID_ARGUMENT -> "vCenter rejected an argument";
            case NOT_SUPPORTED -> "vCenter does not support this";
            case UNAVAILABLE -> "vCenter is unavailable";
            case TIMEOUT -> "vCenter did not answer in time";
            case BAD_GATEWAY -> "vCenter gave an answer vcgate cannot use";
        };
    }

    /** InvalidPowerState -> invalid-power-state; NOT_FOUND -> not-found. */
    static String kebab(String name) {
        if (name.equals(name.toUpperCase(Locale.ROOT))) {
            return name.toLowerCase(Locale.ROOT).replace('_', '-');
        }
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
