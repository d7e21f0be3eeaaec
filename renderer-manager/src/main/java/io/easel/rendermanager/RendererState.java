package io.easel.rendermanager;

/** Where the renderer is in its life, as seen by its manager. */
public enum RendererState {
    NOT_STARTED("not started"),
    STARTING("starting"),
    READY("ready"),
    BUSY("busy"),
    STOPPING("stopping"),
    STOPPED("stopped"),
    FAILED("failed");

    private final String label;

    RendererState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
