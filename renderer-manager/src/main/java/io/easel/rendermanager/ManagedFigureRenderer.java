package io.easel.rendermanager;

import io.easel.plot.ExportOptions;
import io.easel.plot.Format;
import io.easel.plot.spi.FigureRenderer;
import io.easel.plot.spi.OutputRequest;
import io.easel.plot.spi.RenderedImage;

import java.util.List;
import java.util.Map;

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
}
