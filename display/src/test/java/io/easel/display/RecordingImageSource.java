package io.easel.display;

import io.easel.plot.Format;
import io.easel.plot.spi.OutputRequest;
import io.easel.plot.spi.RenderedImage;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A stand-in for the renderer process in tests of what the display extension asks for and does with the answer:
 * it records each request and answers with bytes naming the format and size, or with a given failure.
 */
final class RecordingImageSource implements FigureImageSource {

    record Call(Map<String, Object> spec, double width, double height, List<OutputRequest> outputs) {
    }

    final List<Call> calls = new ArrayList<>();
    private RuntimeException failure;
    private int svgBytes = 100;

    RecordingImageSource failingWith(RuntimeException failure) {
        this.failure = failure;
        return this;
    }

    RecordingImageSource svgOfBytes(int bytes) {
        this.svgBytes = bytes;
        return this;
    }

    @Override
    public List<RenderedImage> render(Map<String, Object> spec, double width, double height,
                                      List<OutputRequest> outputs) {
        calls.add(new Call(spec, width, height, List.copyOf(outputs)));
        if (failure != null) {
            throw failure;
        }
        if (!(width > 0 && height > 0)) {
            throw new IllegalArgumentException("the renderer is always given the size; got " + width + "x" + height);
        }
        double w = width;
        double h = height;
        List<RenderedImage> images = new ArrayList<>();
        for (OutputRequest output : outputs) {
            double scale = output.format().isRaster() ? output.scale() : 1;
            int pw = (int) Math.round(w * scale);
            int ph = (int) Math.round(h * scale);
            byte[] bytes;
            if (output.format() == Format.SVG) {
                String head = "<svg width=\"" + pw + "\" height=\"" + ph + "\">";
                String tail = "</svg>";
                bytes = (head + "x".repeat(Math.max(0, svgBytes - head.length() - tail.length())) + tail)
                        .getBytes(StandardCharsets.UTF_8);
            } else {
                bytes = (output.format().name().toLowerCase(Locale.ROOT) + " " + pw + "x" + ph)
                        .getBytes(StandardCharsets.US_ASCII);
            }
            images.add(new RenderedImage(output.format(), bytes, pw, ph, 1));
        }
        return images;
    }
}
