package io.vcgate.session;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.vcgate.core.Caller;

/**
 * The user name and password pairs one vCenter rejected lately, so that they are not sent to it again
 * until {@code memory} has passed: vCenter's SSO locks an account after a few failed logins (five in
 * three minutes by default), and a pipeline retrying with a stale password must not be what locks it.
 * A pair is kept only as an HMAC-SHA256 digest under a random key made at start-up (never the password,
 * never a digest that could be checked against a guess outside this process), at most {@code capacity}
 * pairs, the oldest forgotten first. Not thread-safe: the session pool calls it under its lock.
 */
final class FailedLogins {

    /** What vCenter said when it rejected the pair (its fault or error type) and until when it is remembered. */
    record Rejection(String fault, long untilNanos) {
    }

    private final long memoryNanos;
    private final int capacity;
    private final SecretKeySpec key;
    private final Map<String, Rejection> rejected = new LinkedHashMap<>();

    FailedLogins(java.time.Duration memory, int capacity) {
        this.memoryNanos = memory.toNanos();
        this.capacity = capacity;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    boolean enabled() {
        return memoryNanos > 0;
    }

    /** The pair's digest: the key under which it is remembered. */
    String digest(Caller caller) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(caller.username().getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return java.util.Base64.getEncoder().encodeToString(mac.doFinal(caller.password().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** The rejection of this pair still remembered at {@code now}, or null. */
    Rejection find(String digest, long now) {
        Rejection rejection = rejected.get(digest);
        if (rejection != null && now - rejection.untilNanos() >= 0) {
            rejected.remove(digest);
            return null;
        }
        return rejection;
    }

    void remember(String digest, String fault, long now) {
        rejected.remove(digest);
        rejected.put(digest, new Rejection(fault, now + memoryNanos));
        Iterator<Rejection> oldest = rejected.values().iterator();
        while (rejected.size() > capacity && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }

    /** Forgets expired pairs. */
    void expire(long now) {
        rejected.values().removeIf(rejection -> now - rejection.untilNanos() >= 0);
    }

    void clear() {
        rejected.clear();
    }

    int size() {
        return rejected.size();
    }
}
