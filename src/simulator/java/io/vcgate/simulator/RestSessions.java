package io.vcgate.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import io.vcgate.simulator.SimulatedVcenters.SimulatedVcenter;
import io.vertx.ext.web.RoutingContext;

/** The simulated vSphere Automation REST sessions: {@code POST /api/session} and {@code DELETE /api/session}. */
final class RestSessions {

    /** The header that carries a REST session. */
    static final String SESSION = "vmware-api-session-id";

    /** Basic credentials in, 201 with the session id as a JSON string out, as vCenter answers it. */
    void create(RoutingContext rc) {
        SimulatedVcenter vcenter = SimulatorServer.vcenter(rc);
        Optional<String[]> basic = basic(rc.request().getHeader("Authorization"));
        if (basic.isEmpty() || !SimulatorState.validUser(basic.get()[0], basic.get()[1])) {
            vcenter.ledger().call(VcenterApi.REST, "createSession", null, null);
            VapiErrors.unauthenticated().send(rc);
            return;
        }
        String user = basic.get()[0];
        String id = vcenter.state().openSession(VcenterApi.REST, user);
        vcenter.ledger().login(VcenterApi.REST, user);
        vcenter.ledger().call(VcenterApi.REST, "createSession", user, id);
        rc.response().setStatusCode(201).putHeader("Content-Type", Json.UTF8).end("\"" + id + "\"");
    }

    /** 204, or 401 for a session it does not know. */
    void delete(RoutingContext rc) {
        SimulatedVcenter vcenter = SimulatorServer.vcenter(rc);
        String sessionId = rc.request().getHeader(SESSION);
        Optional<String> user = vcenter.state().closeSession(VcenterApi.REST, sessionId);
        vcenter.ledger().call(VcenterApi.REST, "deleteSession", user.orElse(null), sessionId);
        if (user.isEmpty()) {
            VapiErrors.unauthenticated().send(rc);
            return;
        }
        vcenter.ledger().logout(VcenterApi.REST, user.get());
        rc.response().setStatusCode(204).end();
    }

    static Optional<String[]> basic(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : Optional.of(new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) });
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
