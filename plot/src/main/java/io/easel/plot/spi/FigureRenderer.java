package io.easel.plot.spi;

import io.easel.plot.ExportOptions;
import io.easel.plot.Format;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Turns a figure's Lets-Plot raw spec into file bytes.
 *
 * <p>The plot module only describes figures; painting happens elsewhere. {@link io.easel.plot.Figure#save},
 * {@code toBytes} and {@code writeTo} find an implementation with {@link java.util.ServiceLoader} (register it in
 * {@code META-INF/services/io.easel.plot.spi.FigureRenderer}); easel-renderer-manager provides one that talks to the
 * warm renderer process. {@link io.easel.plot.Figure#renderAsync} uses {@link #renderAsync}, which by default runs
 * the blocking {@link #render} on a thread of its own, so a renderer written before it existed keeps working.
 */
public interface FigureRenderer {

    /**
     * Renders one figure.
     *
     * @param spec    the figure's raw spec as {@link io.easel.plot.Figure#toSpec()} gives it (a fresh copy the
     *                implementation may change; numeric data columns are {@code double[]}); its {@code ggsize} is
     *                the figure's own size and must not be consulted: the options carry the size to render
     * @param format  the wanted format
     * @param options the size in CSS pixels (never 0 here: {@link ExportOptions#resolvedFor} filled in the figure's
     *                own) and the raster scale
     * @return the encoded file
     * @throws Exception when rendering fails; the message should say what happened and what to do
     */
    byte[] render(Map<String, Object> spec, Format format, ExportOptions options) throws Exception;

    /**
     * Renders one figure without holding the caller up. The arguments are those of {@link #render}.
     *
     * <p>{@code cancel(true)} on the returned future must stop the work (or at least stop waiting for it); the
     * default interrupts its thread. An implementation that can tell waiting from rendering calls
     * {@link RenderProgress#started()} when its renderer takes the figure; the default calls it as its thread begins.
     *
     * @return a future of the encoded file; a failure completes it exceptionally with the exception
     *         {@link #render} would throw (implement {@link RenderFailure} on it to give its kind)
     */
    default CompletableFuture<byte[]> renderAsync(Map<String, Object> spec, Format format, ExportOptions options,
                                                  RenderProgress progress) {
        CompletableFuture<byte[]> result = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            progress.started();
            try {
                result.complete(render(spec, format, options));
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        }, "easel-figure-render");
        // a render nobody waits for must not keep the JVM alive at exit
        worker.setDaemon(true);
        result.whenComplete((bytes, error) -> {
            if (result.isCancelled()) {
                worker.interrupt();
            }
        });
        worker.start();
        return result;
    }
}
