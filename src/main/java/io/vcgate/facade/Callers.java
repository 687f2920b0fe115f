package io.vcgate.facade;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import io.vcgate.core.Caller;

/** The caller's vCenter credentials from an HTTP Basic {@code Authorization} header. */
final class Callers {

    private Callers() {
    }

    static Optional<Caller> fromBasic(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0 || colon == decoded.length() - 1) {
                return Optional.empty();
            }
            return Optional.of(new Caller(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
