package io.easel.notebook;

import io.easel.notebook.spi.NotebookBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotebookTest {

    private final List<String> calls = new ArrayList<>();

    @AfterEach
    void uninstall() {
        NotebookBackend.install(null);
    }

    @Test
    void withoutAKernelEveryHelperSaysWhatToDoInstead() {
        NotebookBackend.install(null);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Notebook.display("x"));
        assertTrue(e.getMessage().contains("fig.save"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> Notebook.render(1));
        assertThrows(IllegalStateException.class, Notebook::clearOutput);
    }

    @Test
    void helpersReachTheInstalledBackendWithTheirMimeTypes() {
        NotebookBackend.install(new Recording());
        assertEquals(new DisplayHandle("id-1"), Notebook.display("a"));
        assertEquals("id-1", Notebook.display("b", "text/html", "image/png").id());
        Notebook.updateDisplay("id-1", "c");
        Notebook.clearOutput(true);
        assertEquals("rendered d", Notebook.render("d", "text/plain").text());
        assertEquals(List.of("display a []", "display b [text/html, image/png]", "update id-1 c []", "clear true",
                "render d [text/plain]"), calls);
    }

    @Test
    void aLiveOutputForwardsItsFramesAndNamesItsHandle() {
        NotebookBackend.install(new Recording());
        Live live = Live.show("first");
        live.update("second");
        new DisplayHandle("id-9").update("third");
        assertEquals(List.of("live first", "frame second", "update id-9 third []"), calls);
        assertEquals(1, live.renderedFrames());
        assertEquals("live-1", live.handle().id());
        assertThrows(IllegalArgumentException.class, () -> new DisplayHandle(""));
    }

    @Test
    void blankIdsAndMimeTypesAreRefusedWithTheReason() {
        NotebookBackend.install(new Recording());
        IllegalArgumentException id = assertThrows(IllegalArgumentException.class, () -> Notebook.updateDisplay(" ", "x"));
        assertTrue(id.getMessage().contains("display id"), id.getMessage());
        IllegalArgumentException type = assertThrows(IllegalArgumentException.class, () -> Notebook.display("x", ""));
        assertTrue(type.getMessage().contains("MIME type"), type.getMessage());
        assertTrue(calls.isEmpty());
    }

    @Test
    void aBundleIsAnImmutableCopyAndPrintsAsItsText() {
        Map<String, Object> data = new java.util.HashMap<>(Map.of("text/plain", "hello"));
        MimeBundle bundle = new MimeBundle(data, Map.of());
        data.put("text/plain", "changed");
        assertEquals("hello", bundle.toString());
        assertThrows(UnsupportedOperationException.class, () -> bundle.data().put("x", 1));
        assertEquals("", new MimeBundle(Map.of(), Map.of()).text());
    }

    private final class Recording implements NotebookBackend {
        @Override
        public String display(Object value, List<String> mimeTypes) {
            calls.add("display " + value + " " + mimeTypes);
            return "id-1";
        }

        @Override
        public void updateDisplay(String displayId, Object value, List<String> mimeTypes) {
            calls.add("update " + displayId + " " + value + " " + mimeTypes);
        }

        @Override
        public MimeBundle render(Object value, List<String> mimeTypes) {
            calls.add("render " + value + " " + mimeTypes);
            return new MimeBundle(Map.of("text/plain", "rendered " + value), Map.of());
        }

        @Override
        public io.easel.notebook.spi.LiveDisplay live(Object value) {
            calls.add("live " + value);
            return new io.easel.notebook.spi.LiveDisplay() {
                private long frames;

                @Override
                public void update(Object next) {
                    calls.add("frame " + next);
                    frames++;
                }

                @Override
                public long renderedFrames() {
                    return frames;
                }

                @Override
                public long droppedFrames() {
                    return 0;
                }

                @Override
                public String displayId() {
                    return "live-1";
                }
            };
        }

        @Override
        public void clearOutput(boolean wait) {
            calls.add("clear " + wait);
        }
    }
}
