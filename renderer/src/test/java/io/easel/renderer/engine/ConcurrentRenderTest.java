package io.easel.renderer.engine;

import io.easel.plot.FigureErrorKind;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

import org.junit.jupiter.api.Test;

import io.easel.plot.Format;
import io.easel.plot.spi.OutputRequest;
import io.easel.plot.spi.RenderedImage;

class ConcurrentRenderTest {
    private static final int THREADS = 8;
    private static final List<OutputRequest> OUTPUTS = List.of(
            OutputRequest.of(Format.SVG), OutputRequest.of(Format.PNG, 2), OutputRequest.of(Format.PDF));

    @Test
    void aRenderWaitingToDrawCanBeCancelled() throws Exception {
        RenderEngine engine = new RenderEngine(RenderLimits.defaults());
        ReentrantLock painting = JsvgPainting.paintingLock();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        // EPS: the one output JSVG always paints (rasters and the PDF are painted from the DOM, without the lock)
        Thread render = new Thread(() -> {
            try {
                engine.render(TestFigures.line(50, "Why"), 300, 200, List.of(OutputRequest.of(Format.EPS)));
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        painting.lock();
        try {
            render.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!painting.hasQueuedThread(render)) {
                assertTrue(System.nanoTime() < deadline, "the EPS render never waited for the JSVG painting lock");
                Thread.sleep(5);
            }
            render.interrupt();
            render.join(30_000);
        } finally {
            painting.unlock();
        }

        assertTrue(!render.isAlive(), "render thread did not stop");
        assertTrue(failure.get() instanceof RenderException, "expected a RenderException, got " + failure.get());
        assertEquals(FigureErrorKind.INTERNAL, ((RenderException) failure.get()).kind());
        assertTrue(failure.get().getMessage().contains("cancelled"), failure.get().getMessage());
        assertEquals(1, engine.render(TestFigures.line(50, "After"), 300, 200,
                List.of(OutputRequest.of(Format.PNG))).size(), "the engine must keep working");
    }

    @Test
    void eightRendersAtOnceEachGetTheirOwnCorrectResult() throws Exception {
        RenderEngine engine = new RenderEngine(RenderLimits.defaults());
        List<Map<String, Object>> figures = new ArrayList<>();
        List<List<RenderedImage>> alone = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Map<String, Object> figure = i % 2 == 0
                    ? TestFigures.line(400 + 50 * i, "Figure " + i)
                    : TestFigures.scatter(300 + 50 * i, "Figure " + i);
            figures.add(figure);
            alone.add(engine.render(figure, 500 + 10 * i, 300, OUTPUTS));
        }

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<RenderedImage>>> together = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                int index = i;
                together.add(pool.submit(() -> {
                    start.await();
                    return engine.render(figures.get(index), 500 + 10 * index, 300, OUTPUTS);
                }));
            }
            start.countDown();

            for (int i = 0; i < THREADS; i++) {
                List<RenderedImage> result = together.get(i).get(120, TimeUnit.SECONDS);
                List<RenderedImage> expected = alone.get(i);
                assertArrayEquals(expected.get(0).bytes(), result.get(0).bytes(), "SVG of figure " + i);
                assertArrayEquals(expected.get(1).bytes(), result.get(1).bytes(), "PNG of figure " + i);
                BufferedImage png = RasterOutputTest.decode(result.get(1).bytes());
                assertEquals(2 * (500 + 10 * i), png.getWidth());
                assertEquals(600, png.getHeight());
                String pdfText = VectorOutputTest.pdfText(result.get(2).bytes());
                assertTrue(pdfText.contains("Figure " + i + "\n"), "PDF of figure " + i + " lacks its title");
            }
        } finally {
            pool.shutdownNow();
            assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS), "render threads did not stop");
        }
    }
}
