package org.govkg.vocab;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The one hash govkg derives identifiers and content checks from: SHA-256, as hex. */
public final class Hashes {
    private Hashes() {}

    /** The first {@code hexChars} hex digits of the SHA-256 of the UTF-8 bytes of {@code s}. */
    public static String sha256(String s, int hexChars) {
        return sha256(s.getBytes(StandardCharsets.UTF_8)).substring(0, hexChars);
    }

    /** The SHA-256 of the bytes, as 64 hex digits. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
