package org.pledgewatch.commitments.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A digest of a derived row's values, stored with the row: recomputation compares digests to tell which rows
 * changed, instead of reading every stored row back whole, and writes only those.
 */
public final class Fingerprint {

    private static final byte SEPARATOR = 0x1f;
    private static final byte NULL = 0x00;

    private Fingerprint() {
    }

    /** The values in order; null, empty and every other value digest differently. */
    public static String of(Object... values) {
        MessageDigest digest = sha256();
        for (Object value : values) {
            if (value == null) {
                digest.update(NULL);
            } else {
                digest.update(value.toString().getBytes(StandardCharsets.UTF_8));
            }
            digest.update(SEPARATOR);
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
