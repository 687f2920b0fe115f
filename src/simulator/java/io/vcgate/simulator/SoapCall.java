package io.vcgate.simulator;

import java.util.Optional;

import io.vcgate.simulator.SimulatedVcenters.SimulatedVcenter;
import io.vcgate.vim25.RuntimeFaultFaultMsg;

/**
 * One SOAP call to a simulated vCenter: the vCenter, the session its {@code vmware_soap_session} cookie
 * names, and the session a Login starts (the {@code Set-Cookie} of the answer), as on vCenter.
 */
final class SoapCall {

    static final String COOKIE = "vmware_soap_session";

    private final SimulatedVcenter vcenter;
    private final String sessionId;
    private volatile String setCookie;

    SoapCall(SimulatedVcenter vcenter, String cookieHeader) {
        this.vcenter = vcenter;
        this.sessionId = sessionId(cookieHeader);
    }

    SimulatorState state() {
        return vcenter.state();
    }

    SimulatorLedger ledger() {
        return vcenter.ledger();
    }

    /** The session id of the call's cookie, quotes removed; null without one. */
    String sessionId() {
        return sessionId;
    }

    /** The answer sets the session cookie for {@code id}. */
    void startSession(String id) {
        setCookie = COOKIE + "=\"" + id + "\"; Path=/; HttpOnly";
    }

    /** The {@code Set-Cookie} to answer with, or null. */
    String setCookie() {
        return setCookie;
    }

    /** The user of the call's live session, once the call is in the ledger; NotAuthenticated without one. */
    String requireUser(String operation) throws RuntimeFaultFaultMsg {
        return requireUser(operation, null);
    }

    /** As {@link #requireUser(String)}, the call naming what it is about (a VM or Task id) in the ledger. */
    String requireUser(String operation, String target) throws RuntimeFaultFaultMsg {
        Optional<String> user = state().sessionUser(VcenterApi.SOAP, sessionId);
        ledger().call(VcenterApi.SOAP, operation, user.orElse(null), sessionId, target);
        return user.orElseThrow(SoapFaults::notAuthenticated);
    }

    private static String sessionId(String cookieHeader) {
        if (cookieHeader == null) {
            return null;
        }
        for (String cookie : cookieHeader.split(";")) {
            String c = cookie.trim();
            if (c.startsWith(COOKIE + "=")) {
                String v = c.substring(COOKIE.length() + 1);
                return v.startsWith("\"") && v.endsWith("\"") && v.length() > 1 ? v.substring(1, v.length() - 1) : v;
            }
        }
        return null;
    }
}
