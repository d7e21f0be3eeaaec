package io.easel.rendermanager;

import io.easel.plot.ExportOptions;
import io.easel.plot.Figure;
import io.easel.plot.FigureErrorKind;
import io.easel.plot.Format;
import io.easel.plot.Plot;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** fig.toBytes / fig.save from the plot module, found through ServiceLoader, served by the shared manager. */
class ManagedFigureRendererTest {
    @AfterAll
    static void stopSharedRenderer() {
        RendererManager.shared().stop();
    }

    private static Figure figure() {
        double[] x = {1, 2, 3, 4, 5};
        double[] y = {2, 3, 5, 7, 11};
        return Plot.line(x, y).title("Primes through the SPI");
    }

    @Test
    void toBytesRendersPngAtTheRequestedSizeAndScale() throws Exception {
        TestRenderer.dist();
        byte[] png = figure().toBytes(Format.PNG, new ExportOptions(300, 200, 2));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(600, image.getWidth());
        assertEquals(400, image.getHeight());
        assertTrue(RendererManager.shared().status().pid() > 0);
    }

    @Test
    void saveWritesAnSvgChosenByTheExtension(@TempDir Path folder) throws Exception {
        TestRenderer.dist();
        Path file = figure().save(folder.resolve("primes.svg"));
        String svg = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(svg.contains("<svg"), svg.substring(0, Math.min(100, svg.length())));
        assertTrue(svg.contains("Primes through the SPI"));
    }

    @Test
    void rendererErrorsReachTheCallerWithTheirType() {
        TestRenderer.dist();
        Figure broken = Figure.fromSpec("{\"kind\":\"plot\",\"layers\":[{\"geom\":\"no-such-geom\"}]}");
        RuntimeException e = assertThrows(RuntimeException.class, () -> broken.toBytes(Format.PNG));
        RenderFailedException failure = e instanceof RenderFailedException r ? r
                : (RenderFailedException) e.getCause();
        assertEquals(FigureErrorKind.BAD_SPEC, failure.kind(), failure.getMessage());
        assertTrue(e.getMessage().contains("no-such-geom"), e.getMessage());
    }
}
