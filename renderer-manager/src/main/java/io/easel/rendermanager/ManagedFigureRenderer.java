package io.easel.rendermanager;

import io.easel.plot.ExportOptions;
import io.easel.plot.Format;
import io.easel.plot.spi.FigureRenderer;
import io.easel.protocol.ImageFormat;
import io.easel.protocol.OutputRequest;
import io.easel.protocol.RenderedImage;

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
        ImageFormat imageFormat = ImageFormat.valueOf(format.name());
        double scale = format.isRaster() ? options.scale() : 1.0;
        List<RenderedImage> images = RendererManager.shared().renderBlocking(spec, options.width(), options.height(),
                List.of(OutputRequest.of(imageFormat, scale)));
        return images.get(0).bytes();
    }
}
