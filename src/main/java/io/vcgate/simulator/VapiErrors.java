package io.vcgate.simulator;

import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.vcgate.vcrest.model.VapiStdErrorsError;
import io.vcgate.vcrest.model.VapiStdLocalizableMessage;

/** The vapi standard error answers the simulated REST API gives, shaped as vCenter's. */
final class VapiErrors {

    private VapiErrors() {
    }

    static Response unauthenticated() {
        return error(401, "UNAUTHENTICATED", "com.vmware.vapi.endpoint.method.authentication.required",
                "Authentication required.", List.of());
    }

    static Response vmNotFound(String vm) {
        return error(404, "NOT_FOUND", "com.vmware.api.vcenter.vm.not_found",
                "Virtual machine with identifier '" + vm + "' does not exist.", List.of(vm));
    }

    /** What a vCenter older than 9.0 answers for an operation it does not have. */
    static Response operationNotFound() {
        return error(404, "NOT_FOUND", "com.vmware.vapi.rest.httpNotFound", "Not found.", List.of());
    }

    static Response unavailable() {
        return error(503, "SERVICE_UNAVAILABLE", "com.vmware.vapi.endpoint.service.unavailable",
                "The service is temporarily unavailable.", List.of());
    }

    static Response error(int status, String type, String id, String message, List<String> args) {
        VapiStdErrorsError body = new VapiStdErrorsError()
                .errorType(type)
                .messages(List.of(new VapiStdLocalizableMessage().id(id).defaultMessage(message).args(args)));
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
