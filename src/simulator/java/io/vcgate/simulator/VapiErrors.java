package io.vcgate.simulator;

import java.util.List;

import io.vcgate.vcrest.model.VapiStdErrorsError;
import io.vcgate.vcrest.model.VapiStdLocalizableMessage;
import io.vertx.ext.web.RoutingContext;

/** The vapi standard error answers the simulated REST API gives, shaped as vCenter's. */
final class VapiErrors {

    /** One error answer: its HTTP status and body. */
    record VapiError(int status, VapiStdErrorsError body) {
        void send(RoutingContext rc) {
            Json.answer(rc, status, Json.PLAIN, body);
        }
    }

    private VapiErrors() {
    }

    static VapiError unauthenticated() {
        return error(401, "UNAUTHENTICATED", "com.vmware.vapi.endpoint.method.authentication.required",
                "Authentication required.", List.of());
    }

    static VapiError vmNotFound(String vm) {
        return error(404, "NOT_FOUND", "com.vmware.api.vcenter.vm.not_found",
                "Virtual machine with identifier '" + vm + "' does not exist.", List.of(vm));
    }

    /** What a vCenter older than 9.0 answers for an operation it does not have. */
    static VapiError operationNotFound() {
        return error(404, "NOT_FOUND", "com.vmware.vapi.rest.httpNotFound", "Not found.", List.of());
    }

    static VapiError unavailable() {
        return error(503, "SERVICE_UNAVAILABLE", "com.vmware.vapi.endpoint.service.unavailable",
                "The service is temporarily unavailable.", List.of());
    }

    private static VapiError error(int status, String type, String id, String message, List<String> args) {
        return new VapiError(status, new VapiStdErrorsError()
                .errorType(type)
                .messages(List.of(new VapiStdLocalizableMessage().id(id).defaultMessage(message).args(args))));
    }
}
