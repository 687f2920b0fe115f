package io.vcgate.facade.edge;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import io.vcgate.core.Caller;
import io.vcgate.core.InvalidInput;
import io.vcgate.core.Texts;

/** The caller's vCenter credentials from an HTTP Basic {@code Authorization} header. */
final class Callers {

    private Callers() {
    }

    /**
     * The credentials, or empty when there are none (not Basic, not base64, no colon, an empty part):
     * then the answer is a 401 challenge. Credentials that are there but cannot be sent to vCenter (not
     * UTF-8, control characters in the user name, text XML 1.0 cannot carry) are an {@link InvalidInput}.
     */
    static Optional<Caller> fromBasic(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(authorization.substring(6).trim());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInput("Authorization", "the Basic credentials are not UTF-8");
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0 || colon == decoded.length() - 1 || decoded.substring(0, colon).isBlank()) {
            return Optional.empty();
        }
        String username = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        Texts.check("Authorization", prefixed("the user name ", Texts.notAName(username)));
        Texts.check("Authorization", prefixed("the password ", Texts.notXml(password)));
        return Optional.of(new Caller(username, password));
    }

    private static String prefixed(String prefix, String problem) {
        return problem == null ? null : prefix + problem;
    }
}
