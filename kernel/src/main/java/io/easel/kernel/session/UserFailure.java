package io.easel.kernel.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * What a cell's exception said, read on the cell's own thread. An exception is user code: its {@code getMessage()}
 * may throw, loop or overflow the stack, its cause chain may be a cycle. Reading it where the cell runs keeps all of
 * that interruptible and away from the thread that answers Jupyter; afterwards the kernel handles plain strings.
 *
 * @param chain the exception first, then its causes, at most {@value #MAX_CAUSES}
 */
record UserFailure(List<Link> chain) {

    static final int MAX_CAUSES = 32;
    /** Longer messages are cut: a traceback is read by a person, and a 100 MB message must not become one. */
    static final int MAX_MESSAGE_CHARS = 10_000;

    /** One exception of the chain. {@code message} is null when the exception has none. */
    record Link(String className, String message, StackTraceElement[] frames) {
        String headline() {
            return message == null ? className : className + ": " + message;
        }
    }

    UserFailure {
        chain = List.copyOf(chain);
    }

    Link top() {
        return chain.get(0);
    }

    /**
     * The same failure with the frames JShell translated: it maps a snippet's wrapper class and lines back to the
     * snippet ("#12", line 2), and does so for the chain of stand-ins {@link CellExecutionControl} handed it, one per
     * link, in order.
     */
    UserFailure withFramesOf(Throwable translated) {
        List<Link> links = new ArrayList<>();
        Throwable current = translated;
        for (Link link : chain) {
            StackTraceElement[] frames = current == null ? link.frames() : current.getStackTrace();
            links.add(new Link(link.className(), link.message(), frames));
            current = current == null ? null : current.getCause();
        }
        return new UserFailure(links);
    }

    static UserFailure capture(Throwable thrown) {
        List<Link> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Throwable current = thrown;
        while (current != null && chain.size() < MAX_CAUSES && seen.add(current)) {
            chain.add(new Link(current.getClass().getName(), messageOf(current), framesOf(current)));
            current = causeOf(current);
        }
        return new UserFailure(chain);
    }

    private static String messageOf(Throwable t) {
        try {
            String message = t.getMessage();
            if (message != null && message.length() > MAX_MESSAGE_CHARS) {
                return message.substring(0, MAX_MESSAGE_CHARS) + "... (" + (message.length() - MAX_MESSAGE_CHARS)
                        + " more characters)";
            }
            return message;
        } catch (StackOverflowError e) {
            return "<getMessage() overflowed the stack>";
        } catch (Throwable e) {
            return "<getMessage() threw " + e.getClass().getName() + ">";
        }
    }

    private static StackTraceElement[] framesOf(Throwable t) {
        try {
            StackTraceElement[] frames = t.getStackTrace();
            return frames == null ? new StackTraceElement[0] : frames;
        } catch (Throwable e) {
            return new StackTraceElement[0];
        }
    }

    private static Throwable causeOf(Throwable t) {
        try {
            return t.getCause();
        } catch (Throwable e) {
            return null;
        }
    }
}
