package io.easel.rendermanager;

import io.easel.plot.ExportOptions;
import io.easel.plot.Format;
import io.easel.plot.spi.FigureRenderer;
import io.easel.plot.spi.OutputRequest;
import io.easel.plot.spi.RenderProgress;
import io.easel.plot.spi.RenderedImage;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The plot module's export hook ({@code fig.save(path)}, {@code fig.toBytes(format)}), served by the
 * process-wide {@link RendererManager#shared()}. Registered through
 * {@code META-INF/services/io.easel.plot.spi.FigureRenderer}.
 */
public final class ManagedFigureRenderer implements FigureRenderer {
    @Override
    public byte[] render(Map<String, Object> spec, Format format, ExportOptions options) {
        List<RenderedImage> images = RendererManager.shared().renderBlocking(spec, options.width(), options.height(),
                List.of(OutputRequest.atRasterScale(format, options.scale())));
        return images.get(0).bytes();
    }

    /** Reports the renderer taking the figure and its own render time; a cancel withdraws it from the renderer. */
    @Override
    public CompletableFuture<byte[]> renderAsync(Map<String, Object> spec, Format format, ExportOptions options,
                                                 RenderProgress progress) {
        CompletableFuture<List<RenderedImage>> images;
        try {
            images = RendererManager.shared().render(spec, options.width(), options.height(),
                    List.of(OutputRequest.atRasterScale(format, options.scale())), progress::started);
        } catch (RenderFailedException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<byte[]> bytes = images.thenApply(done -> {
            RenderedImage image = done.get(0);
            progress.rendererTime(Duration.ofNanos(image.renderNanos()));
            return image.bytes();
        });
        bytes.whenComplete((b, error) -> {
            if (bytes.isCancelled()) {
                images.cancel(true);
            }
        });
        return bytes;
    }
}
