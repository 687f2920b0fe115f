package io.vcgate.compat.vijson;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;
import io.vcgate.compat.session.CompatSessions;
import io.vcgate.core.BackendFailure;
import io.vcgate.core.Caller;
import io.vcgate.core.FaultCategory;
import io.vcgate.core.GuestAuth;
import io.vcgate.core.InvalidInput;
import io.vcgate.core.ManagedObjectIds;
import io.vcgate.core.MoRef;
import io.vcgate.core.ServiceFacts;
import io.vcgate.core.VimFaultFields;
import io.vcgate.customization.CustomizationService;
import io.vcgate.facade.edge.CurrentCaller;
import io.vcgate.facade.edge.CurrentDoor;
import io.vcgate.facade.edge.FacadeEdge;
import io.vcgate.vcenter.Vcenter;

/**
 * vCenter's VI/JSON dialect as vcgate serves it ({@code /sdk/vim25/{release}/...}, or
 * {@code /vcenters/{name}/sdk/vim25/{release}/...} for a named vCenter), for every vCenter from 7.0.2:
 * each call becomes vcgate's typed vim25 (SOAP) call, with the caller's own pooled session, whatever the
 * vCenter's version. The managed objects are the vCenter's own, as its ServiceContent names them: a call
 * to another SessionManager or guest customization manager is ManagedObjectNotFound, as vCenter answers.
 *
 * <p>Releases: {@link #RELEASES}, the VI/JSON releases vCenter has published (8.0U1 to 9.0); they all
 * shape these five operations the same. Another release is InvalidArgument naming {@code release}.
 */
@ApplicationScoped
public class ViJsonDoor {

    /** The {@code {release}} path values vcgate accepts. */
    public static final List<String> RELEASES = List.of("8.0.1.0", "8.0.2.0", "8.0.3.0", "9.0.0.0");

    @Inject
    CustomizationService customization;

    @Inject
    CompatSessions sessions;

    @Inject
    CurrentCaller caller;

    @Inject
    CurrentDoor door;

    /** {@code GET ServiceInstance/{moId}/content}: the vCenter's about and the managed objects vcgate serves. */
    public Uni<Response> content(String moId) {
        Vcenter vcenter = vcenter();
        String id = ManagedObjectIds.check("moId", moId);
        return customization.serviceFacts(vcenter).map(facts -> {
            expect("ServiceInstance", new MoRef("ServiceInstance", "ServiceInstance"), id);
            return Response.ok(ViJsonValues.serviceContent(facts)).build();
        });
    }

    /**
     * {@code POST SessionManager/{moId}/Login}: the credentials checked with vCenter (the caller's vim25
     * session, opened unless pooled), then vcgate's own session id in {@code vmware-api-session-id} and a
     * UserSession whose key is vcgate's, never vCenter's.
     */
    public Uni<Response> login(String moId, JsonNode body) {
        Vcenter vcenter = vcenter();
        String id = ManagedObjectIds.check("moId", moId);
        Caller who = ViJsonValues.login(body);
        if (!sessions.sealable(who, vcenter.name())) {
            throw new InvalidInput("password", "the user name and password are too long for a session id (about 4 KiB together)");
        }
        String locale = body.path("locale").isTextual() ? body.get("locale").asText() : "en";
        return customization.serviceFacts(vcenter).flatMap(facts -> {
            expect("SessionManager", facts.sessionManager(), id);
            return customization.login(vcenter, who);
        }).map(x -> {
            String session = sessions.issue(who, vcenter.name());
            return Response.ok(ViJsonValues.userSession(key(session), who.username(), OffsetDateTime.now(ZoneOffset.UTC),
                    door.remoteAddress(), door.userAgent(), locale)).header(FacadeEdge.SESSION_HEADER, session).build();
        });
    }

    /**
     * {@code POST SessionManager/{moId}/Logout}: vcgate's session id unusable from now on ({@link CompatSessions#logout}); 204.
     * Checked as every call is first (a release vcgate serves, the vCenter's own SessionManager), so that a
     * Logout vCenter would refuse logs nothing out.
     */
    public Uni<Response> logout(String moId) {
        Vcenter vcenter = vcenter();
        String id = ManagedObjectIds.check("moId", moId);
        String session = door.sessionId();
        return customization.serviceFacts(vcenter).map(facts -> {
            expect("SessionManager", facts.sessionManager(), id);
            sessions.logout(session);
            return Response.noContent().build();
        });
    }

    /**
     * {@code POST VirtualMachineGuestCustomizationManager/{moId}/AbortCustomization_Task}: AbortCustomization_Task
     * on the VM with the guest credentials of the body (any of the four GuestAuthentication kinds); the
     * Task it started, as a reference. Audited as every abort is ({@code AuditTrail}, with the VM noted here).
     */
    public Uni<Response> abort(String moId, JsonNode body) {
        Vcenter vcenter = vcenter();
        String id = ManagedObjectIds.check("moId", moId);
        String vm = ViJsonValues.abortVm(body);
        door.vm(vm);
        GuestAuth auth = ViJsonValues.abortAuth(body);
        Caller who = caller.get();
        return customization.serviceFacts(vcenter).flatMap(facts -> {
            if (facts.guestCustomizationManager() == null) {
                throw new BackendFailure(FaultCategory.NOT_SUPPORTED, "NotSupported", BackendFailure.Origin.GATEWAY,
                        "This vCenter has no guest customization manager; aborting guest customization needs vSphere 7.0.2 or later.", null);
            }
            expect("VirtualMachineGuestCustomizationManager", facts.guestCustomizationManager(), id);
            return customization.startAbort(vcenter, who, vm, auth);
        }).map(task -> Response.ok(ViJsonValues.moref("Task", task)).build());
    }

    /** {@code GET Task/{moId}/info}: the Task's info as vCenter has it now. */
    public Uni<Response> taskInfo(String moId) {
        String task = ManagedObjectIds.check("moId", moId);
        return customization.task(vcenter(), caller.get(), task).map(info -> Response.ok(ViJsonValues.taskInfo(info)).build());
    }

    /** A UserSession's key: a digest of vcgate's id, which names the session without being it (and never vCenter's). */
    private static String key(String session) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(session.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return java.util.HexFormat.of().formatHex(digest, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The vCenter of the path, once its release is one vcgate serves. */
    private Vcenter vcenter() {
        String release = door.release();
        if (release == null || !RELEASES.contains(release)) {
            throw new InvalidInput("release", "vcgate serves VI/JSON releases " + String.join(", ", RELEASES));
        }
        return customization.vcenter(door.vcenter());
    }

    /** ManagedObjectNotFound unless {@code moId} is the vCenter's own object of that type. */
    private static void expect(String type, MoRef own, String moId) {
        if (own == null || !own.value().equals(moId)) {
            throw new BackendFailure(FaultCategory.NOT_FOUND, "ManagedObjectNotFound", BackendFailure.Origin.GATEWAY,
                    "The object '" + type + ":" + moId + "' has already been deleted or has not been completely created", null,
                    new VimFaultFields(null, null, null, new MoRef(type, moId), null, null));
        }
    }
}
