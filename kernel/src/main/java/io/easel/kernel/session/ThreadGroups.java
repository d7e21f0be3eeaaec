package io.easel.kernel.session;

/** Which cell a thread belongs to is told by its thread group: every cell's threads live in a group of their own. */
public final class ThreadGroups {

    private ThreadGroups() {
    }

    /** True when the thread's group is {@code ancestor} or lies below it; a finished thread belongs nowhere. */
    public static boolean within(Thread thread, ThreadGroup ancestor) {
        if (ancestor == null) {
            return false;
        }
        for (ThreadGroup g = thread.getThreadGroup(); g != null; g = g.getParent()) {
            if (g == ancestor) {
                return true;
            }
        }
        return false;
    }
}
