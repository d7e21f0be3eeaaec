package io.easel.rendermanager;

import org.junit.jupiter.api.Test;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DaemonThreadsTest {

    @Test
    void threadsJoinTheOutermostGroupNotTheGroupOfTheThreadThatAsks() throws Exception {
        ThreadFactory factory = DaemonThreads.named("easel-test");
        ThreadGroup cellGroup = new ThreadGroup("a-cell");
        AtomicReference<Thread> made = new AtomicReference<>();
        Thread cell = new Thread(cellGroup, () -> made.set(factory.newThread(() -> { })));
        cell.start();
        cell.join();

        ThreadGroup outermost = Thread.currentThread().getThreadGroup();
        while (outermost.getParent() != null && outermost.getParent().getParent() != null) {
            outermost = outermost.getParent();
        }
        assertSame(outermost, made.get().getThreadGroup(),
                "a pool thread started while a cell renders must not count as the cell's");
        assertTrue(made.get().isDaemon());
        assertEquals("easel-test-1", made.get().getName());
    }
}
