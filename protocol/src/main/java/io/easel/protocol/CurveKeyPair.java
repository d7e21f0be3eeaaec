package io.easel.protocol;

import org.zeromq.ZMQ;

import java.util.Objects;

/**
 * One CURVE (Curve25519) key pair, in ZeroMQ's Z85 text form (40 characters each). The manager makes a fresh pair
 * for the renderer and one for itself at every launch; nothing is ever written to disk.
 */
public final class CurveKeyPair {
    private final String publicKey;
    private final String secretKey;

    private CurveKeyPair(String publicKey, String secretKey) {
        this.publicKey = publicKey;
        this.secretKey = secretKey;
    }

    public static CurveKeyPair random() {
        ZMQ.Curve.KeyPair pair = ZMQ.Curve.generateKeyPair();
        return new CurveKeyPair(pair.publicKey, pair.secretKey);
    }

    public String publicKey() {
        return publicKey;
    }

    String secretKey() {
        return secretKey;
    }

    /** Checks that {@code text} is a Z85-encoded 32-byte key, naming {@code what} otherwise. */
    static String checkedKey(String text, String what) {
        Objects.requireNonNull(text, what);
        if (text.length() != ZMQ.Curve.KEY_SIZE_Z85) {
            throw new IllegalArgumentException("The " + what + " must be " + ZMQ.Curve.KEY_SIZE_Z85
                    + " characters of Z85 text; got " + text.length() + ".");
        }
        byte[] decoded;
        try {
            decoded = ZMQ.Curve.z85Decode(text);
        } catch (RuntimeException e) {
            decoded = null;
        }
        if (decoded == null || decoded.length != ZMQ.Curve.KEY_SIZE) {
            throw new IllegalArgumentException("The " + what + " is not valid Z85 text.");
        }
        return text;
    }

    /** Never prints the secret key. */
    @Override
    public String toString() {
        return "CurveKeyPair[public " + publicKey + "]";
    }
}
