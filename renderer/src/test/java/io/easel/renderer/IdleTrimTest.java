package io.easel.renderer;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdleTrimTest {
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void collectsOnceHalfASecondAfterTheLastFigureAndNotAgainUntilMoreFigures() {
        RendererCounters counters = new RendererCounters();
        IdleTrim trim = new IdleTrim(counters);
        long t = 0;
        assertFalse(trim.poll(t += 5 * SECOND), "nothing to give back before the first figure");

        counters.received();
        counters.answered();
        assertFalse(trim.poll(t += SECOND / 10), "a figure just finished");
        assertFalse(trim.poll(t += SECOND / 4), "not quiet for half a second yet");
        assertTrue(trim.poll(t += SECOND / 2));
        assertFalse(trim.poll(t += 10 * SECOND), "once per quiet spell");

        counters.received();
        counters.answered();
        trim.poll(t += SECOND / 4);
        assertTrue(trim.poll(t += 2 * SECOND), "a new spell after more figures");
    }

    @Test
    void theWarmUpsHeapIsGivenBackToo() {
        RendererCounters counters = new RendererCounters();
        IdleTrim trim = new IdleTrim(counters);
        long t = 0;
        assertFalse(trim.poll(t));
        counters.warmedUp(); // a fresh renderer (prestarted, or replacing one) that has drawn no figure yet
        assertFalse(trim.poll(t += SECOND / 10));
        assertTrue(trim.poll(t += SECOND), "half a second after the warm-up");
    }

    @Test
    void neverWhileAFigureIsInFlight() {
        RendererCounters counters = new RendererCounters();
        IdleTrim trim = new IdleTrim(counters);
        counters.received();
        counters.answered();
        counters.received(); // a second one still rendering
        long t = 0;
        trim.poll(t);
        assertFalse(trim.poll(t + 5 * SECOND));
        counters.answered();
        trim.poll(t + 6 * SECOND);
        assertTrue(trim.poll(t + 8 * SECOND));
    }

    @Test
    void theTrimLeavesTheRunningFreeRatiosAsTheyWere() {
        com.sun.management.HotSpotDiagnosticMXBean vm = java.lang.management.ManagementFactory
                .getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
        String min = vm.getVMOption("MinHeapFreeRatio").getValue();
        String max = vm.getVMOption("MaxHeapFreeRatio").getValue();
        RendererCounters counters = new RendererCounters();
        IdleTrim trim = new IdleTrim(counters);
        counters.received();
        counters.answered();
        trim.poll(0);
        assertTrue(trim.poll(SECOND));
        assertEquals(min, vm.getVMOption("MinHeapFreeRatio").getValue());
        assertEquals(max, vm.getVMOption("MaxHeapFreeRatio").getValue());
    }
}
