package io.vcgate.facade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.vcgate.facade.model.FieldError;

/** Bad input as a 400 problem naming each offending field, as the caller wrote it. */
public class InputProblems {

    static final String CREDENTIAL_TYPES_MESSAGE = "must be one of " + String.join(", ", Views.CREDENTIAL_TYPES);

    @ServerExceptionMapper
    public Response invalidInput(InvalidInput e) {
        return field(e.field(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response violations(ResteasyReactiveViolationException e) {
        return violated(e);
    }

    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException e) {
        return violated(e);
    }

    private static Response violated(ConstraintViolationException e) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new FieldError().field(Fields.of(violation.getPropertyPath().toString())).message(violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::getField));
        String detail = errors.stream().map(f -> f.getField() + ": " + f.getMessage()).collect(Collectors.joining("; "));
        return Problems.validation(detail.isEmpty() ? "invalid request" : detail, errors);
    }

    @ServerExceptionMapper
    public Response unknownType(InvalidTypeIdException e) {
        String field = Fields.of(e);
        return field(field.isEmpty() ? "type" : field + ".type", CREDENTIAL_TYPES_MESSAGE);
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response unmappable(JsonMappingException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response unparsable(JsonProcessingException e) {
        return Problems.validation("The body is not valid JSON.", List.of(new FieldError().field("body").message("is not valid JSON")));
    }

    private static Response unreadable(JsonMappingException e) {
        String field = Fields.of(e);
        if (field.isEmpty()) {
            field = "body";
        }
        String message = field.endsWith("type") || field.equals("credentials")
                ? "must be an object whose type is one of " + String.join(", ", Views.CREDENTIAL_TYPES)
                : e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Missing required")
                        ? "is required"
                        : "has the wrong type";
        return field(field, message);
    }

    static Response field(String field, String message) {
        return Problems.validation(field + ": " + message, List.of(new FieldError().field(field).message(message)));
    }
}
