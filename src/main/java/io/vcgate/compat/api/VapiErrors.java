package io.vcgate.compat.api;

import java.util.List;
import java.util.Map;

import io.vcgate.facade.model.Problem;
import io.vcgate.facade.problem.DoorAnswer;
import io.vcgate.facade.problem.Problems;
import io.vcgate.vcrest.model.VapiStdErrorsError;
import io.vcgate.vcrest.model.VapiStdLocalizableMessage;

/**
 * A failure as vCenter's Automation REST API answers it: the vapi standard error body ({@code error_type},
 * {@code messages}). The failure is first an answer of vcgate's one table ({@link Problems}), whose status
 * stays; this names its vapi error type: 400 INVALID_ARGUMENT (one bad field) or INVALID_REQUEST, 401
 * UNAUTHENTICATED, 403 UNAUTHORIZED, 404 NOT_FOUND, 409 NOT_ALLOWED_IN_CURRENT_STATE, 429 RESOURCE_BUSY,
 * 501 UNSUPPORTED, 503 SERVICE_UNAVAILABLE, 504 TIMED_OUT, anything else ERROR.
 */
public final class VapiErrors {

    private VapiErrors() {
    }

    public static DoorAnswer render(Problems.Answer answer) {
        Problem problem = answer.problem();
        int status = problem.getStatus();
        String type = switch (status) {
            case 400 -> answer.kind().equals("validation") ? "INVALID_ARGUMENT" : "INVALID_REQUEST";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "UNAUTHORIZED";
            case 404 -> "NOT_FOUND";
            case 405, 406, 413, 415 -> "INVALID_REQUEST";
            case 409 -> "NOT_ALLOWED_IN_CURRENT_STATE";
            case 429 -> "RESOURCE_BUSY";
            case 501 -> "UNSUPPORTED";
            case 503 -> "SERVICE_UNAVAILABLE";
            case 504 -> "TIMED_OUT";
            default -> "ERROR";
        };
        VapiStdErrorsError body = new VapiStdErrorsError();
        body.setErrorType(type);
        VapiStdLocalizableMessage message = new VapiStdLocalizableMessage();
        message.setId("io.vcgate." + answer.kind());
        message.setDefaultMessage(problem.getDetail());
        message.setArgs(List.of());
        message.setParams(null);
        body.setMessages(List.of(message));
        Map<String, String> headers = answer.retryAfterSeconds() == null ? Map.of() : Map.of("Retry-After", answer.retryAfterSeconds().toString());
        return new DoorAnswer(status, "application/json", body, headers);
    }
}
