package io.easel.rendermanager;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named daemon threads, so a manager nobody closed never keeps the JVM alive. They belong to the application's
 * outermost thread group, not to the group of whichever thread first needed one: a notebook kernel tells its cells'
 * threads apart by group, and the manager's threads (and every thread they start: the socket loop, the renderer's
 * stream pumps) are nobody's cell.
 */
final class DaemonThreads {
    private DaemonThreads() {
    }

    static ThreadFactory named(String name) {
        AtomicInteger n = new AtomicInteger();
        ThreadGroup group = outermostGroup();
        return r -> {
            Thread t = new Thread(group, r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** The group below the JVM's "system" group ("main" in an ordinary program). */
    private static ThreadGroup outermostGroup() {
        ThreadGroup group = Thread.currentThread().getThreadGroup();
        while (group.getParent() != null && group.getParent().getParent() != null) {
            group = group.getParent();
        }
        return group;
    }
}
