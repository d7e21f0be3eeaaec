package io.easel.rendermanager;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

class StartStopCyclesTest {
    private static final int MANAGERS = 4;
    private static final int CYCLES_EACH = 25;

    /** Four managers side by side, 25 cycles each: 100 launches, and concurrent launches too. */
    @Test
    void hundredStartStopCyclesLeaveNoProcessBehind() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(MANAGERS);
        List<CompletableFuture<List<Long>>> runs = new ArrayList<>();
        for (int m = 0; m < MANAGERS; m++) {
            String name = "cycles-" + m;
            runs.add(CompletableFuture.supplyAsync(() -> cycle(name), pool));
        }
        List<Long> pids = new ArrayList<>();
        for (CompletableFuture<List<Long>> run : runs) {
            pids.addAll(run.get(10, TimeUnit.MINUTES));
        }
        pool.shutdown();
        assertEquals(MANAGERS * CYCLES_EACH, pids.size());
        assertEquals(pids.size(), pids.stream().distinct().count(), "every cycle started its own process");
        for (long pid : pids) {
            assertTrue(TestRenderer.awaitGone(pid, Duration.ofSeconds(3)), "renderer " + pid + " is still running");
        }
        assertEquals(List.of(), TestRenderer.childRenderers());
    }

    private static List<Long> cycle(String name) {
        List<Long> pids = new ArrayList<>();
        try (RendererManager manager = new RendererManager(TestRenderer.settings(name).toBuilder()
                .warmup(false).build())) {
            for (int cycle = 0; cycle < CYCLES_EACH; cycle++) {
                RendererStatus status = manager.start().join();
                assertTrue(status.pid() > 0, name + " cycle " + cycle);
                assertEquals("ready", status.state(), name + " cycle " + cycle);
                pids.add(status.pid());
                manager.stop();
                assertEquals("stopped", manager.status().state());
                assertEquals(0, manager.status().pid());
            }
            assertEquals(CYCLES_EACH, manager.status().launches());
        }
        return pids;
    }
}
