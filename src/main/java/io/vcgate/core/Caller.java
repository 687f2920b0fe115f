package io.vcgate.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A facade caller: the vCenter credentials from its HTTP Basic header. vcgate stores no credential of
 * its own; each caller's vCenter sessions are opened with these and belong to this caller alone.
 */
public record Caller(String username, String password) {

    /** One SHA-256 per thread, reset before each use, rather than the algorithm looked up among the providers for each request. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    public Caller {
        if (username == null || username.isBlank() || password == null) {
            throw new IllegalArgumentException("a caller needs a username and a password");
        }
    }

    /**
     * The key of this caller's sessions: the user name and a digest of the password, so that a request
     * with a wrong password never rides on a session opened with the right one, and the password itself
     * is never kept as a map key.
     */
    public String sessionKey() {
        MessageDigest sha = SHA_256.get();
        sha.reset();
        sha.update(username.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        return username + "#" + HexFormat.of().formatHex(sha.digest(password.getBytes(StandardCharsets.UTF_8)), 0, 12);
    }

    @Override
    public String toString() {
        return "Caller[" + username + "]";
    }
}
