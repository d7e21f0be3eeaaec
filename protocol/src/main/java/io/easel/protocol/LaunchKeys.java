package io.easel.protocol;

/**
 * Every secret of one renderer launch, as the manager holds them: the signing key, the renderer's CURVE key pair
 * and the manager's own. {@link #forRenderer()} is the part the renderer gets.
 */
public final class LaunchKeys {
    private final SigningKey signingKey;
    private final CurveKeyPair renderer;
    private final CurveKeyPair manager;

    public LaunchKeys(SigningKey signingKey, CurveKeyPair renderer, CurveKeyPair manager) {
        this.signingKey = signingKey;
        this.renderer = renderer;
        this.manager = manager;
    }

    public static LaunchKeys random() {
        return new LaunchKeys(SigningKey.random(), CurveKeyPair.random(), CurveKeyPair.random());
    }

    public SigningKey signingKey() {
        return signingKey;
    }

    public CurveKeyPair renderer() {
        return renderer;
    }

    public CurveKeyPair manager() {
        return manager;
    }

    public RendererKeys forRenderer() {
        return new RendererKeys(signingKey, renderer.publicKey(), renderer.secretKey(), manager.publicKey());
    }

    @Override
    public String toString() {
        return "LaunchKeys[" + signingKey + ", renderer " + renderer + ", manager " + manager + "]";
    }
}
