package io.vcgate.compat.session;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import io.vcgate.core.Caller;
import io.vcgate.compat.session.CompatSessionRefused.Reason;

/**
 * The session id's format: what it holds and how it is sealed, so that it reveals nothing without the key
 * and cannot be altered unnoticed.
 * <p>
 * An id is {@code vcg1.} and the base64url (no padding) of {@code nonce (12 bytes) | AES-256-GCM
 * ciphertext | tag (16 bytes)}, authenticated with {@code vcg1.} as additional data. The nonce is random
 * for each id (at 96 bits, a key seals billions of ids before nonces risk meeting). The sealed text is
 * {@code issued-at (epoch seconds, 8 bytes) | vCenter | user name | password}, each string as a 2-byte
 * length and its UTF-8 bytes (no delimiter to inject), zero-padded to a multiple of {@value #BAND} bytes:
 * an id's length tells only which band of {@value #BAND} bytes the names and password fall in together.
 * A malformed, altered or foreign id fails the tag and is refused as {@link Reason#MALFORMED}, whatever the
 * cipher said.
 */
final class SealedIds {

    static final String PREFIX = "vcg1.";
    private static final byte[] AAD = PREFIX.getBytes(StandardCharsets.US_ASCII);
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BYTES = 16;
    static final int BAND = 128;
    /** The longest sealed text: names and password together up to about 4 KiB. */
    private static final int MAX_PLAIN = 32 * BAND;
    /** The longest id there can be; a longer one is refused before any decoding. */
    static final int MAX_ID_CHARS = PREFIX.length() + (4 * (NONCE_BYTES + MAX_PLAIN + TAG_BYTES) + 2) / 3;

    private static final String BAD_KEY = CompatSessionsConfig.KEY_PROPERTY + " (VCGATE_COMPAT_SESSIONS_KEY) must be the base64 "
            + "of exactly 32 random bytes, e.g. from: head -c 32 /dev/urandom | base64. The value set is not; it is not repeated here.";

    /** What opening an id gives: what it stands for, and what a replica may keep of it. */
    record Opened(CompatSession session, IdDigest digest) {
    }

    /** A new id, and what a replica may keep of it. */
    record Sealed(String id, IdDigest digest) {
    }

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    private SealedIds(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
        Arrays.fill(key, (byte) 0);
    }

    /** Ids sealed with {@code base64Key}: the base64 (or base64url) of 32 bytes, else start-up fails naming the property, not the value. */
    static SealedIds withKey(String base64Key) {
        byte[] key;
        String trimmed = base64Key.strip();
        try {
            key = Base64.getDecoder().decode(trimmed);
        } catch (IllegalArgumentException notBase64) {
            try {
                key = Base64.getUrlDecoder().decode(trimmed);
            } catch (IllegalArgumentException notBase64url) {
                throw new IllegalStateException(BAD_KEY); // the decoder's message would quote a character of the key
            }
        }
        if (key.length != KEY_BYTES) {
            Arrays.fill(key, (byte) 0);
            throw new IllegalStateException(BAD_KEY);
        }
        return new SealedIds(key);
    }

    /** Ids sealed with a key made now, known to this object alone. */
    static SealedIds withRandomKey() {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return new SealedIds(key);
    }

    /** {@link #withKey} when a key is configured, {@link #withRandomKey} otherwise. */
    static SealedIds of(Optional<String> key) {
        return key.filter(k -> !k.isBlank()).map(SealedIds::withKey).orElseGet(SealedIds::withRandomKey);
    }

    /** Whether a vCenter name, user name and password fit in one id (the same test {@link #seal} makes). */
    static boolean fits(String vcenter, String user, String password) {
        return Long.BYTES + 3 * Short.BYTES + vcenter.getBytes(StandardCharsets.UTF_8).length + user.getBytes(StandardCharsets.UTF_8).length
                + password.getBytes(StandardCharsets.UTF_8).length <= MAX_PLAIN;
    }

