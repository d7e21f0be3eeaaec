package io.easel.display;

import io.easel.plot.Figure;
import io.easel.plot.FigureErrorKind;
import io.easel.plot.Format;
import io.easel.plot.Plot;
import io.easel.plot.spi.OutputRequest;

import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The render function inside JJava's real Renderer, with the renderer process replaced by a recording source. */
class FigureRenderFunctionTest {

    private final Figure figure = Plot.line(new double[] {1, 2, 3}, new double[] {3, 1, 2}).title("Sales");
    private final RecordingImageSource source = new RecordingImageSource();
    private final AtomicReference<FigureSettings> settings = new AtomicReference<>(FigureSettings.defaults());
    private final LastFigure last = new LastFigure();
    private final Renderer renderer = new Renderer();

    FigureRenderFunctionTest() {
        new FigureRenderFunction(source, settings, last).registerWith(renderer);
    }

    @Test
    void aPlainRenderGivesTheSettingsBundleFromOneRequest() {
        DisplayData data = renderer.render(figure);

        assertEquals(1, source.calls.size(), "one renderer request for the whole bundle");
        RecordingImageSource.Call call = source.calls.get(0);
        long limit = FigureSettings.DEFAULT_MAX_SVG_BYTES;
        assertEquals(List.of(OutputRequest.of(Format.PNG, 2), OutputRequest.of(Format.SVG, 1).withMaxBytes(limit),
                OutputRequest.of(Format.PDF, 1).withMaxBytes(limit)),
                call.outputs(), "the SVG and PDF carry max-svg, so the renderer leaves out what the bundle would drop");
        assertEquals(600, call.width(), "each figure keeps its own size, resolved before the request");
        assertEquals(400, call.height());
        assertEquals(Map.of("text", "Sales"), call.spec().get("ggtitle"));

        assertEquals("png 1200x800", new String(Base64.getDecoder().decode((String) data.getData(MIMEType.IMAGE_PNG)),
                StandardCharsets.US_ASCII));
        assertTrue(((String) data.getData(MIMEType.IMAGE_SVG)).startsWith("<svg"));
        assertEquals(figure.describe(), data.getData(MIMEType.TEXT_PLAIN));
        assertSame(figure, last.get().orElseThrow());
    }

    @Test
    void settingsChangeTheNextBundle() {
        settings.set(settings.get().withFormats(List.of(Format.PNG, Format.SVG, Format.PDF)).withSize(800, 500)
                .withScale(1));
        DisplayData data = renderer.render(figure);

        RecordingImageSource.Call call = source.calls.get(0);
        assertEquals(List.of(Format.PNG, Format.SVG, Format.PDF),
                call.outputs().stream().map(OutputRequest::format).toList());
        assertEquals(800, call.width());
        assertEquals(500, call.height());
        assertEquals(1, call.outputs().get(0).scale());
        assertTrue(data.hasDataForType(MIMEType.APPLICATION_PDF));
    }

    @Test
    void namedTypesGiveExactlyThoseFormats() {
        DisplayData data = renderer.renderAs(figure, "image/png");

        assertEquals(List.of(Format.PNG), source.calls.get(0).outputs().stream().map(OutputRequest::format).toList());
        assertTrue(data.hasDataForType(MIMEType.IMAGE_PNG));
        assertFalse(data.hasDataForType(MIMEType.IMAGE_SVG));

        renderer.renderAs(figure, "application/pdf", "image/webp");
        assertEquals(List.of(Format.WEBP, Format.PDF),
                source.calls.get(1).outputs().stream().map(OutputRequest::format).toList());
    }

    @Test
    void textOnlyNeedsNoRenderer() {
        DisplayData data = renderer.renderAs(figure, "text/plain");
        assertTrue(source.calls.isEmpty());
        assertEquals(figure.describe(), data.getData(MIMEType.TEXT_PLAIN));
        assertTrue(last.get().isEmpty(), "a figure shown as text only is not the one %export writes");
    }

    @Test
    void aFailureReachesTheCallerAndIsNotRecordedAsShown() {
        source.failingWith(new FigureRenderException(FigureErrorKind.BAD_SPEC, "The figure could not be rendered (bad_spec): no layers"));
        FigureRenderException e = assertThrows(FigureRenderException.class, () -> renderer.render(figure));
        assertTrue(e.getMessage().contains("bad_spec"));
        assertTrue(last.get().isEmpty());
    }

    @Test
    void otherValuesAreLeftAlone() {
        DisplayData data = renderer.render("just text");
        assertTrue(source.calls.isEmpty());
        assertEquals("just text", data.getData(MIMEType.TEXT_PLAIN));
    }
}
