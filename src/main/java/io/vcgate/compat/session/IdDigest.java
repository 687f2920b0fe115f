package io.vcgate.compat.session;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * What a replica keeps of an id it remembers: the first 128 bits of the SHA-256 of the id's sealed bytes,
 * never the id itself (which is a bearer credential). The sealed bytes, not the text, so that another
 * spelling of the same bytes is the same id; 128 bits, so that two ids never meet.
 */
record IdDigest(long high, long low) {

    static IdDigest of(byte[] sealed) {
        try {
            ByteBuffer sha = ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(sealed));
            return new IdDigest(sha.getLong(), sha.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
