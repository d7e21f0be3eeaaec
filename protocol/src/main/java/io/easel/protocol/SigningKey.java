package io.easel.protocol;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The per-launch secret both ends sign messages with. It reaches the renderer through stdin or the
 * {@value #ENV_VAR} environment variable, never the command line, where any local user could read it.
 */
public final class SigningKey {
    public static final String ENV_VAR = "EASEL_RENDERER_KEY";
    private static final int RANDOM_BYTES = 32;
    private static final int MIN_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] bytes;

    private SigningKey(byte[] bytes) {
        this.bytes = bytes;
    }

    public static SigningKey random() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return new SigningKey(bytes);
    }

    /** Parses the hexadecimal text form produced by {@link #toText()}. */
    public static SigningKey fromText(String text) {
        String trimmed = text == null ? "" : text.strip();
        byte[] bytes;
        try {
            bytes = HexFormat.of().parseHex(trimmed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The renderer key must be hexadecimal text (as written by the "
                    + "renderer manager); got " + trimmed.length() + " characters that are not.");
        }
        if (bytes.length < MIN_BYTES) {
            throw new IllegalArgumentException("The renderer key is " + bytes.length + " bytes; at least "
                    + MIN_BYTES + " are needed.");
        }
        return new SigningKey(bytes);
    }

    public String toText() {
        return HexFormat.of().formatHex(bytes);
    }

    byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SigningKey k && java.security.MessageDigest.isEqual(bytes, k.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Never prints the key itself, so it cannot leak into logs. */
    @Override
    public String toString() {
        return "SigningKey[" + bytes.length + " bytes]";
    }
}
