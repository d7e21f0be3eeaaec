package io.easel.protocol;

/**
 * The secrets one renderer launch holds: the message signing key, the renderer's own CURVE key pair, and the
 * manager's CURVE public key, the only client key the renderer admits. They reach the renderer as one line on
 * its stdin ({@link #toLine()}), or in {@value SigningKey#ENV_VAR} for a renderer started by hand, never on the
 * command line.
 */
public final class RendererKeys {
    private final SigningKey signingKey;
    private final String serverPublicKey;
    private final String serverSecretKey;
    private final String managerPublicKey;

    RendererKeys(SigningKey signingKey, String serverPublicKey, String serverSecretKey, String managerPublicKey) {
        this.signingKey = signingKey;
        this.serverPublicKey = CurveKeyPair.checkedKey(serverPublicKey, "renderer's CURVE public key");
        this.serverSecretKey = CurveKeyPair.checkedKey(serverSecretKey, "renderer's CURVE secret key");
        this.managerPublicKey = CurveKeyPair.checkedKey(managerPublicKey, "manager's CURVE public key");
    }

    /**
     * Parses the line written by {@link #toLine()}: the signing key in hexadecimal, the renderer's CURVE public and
     * secret keys and the manager's CURVE public key, separated by single spaces.
     */
    public static RendererKeys fromLine(String line) {
        String[] fields = line == null ? new String[0] : line.strip().split(" ");
        if (fields.length != 4) {
            throw new IllegalArgumentException("The renderer's key line must hold four fields separated by spaces "
                    + "(the signing key in hexadecimal, the renderer's CURVE public and secret keys, the manager's "
                    + "CURVE public key, as the renderer manager writes them); got " + fields.length + ".");
        }
        return new RendererKeys(SigningKey.fromText(fields[0]), fields[1], fields[2], fields[3]);
    }

    public String toLine() {
        return signingKey.toText() + " " + serverPublicKey + " " + serverSecretKey + " " + managerPublicKey;
    }

    public SigningKey signingKey() {
        return signingKey;
    }

    String serverPublicKey() {
        return serverPublicKey;
    }

    String serverSecretKey() {
        return serverSecretKey;
    }

    public String managerPublicKey() {
        return managerPublicKey;
    }

    /** Never prints a secret. */
    @Override
    public String toString() {
        return "RendererKeys[" + signingKey + ", manager " + managerPublicKey + "]";
    }
}
