package io.easel.rendermanager;

import io.easel.plot.ExportOptions;
import io.easel.plot.Figure;
import io.easel.plot.FigureErrorKind;
import io.easel.plot.Format;
import io.easel.plot.FigureExportException;
import io.easel.plot.Plot;
import io.easel.plot.RenderEvent;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

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

    private static List<RenderEvent.Stage> stages(List<RenderEvent> events) {
        return events.stream().map(RenderEvent::stage).toList();
    }

    @Test
    void renderAsyncReportsQueuedStartedFinishedWithTheRenderersOwnTime() throws Exception {
        TestRenderer.dist();
        List<RenderEvent> events = new CopyOnWriteArrayList<>();
        byte[] png = figure().renderAsync(Format.PNG, ExportOptions.size(300, 200), events::add)
                .get(60, TimeUnit.SECONDS);

        assertEquals(300, ImageIO.read(new ByteArrayInputStream(png)).getWidth());
        assertEquals(List.of(RenderEvent.Stage.QUEUED, RenderEvent.Stage.STARTED, RenderEvent.Stage.FINISHED),
                stages(events));
        for (int i = 1; i < events.size(); i++) {
            assertFalse(events.get(i).time().isBefore(events.get(i - 1).time()), events.toString());
            assertTrue(events.get(i).elapsed().compareTo(events.get(i - 1).elapsed()) >= 0, events.toString());
        }
        Duration rendererTime = events.get(2).rendererTime().orElseThrow();
        assertTrue(rendererTime.compareTo(Duration.ZERO) > 0 && rendererTime.compareTo(events.get(2).elapsed()) <= 0,
                "the renderer's own time lies within the whole: " + events);
    }

    @Test
    void renderAsyncOfABadSpecReportsFailedAndFailsWithItsKind() {
        TestRenderer.dist();
        List<RenderEvent> events = new CopyOnWriteArrayList<>();
        Figure broken = Figure.fromSpec("{\"kind\":\"plot\",\"layers\":[{\"geom\":\"no-such-geom\"}]}");
        CompletableFuture<byte[]> future = broken.renderAsync(Format.PNG, ExportOptions.defaults(), events::add);

        ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(60, TimeUnit.SECONDS));
        FigureExportException failure = assertInstanceOf(FigureExportException.class, e.getCause());
        assertEquals(FigureErrorKind.BAD_SPEC, failure.kind());
        assertTrue(failure.getMessage().contains("no-such-geom"), failure.getMessage());
        assertEquals(RenderEvent.Stage.FAILED, events.get(events.size() - 1).stage(), events.toString());
        assertEquals(RenderEvent.Stage.QUEUED, events.get(0).stage());
    }

    @Test
    void cancellingRenderAsyncReportsCancelledAndFreesTheRenderer() throws Exception {
        TestRenderer.dist();
        RendererManager.shared().start().get(60, TimeUnit.SECONDS);
        long before = RendererManager.shared().rendererStats().get(10, TimeUnit.SECONDS).cancelled();
        double[] x = new double[300_000];
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.sin(i * 0.37);
            y[i] = Math.cos(i * 0.11);
        }
        List<RenderEvent> events = new CopyOnWriteArrayList<>();
        CountDownLatch started = new CountDownLatch(1);
        // a PDF: PDFBox draws 300,000 markers for many seconds, where the PNG of a point cloud takes a fraction of one
        CompletableFuture<byte[]> future = Plot.scatter(x, y).size(1600, 1200).renderAsync(Format.PDF,
                ExportOptions.defaults(), event -> {
                    events.add(event);
                    if (event.stage() == RenderEvent.Stage.STARTED) {
                        started.countDown();
                    }
                });
        assertTrue(started.await(60, TimeUnit.SECONDS), "the big figure never reached the renderer");
        Thread.sleep(1_000);

        assertTrue(future.cancel(true));

        assertEquals(List.of(RenderEvent.Stage.QUEUED, RenderEvent.Stage.STARTED, RenderEvent.Stage.CANCELLED),
                stages(events));
        long start = System.nanoTime();
        figure().toBytes(Format.SVG);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 10_000, "the next figure waited " + millis + " ms");
        assertEquals(before + 1, RendererManager.shared().rendererStats().get(10, TimeUnit.SECONDS).cancelled());
    }
}
