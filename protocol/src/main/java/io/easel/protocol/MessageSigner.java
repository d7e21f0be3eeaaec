package io.easel.protocol;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.List;

/**
 * HMAC-SHA256 over every frame after the signature. Each frame is prefixed with its length inside the
 * MAC, so moving bytes from one frame to the next breaks the signature.
 */
public final class MessageSigner {
    public static final int SIGNATURE_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public MessageSigner(SigningKey key) {
        this.key = new SecretKeySpec(key.bytes(), ALGORITHM);
    }

    public byte[] sign(List<byte[]> frames) {
        Mac mac = newMac();
        ByteBuffer length = ByteBuffer.allocate(Long.BYTES);
        for (byte[] frame : frames) {
            length.clear();
            length.putLong(frame.length);
            mac.update(length.array());
            mac.update(frame);
        }
        return mac.doFinal();
    }

    /** Constant-time comparison, so timing tells an attacker nothing about the right signature. */
    public boolean verify(byte[] signature, List<byte[]> frames) {
        if (signature == null || signature.length != SIGNATURE_BYTES) {
            return false;
        }
        return MessageDigest.isEqual(signature, sign(frames));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM lacks " + ALGORITHM + ", which every Java 17 runtime has", e);
        }
    }
}