    /** The id for {@code session} (and its digest); an {@link IllegalArgumentException} (naming no value) when its names and password are too long for one. */
    Sealed seal(CompatSession session) {
        byte[] vcenter = session.vcenter().getBytes(StandardCharsets.UTF_8);
        byte[] user = session.caller().username().getBytes(StandardCharsets.UTF_8);
        byte[] password = session.caller().password().getBytes(StandardCharsets.UTF_8);
        int length = Long.BYTES + 3 * Short.BYTES + vcenter.length + user.length + password.length;
        if (length > MAX_PLAIN) {
            throw new IllegalArgumentException("the vCenter name, user name and password are too long for a session id (at most "
                    + (MAX_PLAIN - Long.BYTES - 3 * Short.BYTES) + " bytes together in UTF-8)");
        }
        ByteBuffer plain = ByteBuffer.allocate((length + BAND - 1) / BAND * BAND);
        plain.putLong(session.issuedAt().getEpochSecond());
        putString(plain, vcenter);
        putString(plain, user);
        putString(plain, password);
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        ByteBuffer sealed = ByteBuffer.allocate(NONCE_BYTES + plain.capacity() + TAG_BYTES);
        sealed.put(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce);
            cipher.doFinal(ByteBuffer.wrap(plain.array()), sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available to seal session ids", e);
        } finally {
            Arrays.fill(plain.array(), (byte) 0);
            Arrays.fill(password, (byte) 0);
        }
        return new Sealed(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(sealed.array()), IdDigest.of(sealed.array()));
    }

    /** What {@code id} stands for; refused {@link Reason#MISSING} or {@link Reason#MALFORMED} when it is not one of this key's ids. */
    Opened open(String id) {
        if (id == null || id.isBlank()) {
            throw new CompatSessionRefused(Reason.MISSING, "no session id");
        }
        if (id.length() > MAX_ID_CHARS || !id.startsWith(PREFIX)) {
            throw malformed();
        }
        String body = id.substring(PREFIX.length());
        byte[] sealed;
        try {
            sealed = Base64.getUrlDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
        // One spelling per id: the decoder would also take other last characters for the same bytes.
        if (sealed.length < NONCE_BYTES + BAND + TAG_BYTES || !Base64.getUrlEncoder().withoutPadding().encodeToString(sealed).equals(body)) {
            throw malformed();
        }
        byte[] plain;
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(sealed, NONCE_BYTES));
            plain = cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw malformed(); // the tag failed: altered, or sealed with another key
        }
        try {
            ByteBuffer text = ByteBuffer.wrap(plain);
            Instant issuedAt = Instant.ofEpochSecond(text.getLong());
            String vcenter = getString(text);
            String user = getString(text);
            String password = getString(text);
            return new Opened(new CompatSession(new Caller(user, password), vcenter, issuedAt), IdDigest.of(sealed));
        } catch (BufferUnderflowException | IllegalArgumentException | java.time.DateTimeException e) {
            throw malformed(); // sealed with this key but not in this format: never issued by this version
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    private Cipher cipher(int mode, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BYTES * 8, nonce));
        cipher.updateAAD(AAD);
        return cipher;
    }

    private static CompatSessionRefused malformed() {
        return new CompatSessionRefused(Reason.MALFORMED, "not a session id this gateway issued (or it was altered)");
    }

    private static void putString(ByteBuffer buffer, byte[] utf8) {
        buffer.putShort((short) utf8.length);
        buffer.put(utf8);
    }

    private static String getString(ByteBuffer buffer) {
        int length = Short.toUnsignedInt(buffer.getShort());
        if (length > buffer.remaining()) {
            throw new BufferUnderflowException();
        }
        String value = new String(buffer.array(), buffer.position(), length, StandardCharsets.UTF_8);
        buffer.position(buffer.position() + length);
        return value;
    }
}
