package io.easel.rendermanager;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named daemon threads, so a manager nobody closed never keeps the JVM alive. They join the thread group of the code
 * that made the factory (the manager's creator), not that of whichever thread first needs one: pools start threads
 * lazily, and the first figure of a notebook is rendered on the cell's thread, whose group the kernel watches for
 * threads a cell leaves behind ("This cell left 1 thread running (easel-renderer-timer-1)").
 */
final class DaemonThreads {
    private DaemonThreads() {
    }

    static ThreadFactory named(String name) {
        AtomicInteger n = new AtomicInteger();
        ThreadGroup group = Thread.currentThread().getThreadGroup();
        return r -> {
            Thread t = new Thread(group, r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
