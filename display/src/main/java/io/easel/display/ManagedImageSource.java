package io.easel.display;

import io.easel.plot.FigureErrorKind;
import io.easel.plot.spi.OutputRequest;
import io.easel.plot.spi.RenderedImage;
import io.easel.rendermanager.RenderFailedException;
import io.easel.rendermanager.RendererManager;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Figures rendered by the renderer process through a {@link RendererManager}, its failures made readable. */
final class ManagedImageSource implements FigureImageSource {

    private final Supplier<RendererManager> manager;

    ManagedImageSource(Supplier<RendererManager> manager) {
        this.manager = manager;
    }

    @Override
    public List<RenderedImage> render(Map<String, Object> spec, double width, double height,
                                      List<OutputRequest> outputs) {
        try {
            return manager.get().renderBlocking(spec, width, height, outputs);
        } catch (RenderFailedException e) {
            // the manager's message is all a notebook user needs; its stack would only repeat it in the cell
            throw new FigureRenderException(e.kind(), message(e));
        }
    }

    /** The manager's message says what happened; this adds what it means for the notebook. */
    static String message(RenderFailedException e) {
        if (e.kind() == FigureErrorKind.INTERRUPTED) {
            // the user stopped the cell: nothing failed, and the thread's interrupt flag is still set for the kernel
            return "Interrupted: the figure was not drawn, and the renderer dropped it. Run the cell again to draw it.";
        }
        String hint = switch (e.kind()) {
            case CRASHED, TIMEOUT, STOPPED ->
                    "\nYour variables are intact; run the cell again to render with a fresh renderer"
                            + " (%renderer log shows what it printed).";
            case START_FAILED ->
                    "\nThe kernel keeps working without figures; %renderer log shows the renderer's output,"
                            + " %renderer restart tries again.";
            case TOO_LARGE ->
                    "\nMake the figure smaller: fig.size(w, h), or %figures size=WxH scale=1.";
            default -> "";
        };
        return "The figure could not be rendered (" + e.kind().label() + "): " + e.getMessage() + hint;
    }
}
