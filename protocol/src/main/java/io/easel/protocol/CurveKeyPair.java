package io.easel.protocol;

import org.zeromq.ZMQ;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.XECPrivateKey;
import java.security.interfaces.XECPublicKey;
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

    /**
     * A fresh pair from the JDK's X25519, the same Curve25519 keys as NaCl's {@code crypto_box_keypair} (a random
     * 32-byte secret, clamped where it is used, and the little-endian u-coordinate of its public point). JeroMQ's own
     * generator runs jnacl's pure-Java scalar multiplication, which costs a cold kernel about a quarter of a second
     * per pair; the JDK's is faster and uses the JDK's strong random source.
     */
    public static CurveKeyPair random() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("X25519").generateKeyPair();
            byte[] secret = ((XECPrivateKey) pair.getPrivate()).getScalar().orElseThrow();
            byte[] publicKey = littleEndian(((XECPublicKey) pair.getPublic()).getU());
            return new CurveKeyPair(ZMQ.Curve.z85Encode(publicKey), ZMQ.Curve.z85Encode(secret));
        } catch (NoSuchAlgorithmException e) {
            ZMQ.Curve.KeyPair pair = ZMQ.Curve.generateKeyPair(); // a JDK without X25519 (every Java 17 has it)
            return new CurveKeyPair(pair.publicKey, pair.secretKey);
        }
    }

    private static byte[] littleEndian(BigInteger u) {
        byte[] bigEndian = u.toByteArray();
        byte[] key = new byte[ZMQ.Curve.KEY_SIZE];
        for (int i = 0; i < key.length && i < bigEndian.length; i++) {
            key[i] = bigEndian[bigEndian.length - 1 - i];
        }
        return key;
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
