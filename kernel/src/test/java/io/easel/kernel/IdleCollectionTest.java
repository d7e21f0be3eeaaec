package io.easel.kernel;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IdleCollectionTest {

    private static void pause(long millis) throws InterruptedException {
        Thread.sleep(millis);
    }

    @Test
    void collectsOnceAfterACellWhenTheKernelStaysQuiet() throws Exception {
        AtomicInteger collections = new AtomicInteger();
        try (IdleCollection idle = new IdleCollection(collections::incrementAndGet)) {
            idle.cellStarted();
            idle.cellEnded();
            assertEquals(0, collections.get(), "not while the output is still being read");
            pause(IdleCollection.QUIET_MILLIS * 4);
            assertEquals(1, collections.get());
            pause(IdleCollection.QUIET_MILLIS * 2);
            assertEquals(1, collections.get(), "one collection per quiet spell");
        }
    }

    @Test
    void cellsBackToBackCollectOnlyWhenTheyPause() throws Exception {
        AtomicInteger collections = new AtomicInteger();
        try (IdleCollection idle = new IdleCollection(collections::incrementAndGet)) {
            for (int i = 0; i < 5; i++) {
                idle.cellStarted();
                idle.cellEnded();
            }
            idle.cellStarted(); // still running when the earlier cells' quiet time is up
            pause(IdleCollection.QUIET_MILLIS * 3);
            assertEquals(0, collections.get(), "never while a cell runs");
            idle.cellEnded();
            pause(IdleCollection.QUIET_MILLIS * 4);
            assertEquals(1, collections.get());
        }
    }

    @Test
    void theTightCollectionPutsTheCellsFreeRatiosBack() {
        com.sun.management.HotSpotDiagnosticMXBean vm = java.lang.management.ManagementFactory
                .getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
        String min = vm.getVMOption("MinHeapFreeRatio").getValue();
        String max = vm.getVMOption("MaxHeapFreeRatio").getValue();
        IdleCollection.collectTightly();
        assertEquals(min, vm.getVMOption("MinHeapFreeRatio").getValue());
        assertEquals(max, vm.getVMOption("MaxHeapFreeRatio").getValue());
    }
}
