package io.vcgate.compat.vijson;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.vcgate.core.VimFaultFields;
import io.vcgate.facade.model.FieldError;
import io.vcgate.facade.model.Problem;
import io.vcgate.facade.problem.DoorAnswer;
import io.vcgate.facade.problem.Problems;

/**
 * A failure as vCenter's VI/JSON dialect answers it: a VimFault body ({@code _typeName}, {@code faultstring},
 * {@code faultMessage}, the fault's own fields). Written as a JSON tree, not with the contract's models:
 * several faults vcgate answers (InvalidArgument, InvalidRequest, RequestCanceled, SystemError, NotSupported)
 * are vim25's (specs/vim25) but outside the VI/JSON subset, and {@code faultstring} is in no schema. The failure is first an answer of vcgate's one table
 * ({@link Problems}); this says how such an answer is written on the VI/JSON door:
 * <ul>
 * <li>a vim25 fault vCenter answered (InvalidLogin, TaskInProgress, InvalidPowerState, ...) keeps its name and
 * comes back as HTTP 500, as vCenter sends every fault;</li>
 * <li>bad input vcgate refused itself, before any call to vCenter, is HTTP 400: {@code InvalidArgument} naming
 * the property where one field is wrong, {@code InvalidRequest} for a body or path that cannot be read;</li>
 * <li>a caller without a valid session id is {@code NotAuthenticated} (500, as vCenter answers it);</li>
 * <li>vcgate's own conditions keep the status of the table (429, 503, 504, 502, with {@code Retry-After}
 * where it gives one): {@code RequestCanceled} for a caller over its in-flight limit, {@code SystemError} for
 * a vCenter that cannot be reached or answered what vcgate cannot use, {@code NotSupported} for a vCenter
 * without guest customization management;</li>
 * <li>anything unexpected is {@code SystemError} (500).</li>
 * </ul>
 */
public final class ViJsonFaults {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ViJsonFaults() {
    }

    public static DoorAnswer render(Problems.Answer answer) {
        Problem problem = answer.problem();
        String kind = answer.kind();
        int status = problem.getStatus();
        String name;
        int httpStatus;
        if (problem.getFault() != null && !problem.getFault().equals("SystemError") && status != 503 && status != 504) {
            name = problem.getFault();
            httpStatus = 500;
        } else if (kind.equals("validation") && problem.getErrors() != null && problem.getErrors().size() == 1
                && !problem.getErrors().get(0).getField().equals("body")) {
            name = "InvalidArgument";
            httpStatus = 400;
        } else if (status == 400 || status == 404 || status == 405 || status == 406 || status == 413 || status == 415) {
            name = "InvalidRequest";
            httpStatus = status;
        } else if (status == 401) {
            name = "NotAuthenticated";
            httpStatus = 500;
        } else if (status == 403) {
            name = kind.equals("https-required") ? "SecurityError" : "NoPermission";
            httpStatus = 500;
        } else if (status == 429) {
            name = "RequestCanceled";
            httpStatus = 429;
        } else if (status == 501) {
            name = "NotSupported";
            httpStatus = 500;
        } else {
            name = "SystemError";
            httpStatus = status >= 500 ? status : 500;
        }
        ObjectNode body = JSON.objectNode();
        body.put("_typeName", name);
        body.put("faultstring", problem.getDetail());
        ObjectNode message = body.putArray("faultMessage").addObject();
        message.put("_typeName", "LocalizableMessage");
        message.put("key", "io.vcgate." + kind);
        message.put("message", problem.getDetail());
        fields(body, name, answer.fields(), problem.getErrors());
        return new DoorAnswer(httpStatus, "application/json", body,
                answer.retryAfterSeconds() == null ? Map.of() : Map.of("Retry-After", answer.retryAfterSeconds().toString()));
    }

    private static ObjectNode moref(io.vcgate.core.MoRef ref) {
        ObjectNode node = JSON.objectNode();
        node.put("_typeName", "ManagedObjectReference");
        node.put("type", ref.type());
        node.put("value", ref.value());
        return node;
    }

    /** The fault's own fields, as vim25 names them. */
    private static void fields(ObjectNode body, String name, VimFaultFields fields, List<FieldError> errors) {
        if (fields.task() != null) {
            body.set("task", moref(fields.task()));
        }
        if (fields.requestedState() != null) {
            body.put("requestedState", fields.requestedState());
        }
        if (fields.existingState() != null) {
            body.put("existingState", fields.existingState());
        }
        if (fields.object() != null) {
            body.set(name.equals("ManagedObjectNotFound") ? "obj" : "object", moref(fields.object()));
        }
        if (fields.privilegeId() != null) {
            body.put("privilegeId", fields.privilegeId());
        }
        String invalid = fields.invalidProperty() != null ? fields.invalidProperty()
                : name.equals("InvalidArgument") && errors != null && errors.size() == 1 ? errors.get(0).getField() : null;
        if (invalid != null) {
            body.put("invalidProperty", invalid);
        }
    }
}
