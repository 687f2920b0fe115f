package io.vcgate.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;
import io.vcgate.vcrest.api.SessionApi;

/** The simulated vSphere Automation REST sessions ({@code /api/session}), on the generated interface. */
public class RestSessionSimulator implements SessionApi {

    @Inject
    SimulatorState state;

    @Inject
    SimulatorLedger ledger;

    @Override
    public Uni<Response> createSession(String authorization) {
        Optional<String[]> basic = basic(authorization);
        if (basic.isEmpty() || !SimulatorState.validUser(basic.get()[0], basic.get()[1])) {
            ledger.call("rest", "createSession", null, null);
            return Uni.createFrom().item(VapiErrors.unauthenticated());
        }
        String user = basic.get()[0];
        String id = state.openSession("rest", user);
        ledger.login("rest", user);
        ledger.call("rest", "createSession", user, id);
        return Uni.createFrom().item(Response.status(201).type(MediaType.APPLICATION_JSON_TYPE).entity("\"" + id + "\"").build());
    }

    @Override
    public Uni<Response> deleteSession(String sessionId) {
        Optional<String> user = state.closeSession("rest", sessionId);
        ledger.call("rest", "deleteSession", user.orElse(null), sessionId);
        user.ifPresent(u -> ledger.logout("rest", u));
        return Uni.createFrom().item(user.isPresent() ? Response.noContent().build() : VapiErrors.unauthenticated());
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
