package io.vcgate.rest;

import java.net.ConnectException;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vcgate.core.CustomizationInfo;
import io.vcgate.core.FaultCategory;
import io.vcgate.core.VsphereFault;
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

    /** customization-live does not exist on this vCenter. */
    static final class OperationMissing extends RuntimeException {
        OperationMissing() {
            super("customization-live is not available on this vCenter", null, false, false);
        }
    }

    private VapiAnswers() {
    }

    static String sessionId(Response response) {
        if (response.getStatus() != 201 && response.getStatus() != 200) {
            throw error(response);
        }
        try {
            return JSON.readValue(response.readEntity(String.class), String.class);
        } catch (Exception e) {
            throw new VsphereFault(FaultCategory.BAD_GATEWAY, null, "vCenter answered the session request with no session id");
        }
    }

    static CustomizationInfo customization(String vm, Response response) {
        if (response.getStatus() != 200) {
            throw error(response);
        }
        VcenterVmGuestCustomizationLiveInfo info;
        try {
            info = JSON.readValue(response.readEntity(String.class), VcenterVmGuestCustomizationLiveInfo.class);
        } catch (Exception e) {
            throw new VsphereFault(FaultCategory.BAD_GATEWAY, null, "vCenter answered customization-live with a body vcgate cannot read");
        }
        if (info == null || info.getStatus() == null) {
            throw new VsphereFault(FaultCategory.BAD_GATEWAY, null, "vCenter answered customization-live without a status");
        }
        VapiStdLocalizableMessage e = info.getError();
        return new CustomizationInfo(vm, CustomizationInfo.Status.valueOf(info.getStatus().name()),
                e == null ? null : new CustomizationInfo.Message(e.getId(), e.getDefaultMessage(), e.getArgs()),
                info.getStartTime(), info.getEndTime(), CustomizationInfo.Source.CUSTOMIZATION_LIVE);
    }

    /** A non-success answer as the failure it stands for. */
    static RuntimeException error(Response response) {
        int status = response.getStatus();
        JsonNode body = body(response);
        String type = body == null ? null : text(body.get("error_type"));
        JsonNode first = body == null || !body.path("messages").isArray() || body.path("messages").isEmpty() ? null
                : body.path("messages").get(0);
        String id = first == null ? null : text(first.get("id"));
        String message = first == null ? null : text(first.get("default_message"));
        if (status == 404 && (type == null || "com.vmware.vapi.rest.httpNotFound".equals(id))) {
            return new OperationMissing();
        }
        if (type == null) {
            FaultCategory category = status == 503 || status == 429 ? FaultCategory.UNAVAILABLE
                    : status == 504 ? FaultCategory.TIMEOUT
                    : status == 401 ? FaultCategory.UNAUTHENTICATED
                    : FaultCategory.BAD_GATEWAY;
            return new VsphereFault(category, status == 401 ? "UNAUTHENTICATED" : null,
                    "vCenter REST API answered HTTP " + status + " without a vapi error");
        }
        return VsphereFault.vapi(type, message == null ? type : message);
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

    /** Transport failures of the REST client, and WebApplicationExceptions carrying an answer. */
    static RuntimeException transport(Throwable failure) {
        if (failure instanceof VsphereFault || failure instanceof OperationMissing) {
            return (RuntimeException) failure;
        }
        if (failure instanceof WebApplicationException web && web.getResponse() != null) {
            return error(web.getResponse());
        }
        for (Throwable c = failure; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof ConnectException || c.getClass().getName().endsWith("ConnectTimeoutException")) {
                return new VsphereFault(FaultCategory.UNAVAILABLE, null, "vCenter REST API cannot be reached", failure);
            }
            if (c.getClass().getSimpleName().contains("Timeout")) {
                return new VsphereFault(FaultCategory.TIMEOUT, null, "vCenter REST API did not answer in time", failure);
            }
        }
        return new VsphereFault(FaultCategory.BAD_GATEWAY, null, "vCenter REST API call failed", failure);
    }

}
