package io.vcgate.compat.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vcgate.compat.session.CompatSessions;
import io.vcgate.core.Caller;
import io.vcgate.core.CustomizationInfo;
import io.vcgate.core.InvalidInput;
import io.vcgate.core.ManagedObjectIds;
import io.vcgate.customization.CustomizationService;
import io.vcgate.facade.edge.CurrentCaller;
import io.vcgate.facade.edge.CurrentDoor;
import io.vcgate.vcenter.Vcenter;
import io.vcgate.vcrest.model.VapiStdLocalizableMessage;
import io.vcgate.vcrest.model.VcenterVmGuestCustomizationLiveInfo;
import io.vcgate.vcrest.model.VcenterVmGuestCustomizationLiveInfoStatus;

/**
 * vCenter's Automation REST API as vcgate serves it ({@code /api}, or {@code /vcenters/{name}/api} for a
 * named vCenter): a session, and customization-live for every vCenter from 7.0.2. The edge has already
 * named the caller (HTTP Basic for {@code POST /api/session}, vcgate's session id otherwise).
 *
 * <p>customization-live is read as vcgate reads a status: on vSphere 9.0 from vCenter's own
 * customization-live (passed through), before 9.0 from the VM's {@code guest.customizationInfo}, mapped to
 * the 9.0 enumeration: TOOLSDEPLOYPKG_IDLE (or none) is NOT_AVAILABLE, PENDING is RUNNING (a customization
 * is set and will run at the guest's next start: it has not ended, so a script waiting for its end goes on
 * waiting), RUNNING, SUCCEEDED and FAILED stay; {@code errorMsg} becomes the error's default message (id
 * {@code io.vcgate.customization.failed}).
 */
@ApplicationScoped
public class VcenterApiDoor {

    @Inject
    CustomizationService customization;

    @Inject
    CompatSessions sessions;

    @Inject
    CurrentCaller caller;

    @Inject
    CurrentDoor door;

    /** {@code POST /api/session}: the caller's credentials checked with vCenter, then vcgate's own session id, as a JSON string. */
    public Uni<String> createSession() {
        Caller who = caller.get();
        Vcenter vcenter = customization.vcenter(door.vcenter());
        if (!sessions.sealable(who, vcenter.name())) {
            throw new InvalidInput("Authorization", "the user name and password are too long for a session id (about 4 KiB together)");
        }
        return customization.login(vcenter, who).map(x -> "\"" + sessions.issue(who, vcenter.name()) + "\"");
    }

    /** {@code DELETE /api/session}: vcgate's session id unusable from now on (see {@link CompatSessions#logout}). */
    public Uni<Void> deleteSession() {
        sessions.logout(door.sessionId());
        return Uni.createFrom().voidItem();
    }

    /** {@code GET /api/vcenter/vm/{vm}/guest/customization-live}. */
    public Uni<VcenterVmGuestCustomizationLiveInfo> customizationLive(String vm) {
        String id = ManagedObjectIds.check("vm", vm);
        return customization.currentStatus(customization.vcenter(door.vcenter()), caller.get(), id).map(VcenterApiDoor::live);
    }

    static VcenterVmGuestCustomizationLiveInfo live(CustomizationInfo info) {
        VcenterVmGuestCustomizationLiveInfo live = new VcenterVmGuestCustomizationLiveInfo();
        live.setStatus(switch (info.status()) {
            case NOT_AVAILABLE -> VcenterVmGuestCustomizationLiveInfoStatus.NOT_AVAILABLE;
            case PENDING, RUNNING -> VcenterVmGuestCustomizationLiveInfoStatus.RUNNING;
            case SUCCEEDED -> VcenterVmGuestCustomizationLiveInfoStatus.SUCCEEDED;
            case FAILED -> VcenterVmGuestCustomizationLiveInfoStatus.FAILED;
        });
        if (info.error() != null) {
            VapiStdLocalizableMessage error = new VapiStdLocalizableMessage();
            error.setId(info.error().id() != null ? info.error().id() : "io.vcgate.customization.failed");
            error.setDefaultMessage(info.error().message());
            error.setArgs(info.error().args());
            error.setParams(null); // as vCenter answers: no params where the message has none
            live.setError(error);
        }
        live.setStartTime(info.startTime());
        live.setEndTime(info.endTime());
        return live;
    }
}
