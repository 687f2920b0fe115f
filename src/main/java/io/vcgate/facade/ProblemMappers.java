package io.vcgate.facade;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.vcgate.core.FaultCategory;
import io.vcgate.core.VsphereFault;
import io.vcgate.facade.model.FieldError;
import io.vcgate.resilience.ResilienceConfig;

/**
 * Every failure as a problem: vSphere faults by their category, resilience rejections as 503/504,
 * bad input as 400 naming each field, JAX-RS's own 404/405/415 as themselves, and anything
 * unexpected as a 500 whose detail says nothing of its cause (which is logged, without secrets).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    ResilienceConfig resilience;

    @ServerExceptionMapper
    public Response fault(VsphereFault fault, ContainerRequestContext request) {
        return Problems.of(fault, path(request), id(request), Math.max(1, resilience.retryAfter().toSeconds()));
    }

    @ServerExceptionMapper
    public Response circuitOpen(CircuitBreakerOpenException e, ContainerRequestContext request) {
        return fault(new VsphereFault(FaultCategory.UNAVAILABLE, null,
                "vcgate stopped calling vCenter for a moment after repeated failures; try again after Retry-After seconds."), request);
    }

    @ServerExceptionMapper
    public Response bulkheadFull(BulkheadException e, ContainerRequestContext request) {
        return fault(new VsphereFault(FaultCategory.UNAVAILABLE, null,
                "vcgate is already making as many calls to vCenter as it allows; try again shortly."), request);
    }

    @ServerExceptionMapper
    public Response timeout(TimeoutException e, ContainerRequestContext request) {
        return fault(new VsphereFault(FaultCategory.TIMEOUT, null, "vCenter did not answer in time."), request);
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInput e, ContainerRequestContext request) {
        return Problems.validation(e.field() + ": " + e.getMessage(),
                List.of(new FieldError().field(e.field()).message(e.getMessage())), path(request), id(request));
    }

    @ServerExceptionMapper
    public Response violations(ResteasyReactiveViolationException e, ContainerRequestContext request) {
        return violated(e, request);
    }

    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException e, ContainerRequestContext request) {
        return violated(e, request);
    }

    private Response violated(ConstraintViolationException e, ContainerRequestContext request) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new FieldError().field(Fields.of(violation.getPropertyPath().toString())).message(violation.getMessage()));
        }
        errors.sort((a, b) -> a.getField().compareTo(b.getField()));
        String detail = errors.stream().map(f -> f.getField() + ": " + f.getMessage()).reduce((a, b) -> a + "; " + b).orElse("invalid request");
        return Problems.validation(detail, errors, path(request), id(request));
    }

    @ServerExceptionMapper
    public Response unknownType(InvalidTypeIdException e, ContainerRequestContext request) {
        String field = Fields.of(e);
        String typeField = field.isEmpty() ? "type" : field + ".type";
        return Problems.validation(typeField + ": must be one of password, saml, sspi, ticket",
                List.of(new FieldError().field(typeField).message("must be one of password, saml, sspi, ticket")),
                path(request), id(request));
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, ContainerRequestContext request) {
        return unreadable(e, request);
    }

    @ServerExceptionMapper
    public Response unmappable(JsonMappingException e, ContainerRequestContext request) {
        return unreadable(e, request);
    }

    @ServerExceptionMapper
    public Response unparsable(JsonProcessingException e, ContainerRequestContext request) {
        return Problems.validation("The body is not valid JSON.",
                List.of(new FieldError().field("body").message("is not valid JSON")), path(request), id(request));
    }

    private Response unreadable(JsonMappingException e, ContainerRequestContext request) {
        String field = Fields.of(e);
        if (field.isEmpty()) {
            field = "body";
        }
        String message = field.endsWith("type") || field.equals("credentials")
                ? "must be an object whose type is one of password, saml, sspi, ticket"
                : e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Missing required")
                        ? "is required"
                        : "has the wrong type";
        return Problems.validation(field + ": " + message, List.of(new FieldError().field(field).message(message)),
                path(request), id(request));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, ContainerRequestContext request) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
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
            default -> Response.Status.fromStatusCode(status) == null ? "HTTP " + status
                    : Response.Status.fromStatusCode(status).getReasonPhrase();
        };
        String title = Response.Status.fromStatusCode(status) == null ? "HTTP " + status
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        return Problems.of(status, kind, title, detail, path(request), id(request), false, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, ContainerRequestContext request) {
        LOG.errorf("Unexpected failure on %s %s: %s", request.getMethod(), path(request), e.getClass().getName());
        return Problems.of(500, "internal", "Internal error", "vcgate failed unexpectedly; the request id finds it in the logs.",
                path(request), id(request), false, null);
    }

    static String path(ContainerRequestContext request) {
        return request.getUriInfo().getPath();
    }

    static String id(ContainerRequestContext request) {
        Object id = request.getProperty(FacadeGate.REQUEST_ID);
        return id == null ? null : id.toString();
    }
}
