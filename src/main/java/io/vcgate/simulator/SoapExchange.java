package io.vcgate.simulator;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.arc.properties.IfBuildProperty;

/** The HTTP side of one simulated SOAP call: the session cookie it carried and the one a Login sets. */
@RequestScoped
@IfBuildProperty(name = "vcgate.simulator.enabled", stringValue = "true")
public class SoapExchange {

    static final String COOKIE = "vmware_soap_session";

    private String sessionId;
    private String setCookie;

    void receive(String cookieHeader) {
        sessionId = sessionId(cookieHeader);
    }

    /** The session id of the {@code vmware_soap_session} cookie, quotes removed; null without one. */
    String sessionId() {
        return sessionId;
    }

    void startSession(String id) {
        setCookie = COOKIE + "=\"" + id + "\"; Path=/; HttpOnly";
    }

    /** The {@code Set-Cookie} to answer with, or null. */
    String setCookie() {
        return setCookie;
    }

    static String sessionId(String cookieHeader) {
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
