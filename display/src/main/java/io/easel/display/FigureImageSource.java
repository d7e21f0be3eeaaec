package io.easel.display;

import io.easel.plot.spi.OutputRequest;
import io.easel.plot.spi.RenderedImage;

import java.util.List;
import java.util.Map;

/**
 * Where the display extension gets a figure's images from. The kernel uses the shared renderer process; the seam
 * lets bundle assembly and magics be tested without launching one.
 */
@FunctionalInterface
interface FigureImageSource {

    /**
     * Renders one spec to several outputs in one request, so the renderer lays the figure out once.
     *
     * @param width  CSS pixels, positive: the caller has resolved the figure's own size (the spec's ggsize is not read)
     * @param height CSS pixels, positive
     * @return one image per output, in the order asked
     * @throws FigureRenderException when the renderer fails or refuses the figure
     */
    List<RenderedImage> render(Map<String, Object> spec, double width, double height, List<OutputRequest> outputs);
}
