package io.vcgate.facade.problem;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;

/**
 * Every failure a {@code /v1} resource (or JAX-RS itself) ends with, answered by {@link Problems}. The
 * exception types that Quarkus or an extension maps on its own (Bean Validation's, Jackson's, JAX-RS's) are
 * named, since JAX-RS picks the mapper of the closest type; one mapper takes everything else. Each is one line.
 */
public class ProblemMappers {

    @Inject
    Problems problems;

    @ServerExceptionMapper
    public Response web(WebApplicationException e, ContainerRequestContext request) {
        return problems.response(problems.web(e, request.getMethod()), request.getUriInfo().getPath());
    }

    /** Those Quarkus or an extension would otherwise map on its own: Bean Validation's and Jackson's. */
    @ServerExceptionMapper({ ResteasyReactiveViolationException.class, ConstraintViolationException.class, InvalidTypeIdException.class,
            MismatchedInputException.class, JsonMappingException.class, JsonProcessingException.class })
    public Response input(Exception e, ContainerRequestContext request) {
        return answer(e, request);
    }

    @ServerExceptionMapper
    public Response any(Throwable e, ContainerRequestContext request) {
        return answer(e, request);
    }

    private Response answer(Throwable e, ContainerRequestContext request) {
        return problems.response(problems.of(e), request.getUriInfo().getPath());
    }
}
