package io.vcgate.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vcgate.core.BackendFailure;
import io.vcgate.core.CustomizationInfo;
import io.vcgate.core.FaultCategory;
import io.vcgate.core.TransportFailures;
import io.vcgate.vcrest.model.VapiStdLocalizableMessage;
import io.vcgate.vcrest.model.VcenterVmGuestCustomizationLiveInfo;

/**
 * Reads what the vSphere Automation API answered: the customization-live info, a session id, or a
 * vapi standard error, tolerantly (unknown fields and error types pass). A 404 that names no VM
 * (message id {@code com.vmware.vapi.rest.httpNotFound}, or no vapi body at all) means the operation
 * itself is missing: a vCenter older than 9.0.
 */
final class VapiAnswers {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private VapiAnswers() {
    }

    /** {@code POST /api/session} answers the id as a JSON string; tolerate a bare one. */
    static String sessionId(String body) {
        String text = body == null ? "" : body.trim();
        try {
            String id = text.startsWith("\"") ? JSON.readValue(text, String.class) : text;
            if (id != null && !id.isBlank()) {
                return id;
            }
        } catch (Exception e) {
            // fall through: no usable id
        }
        throw BackendFailure.transport(FaultCategory.BAD_GATEWAY, BackendFailure.Origin.SENT,
                "vCenter answered the session request with no session id", null);
    }

    static CustomizationInfo customization(String vm, VcenterVmGuestCustomizationLiveInfo info) {
        if (info == null || info.getStatus() == null) {
            throw BackendFailure.transport(FaultCategory.BAD_GATEWAY, BackendFailure.Origin.SENT,
                    "vCenter answered customization-live without a status", null);
        }
        VapiStdLocalizableMessage e = info.getError();
        return new CustomizationInfo(vm, CustomizationInfo.Status.valueOf(info.getStatus().name()),
                e == null ? null : new CustomizationInfo.Message(e.getId(), e.getDefaultMessage(), e.getArgs()),
                info.getStartTime(), info.getEndTime(), CustomizationInfo.Source.CUSTOMIZATION_LIVE);
    }

    /** Whatever a REST client call failed with, as a {@link BackendFailure}. */
    static BackendFailure failure(Throwable failure) {
        if (failure instanceof BackendFailure known) {
            return known;
        }
        if (failure instanceof WebApplicationException web && web.getResponse() != null) {
            return error(web.getResponse());
        }
        // a body the client could not read as the declared type arrives wrapped, never as an answer
        TransportFailures.Kind kind = TransportFailures.classify(failure);
        String message = switch (kind) {
            case NOT_CONNECTED -> "vCenter REST API cannot be reached";
            case TIMED_OUT -> "vCenter REST API did not answer in time";
            case BROKEN -> "vCenter REST API call failed";
            case CERTIFICATE_UNTRUSTED, CERTIFICATE_NAME_MISMATCH, TLS_HANDSHAKE_FAILED -> "TLS handshake with the vCenter REST API failed";
        };
        return BackendFailure.transport(TransportFailures.category(kind), TransportFailures.origin(kind), message, failure);
    }

    /** A non-success answer as the failure it stands for. */
    static BackendFailure error(Response response) {
        int status = response.getStatus();
        JsonNode body = body(response);
        String type = body == null ? null : text(body.get("error_type"));
        JsonNode first = body == null || !body.path("messages").isArray() || body.path("messages").isEmpty() ? null
                : body.path("messages").get(0);
        String id = first == null ? null : text(first.get("id"));
        String message = first == null ? null : text(first.get("default_message"));
        if (status == 404 && (type == null || "com.vmware.vapi.rest.httpNotFound".equals(id))) {
            return BackendFailure.answer(FaultCategory.NOT_SUPPORTED,
                    "This vCenter has no customization-live operation (vSphere 9.0 or later is needed).");
        }
        if (type != null) {
            return BackendFailure.vapi(type, message == null ? type : message);
        }
        if (status == 401) {
            return BackendFailure.vapi("UNAUTHENTICATED", "vCenter REST API answered HTTP 401 without a vapi error");
        }
        FaultCategory category = status == 503 || status == 429 ? FaultCategory.UNAVAILABLE
                : status == 504 ? FaultCategory.TIMEOUT : FaultCategory.BAD_GATEWAY;
        return BackendFailure.transport(category, BackendFailure.Origin.SENT,
                "vCenter REST API answered HTTP " + status + " without a vapi error", null);
    }

    private static JsonNode body(Response response) {
        try {
            String text = response.hasEntity() ? response.readEntity(String.class) : null;
            if (text == null || text.isBlank()) {
                return null;
            }
            JsonNode node = JSON.readTree(text);
            return node != null && node.isObject() ? node : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
