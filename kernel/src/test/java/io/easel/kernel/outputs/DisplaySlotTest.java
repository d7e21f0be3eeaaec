package io.easel.kernel.outputs;

import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The frame logic of a background output, without Jupyter: what is drawn, what is dropped, when it is idle. */
class DisplaySlotTest {

    private final BackgroundDisplays displays = new BackgroundDisplays();
    private final List<Object> drawn = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        displays.close();
    }

    /** A cell whose request publishes nowhere: the frames drawn are recorded by the draw function itself. */
    private RunningCell cell() {
        return new RunningCell(1, new ThreadGroup("cell-1"), null);
    }

    @Test
    void updatesWhileAFrameIsDrawnKeepOnlyTheNewestAndItIsDrawnLast() throws Exception {
        RunningCell cell = cell();
        displays.begin(cell);
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        DisplaySlot slot = displays.create("id", value -> {
            drawn.add(value);
            if (value.equals(0)) {
                firstStarted.countDown();
                await(release);
            }
            throw new IllegalStateException("no socket in this test");
        });
        slot.update(0);
        assertTrue(firstStarted.await(5, TimeUnit.SECONDS));
        for (int i = 1; i <= 1000; i++) {
            slot.update(i);
        }
        release.countDown();
        displays.finish(cell);
        assertEquals(List.of(0, 1000), drawn, "only the frame being drawn and the newest one are drawn");
        assertEquals(999, slot.droppedFrames());
    }

    @Test
    void finishWaitsForTheLastFrameAndReportsAFailedOne() {
        RunningCell cell = cell();
        displays.begin(cell);
        DisplaySlot slot = displays.create("id", value -> {
            sleep(200);
            drawn.add(value);
            throw new IllegalStateException("the figure could not be rendered: " + value);
        });
        slot.update("only");
        List<String> failures = displays.finish(cell);
        assertEquals(List.of("only"), drawn);
        assertEquals(List.of("the figure could not be rendered: only"), failures);
        assertEquals(null, displays.find("id"), "a finished cell's outputs are forgotten");
    }

    @Test
    void anInterruptDropsTheWaitingFrameAndStopsWaitingForIt() {
        RunningCell cell = cell();
        displays.begin(cell);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        DisplaySlot slot = displays.create("id", value -> {
            drawn.add(value);
            started.countDown();
            await(release);
            return new DisplayData();
        });
        slot.update("drawing");
        await(started);
        slot.update("waiting");
        displays.interrupt();
        long start = System.nanoTime();
        new Thread(() -> {
            sleep(300);
            release.countDown();
        }).start();
        displays.finish(cell);
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10));
        assertEquals(List.of("drawing"), drawn, "the frame not yet started is dropped");
        assertEquals(1, slot.droppedFrames());
    }

    @Test
    void aLiveOutputDrawsSpacedPreviewsWhileItsCellRunsAndItsLastValueInFullBeforeTheReply() throws Exception {
        RunningCell cell = cell();
        displays.begin(cell);
        List<Long> previewStarts = new CopyOnWriteArrayList<>();
        DisplaySlot slot = displays.createLive("id", value -> {
            drawn.add("full " + value);
            return new DisplayData();
        }, value -> {
            previewStarts.add(System.nanoTime());
            drawn.add("preview " + value);
            return new DisplayData();
        });
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(600);
        int value = 0;
        while (System.nanoTime() < end) {
            slot.update(++value);
            Thread.sleep(1);
        }
        displays.finish(cell);

        assertEquals("full " + value, drawn.get(drawn.size() - 1), "the reply waits for the last value, in full");
        assertEquals(1, drawn.stream().filter(d -> d.toString().startsWith("full")).count(), "one full frame: the last");
        assertTrue(previewStarts.size() >= 2, "previews are drawn while the cell runs: " + drawn);
        for (int i = 1; i < previewStarts.size(); i++) {
            long gap = previewStarts.get(i) - previewStarts.get(i - 1);
            assertTrue(gap >= TimeUnit.MILLISECONDS.toNanos(DisplaySlot.MIN_FRAME_INTERVAL_MILLIS) - 1_000_000,
                    "previews start at most every " + DisplaySlot.MIN_FRAME_INTERVAL_MILLIS + " ms: " + gap + " ns");
        }
        assertEquals(drawn.size(), slot.renderedFrames());
    }

    @Test
    void aLiveOutputUpdatedByALaterCellIsWaitedForByThatCell() throws Exception {
        RunningCell first = cell();
        displays.begin(first);
        DisplaySlot slot = displays.createLive("id", value -> {
            drawn.add("full " + value);
            return new DisplayData();
        }, value -> {
            drawn.add("preview " + value);
            return new DisplayData();
        });
        slot.update(1);
        displays.finish(first);
        assertEquals("full 1", drawn.get(drawn.size() - 1));

        ThreadGroup secondThreads = new ThreadGroup("cell-2");
        RunningCell second = new RunningCell(2, secondThreads, null);
        displays.begin(second);
        Thread cellThread = new Thread(secondThreads, () -> slot.update(2));
        cellThread.start();
        cellThread.join();
        displays.finish(second);
        assertEquals("full 2", drawn.get(drawn.size() - 1), "the second cell's reply waited for its update, in full");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
