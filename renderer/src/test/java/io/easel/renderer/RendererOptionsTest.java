package io.easel.renderer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class RendererOptionsTest {
    @Test
    void defaultsWatchStdinAndWarmUp() {
        RendererOptions o = RendererOptions.parse(new String[0]);
        assertTrue(o.parentPid().isEmpty());
        assertEquals(RendererOptions.KeySource.AUTO, o.keySource());
        assertTrue(o.watchStdin());
        assertTrue(o.warmup());
        assertTrue(o.workers() >= 2 && o.workers() <= 4, "workers " + o.workers());
        assertEquals(io.easel.plot.json.Json.MAX_DEPTH, o.jsonLimits().maxDepth());
    }

    @Test
    void valuesAreReadInBothSpellings() {
        RendererOptions o = RendererOptions.parse(new String[]{"--parent-pid", "123", "--key-from=stdin",
                "--workers", "3", "--timeout-ms=500", "--no-warmup", "--no-stdin-watch", "--max-depth", "50"});
        assertEquals(123, o.parentPid().getAsLong());
        assertEquals(RendererOptions.KeySource.STDIN, o.keySource());
        assertEquals(3, o.workers());
        assertEquals(500, o.defaultTimeoutMillis());
        assertFalse(o.warmup());
        assertFalse(o.watchStdin());
        assertEquals(50, o.jsonLimits().maxDepth());
    }

    @Test
    void mistakesAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RendererOptions.parse(new String[]{"--workers", "many"}));
        assertTrue(e.getMessage().contains("--workers") && e.getMessage().contains("many"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> RendererOptions.parse(new String[]{"--column-dir", "/no/such/easel/dir"}));
        assertTrue(e.getMessage().contains("--column-dir") && e.getMessage().contains("existing directory"),
                e.getMessage());
        assertTrue(RendererOptions.parse(new String[0]).columnFiles() == null, "no directory: frames only");
        assertEquals(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")),
                RendererOptions.parse(new String[]{"--column-dir=" + System.getProperty("java.io.tmpdir")})
                        .columnFiles().directory());
        e = assertThrows(IllegalArgumentException.class, () -> RendererOptions.parse(new String[]{"--key", "abc"}));
        assertTrue(e.getMessage().contains("Unknown option '--key'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RendererOptions.parse(new String[]{"--parent-pid"}));
        assertTrue(e.getMessage().contains("needs a value"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RendererOptions.parse(new String[]{"--key-from", "argv"}));
        assertTrue(e.getMessage().contains("auto, stdin or env"), e.getMessage());
    }

    @Test
    void theFrameLimitDefaultsTo64MibAndCannotBeRaisedPast512() {
        assertEquals(64L << 20, RendererOptions.parse(new String[0]).maxFrameBytes());
        assertEquals(1L << 20, RendererOptions.parse(new String[]{"--max-frame-bytes", "1048576"}).maxFrameBytes());
        assertEquals(512L << 20, RendererOptions.parse(new String[]{"--max-frame-bytes=99999999999"}).maxFrameBytes());
    }
}
