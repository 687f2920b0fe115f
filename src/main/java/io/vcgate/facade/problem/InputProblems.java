package io.vcgate.facade.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;

import io.vcgate.facade.model.FieldError;

/**
 * Bad input as the fields it names, as the caller wrote them: Bean Validation's violations of the
 * contract's constraints, and what Jackson could not read (an unknown credentials type, a wrong type, a
 * missing field, text that is not JSON).
 */
final class InputProblems {

    /** What a credentials object whose type is missing or unknown is told. */
    static final String CREDENTIAL_TYPES_MESSAGE = "must be one of " + String.join(", ", io.vcgate.facade.Views.CREDENTIAL_TYPES);

    private InputProblems() {
    }

    /** The answer to an input failure, naming its fields; null when {@code failure} is no input failure. */
    static Problems.Answer answer(Throwable failure) {
        if (failure instanceof JsonProcessingException && !(failure instanceof JsonMappingException)) {
            return Problems.validation("The body is not valid JSON.", List.of(error("body", "is not valid JSON")));
        }
        List<FieldError> errors = errors(failure);
        return errors == null ? null : Problems.validation(null, errors);
    }

    private static List<FieldError> errors(Throwable failure) {
        if (failure instanceof ConstraintViolationException violations) {
            List<FieldError> errors = new ArrayList<>();
            for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
                errors.add(error(Fields.of(violation.getPropertyPath().toString()), violation.getMessage()));
            }
            errors.sort(Comparator.comparing(FieldError::getField));
            return errors;
        }
        if (failure instanceof InvalidTypeIdException unknownType) {
            String field = Fields.of(unknownType);
            return List.of(error(field.isEmpty() ? "type" : field + ".type", CREDENTIAL_TYPES_MESSAGE));
        }
        if (failure instanceof JsonMappingException unreadable) {
            String field = Fields.of(unreadable);
            if (field.isEmpty()) {
                field = "body";
            }
            String message = field.endsWith("type") || field.equals("credentials")
                    ? "must be an object whose type is one of " + String.join(", ", io.vcgate.facade.Views.CREDENTIAL_TYPES)
                    : unreadable.getOriginalMessage() != null && unreadable.getOriginalMessage().startsWith("Missing required")
                            ? "is required"
                            : "has the wrong type";
            return List.of(error(field, message));
        }
        return null;
    }

    private static FieldError error(String field, String message) {
        return new FieldError().field(field).message(message);
    }
}
