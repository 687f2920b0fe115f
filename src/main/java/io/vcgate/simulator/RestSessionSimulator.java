package io.vcgate.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;

import io.vcgate.core.Backend;
import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.mutiny.Uni;
import io.vcgate.vcrest.api.SessionApi;

/** The simulated vSphere Automation REST sessions ({@code /api/session}), on the generated interface. */
@Simulated
@IfBuildProperty(name = "vcgate.simulator.enabled", stringValue = "true")
public class RestSessionSimulator implements SessionApi {

    @Inject
    SimulatedVcenters vcenters;

    private SimulatorState state() {
        return vcenters.current().state();
    }

    private SimulatorLedger ledger() {
        return vcenters.current().ledger();
    }

    /** 201 with the session id as a JSON string, as vCenter answers it. */
    @Override
    public Uni<String> createSession(String authorization) {
        Optional<String[]> basic = basic(authorization);
        if (basic.isEmpty() || !SimulatorState.validUser(basic.get()[0], basic.get()[1])) {
            ledger().call(Backend.REST, "createSession", null, null);
            return Uni.createFrom().failure(new WebApplicationException(VapiErrors.unauthenticated()));
        }
        String user = basic.get()[0];
        String id = state().openSession(Backend.REST, user);
        ledger().login(Backend.REST, user);
        ledger().call(Backend.REST, "createSession", user, id);
        return Uni.createFrom().item("\"" + id + "\"");
    }

    @Override
    public Uni<Void> deleteSession(String sessionId) {
        Optional<String> user = state().closeSession(Backend.REST, sessionId);
        ledger().call(Backend.REST, "deleteSession", user.orElse(null), sessionId);
        if (user.isEmpty()) {
            return Uni.createFrom().failure(new WebApplicationException(VapiErrors.unauthenticated()));
        }
        ledger().logout(Backend.REST, user.get());
        return Uni.createFrom().voidItem();
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
