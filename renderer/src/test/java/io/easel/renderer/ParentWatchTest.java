package io.easel.renderer;

import org.junit.jupiter.api.Test;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

class ParentWatchTest {
    @Test
    void noticesWhenTheWatchedProcessDies() throws Exception {
        Process parent = new ProcessBuilder("sleep", "60").start();
        try {
            CompletableFuture<String> gone = new CompletableFuture<>();
            ParentWatch.watchPid(parent.pid(), gone::complete);
            Thread.sleep(ParentWatch.POLL_MILLIS * 2);
            assertFalse(gone.isDone(), "reported a live parent as gone: " + gone.getNow(""));
            parent.destroyForcibly();
            String reason = gone.get(10, TimeUnit.SECONDS);
            assertTrue(reason.contains(Long.toString(parent.pid())), reason);
        } finally {
            parent.destroyForcibly();
        }
    }

    @Test
    void reportsAParentThatIsAlreadyGone() throws Exception {
        Process parent = new ProcessBuilder("true").start();
        parent.waitFor();
        CompletableFuture<String> gone = new CompletableFuture<>();
        ParentWatch.watchPid(parent.pid(), gone::complete);
        assertTrue(gone.get(10, TimeUnit.SECONDS).contains("does not exist"));
    }

    @Test
    void noticesStdinReachingEndOfFile() throws Exception {
        PipedOutputStream parentEnd = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(parentEnd);
        CompletableFuture<String> gone = new CompletableFuture<>();
        ParentWatch.watchStdin(stdin, gone::complete);
        parentEnd.write("noise\n".getBytes());
        parentEnd.flush();
        Thread.sleep(100);
        assertFalse(gone.isDone(), "input that is not end of file must not stop the renderer");
        parentEnd.close();
        assertTrue(gone.get(10, TimeUnit.SECONDS).contains("end of file"));
    }
}
