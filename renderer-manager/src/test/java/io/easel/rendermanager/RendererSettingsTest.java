package io.easel.rendermanager;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.*;

class RendererSettingsTest {
    @Test
    void defaultsAreTheDocumentedOnes() {
        RendererSettings d = RendererSettingsLoader.load(new Properties(), Map.of());
        assertNull(d.classpath());
        assertEquals("1g", d.heap());
        assertEquals(Duration.ofSeconds(30), d.requestTimeout());
        assertEquals(Duration.ZERO, d.idleTimeout());
        assertFalse(d.prestart());
        assertTrue(d.warmup());
        assertTrue(d.javaBinary().toString().endsWith("java"), d.javaBinary().toString());
    }

    @Test
    void environmentVariablesApplyAndSystemPropertiesWin() {
        Properties props = new Properties();
        props.setProperty("easel.renderer.timeout", "45s");
        Map<String, String> env = Map.of(
                "EASEL_RENDERER_TIMEOUT", "10s",
                "EASEL_RENDERER_CLASSPATH", "/opt/easel/renderer/*",
                "EASEL_RENDERER_HEAP", "2g",
                "EASEL_RENDERER_IDLE_TIMEOUT", "10m",
                "EASEL_RENDERER_PRESTART", "yes",
                "EASEL_RENDERER_JVM_OPTIONS", "-XX:+UseG1GC  -Dx=y",
                "EASEL_RENDERER_JAVA", "/opt/java/bin/java",
                "EASEL_RENDERER_WORKERS", "3",
                "EASEL_RENDERER_LOG", "/tmp/r.log");
        RendererSettings s = RendererSettingsLoader.load(props, env);
        assertEquals(Duration.ofSeconds(45), s.requestTimeout());
        assertEquals("/opt/easel/renderer/*", s.classpath());
        assertEquals("2g", s.heap());
        assertEquals(Duration.ofMinutes(10), s.idleTimeout());
        assertTrue(s.prestart());
        assertEquals(List.of("-XX:+UseG1GC", "-Dx=y"), s.jvmOptions());
        assertEquals(Path.of("/opt/java/bin/java"), s.javaBinary());
        assertEquals(3, s.workers());
        assertEquals(Path.of("/tmp/r.log"), s.logFile());
    }

    @Test
    void toBuilderGivesBackTheSameSettingsAndChangesOnlyWhatItIsTold() {
        RendererSettings s = RendererSettings.builder().classpath("/r/*").heap("2g").workers(3)
                .restartBackoff(Duration.ofMillis(10), Duration.ofMillis(40)).classDataSharing(false).build();
        assertEquals(s, s.toBuilder().build());
        RendererSettings changed = s.toBuilder().warmup(false).build();
        assertFalse(changed.warmup());
        assertEquals(s, changed.toBuilder().warmup(true).build());
        assertEquals(Duration.ofMillis(40), changed.maxRestartBackoff());
    }

    @Test
    void theBuilderChecksWhatItBuilds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RendererSettings.builder().heap("lots").build());
        assertTrue(e.getMessage().contains("EASEL_RENDERER_HEAP"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RendererSettings.builder().workers(-1).build());
        assertThrows(NullPointerException.class, () -> RendererSettings.builder().requestTimeout(null).build());
    }

    @Test
    void durationsAcceptTheUsualSpellings() {
        assertEquals(Duration.ofSeconds(30), RendererSettingsLoader.parseDuration("30"));
        assertEquals(Duration.ofMillis(1500), RendererSettingsLoader.parseDuration("1.5s"));
        assertEquals(Duration.ofMillis(500), RendererSettingsLoader.parseDuration("500ms"));
        assertEquals(Duration.ofMinutes(2), RendererSettingsLoader.parseDuration("2m"));
        assertEquals(Duration.ofHours(1), RendererSettingsLoader.parseDuration("1h"));
        assertEquals(Duration.ofSeconds(30), RendererSettingsLoader.parseDuration("PT30S"));
        assertEquals(Duration.ZERO, RendererSettingsLoader.parseDuration("off"));
    }

    @Test
    void badValuesNameTheSettingAndWhatIsExpected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
                RendererSettingsLoader.load(new Properties(), Map.of("EASEL_RENDERER_TIMEOUT", "soon")));
        assertTrue(e.getMessage().contains("easel.renderer.timeout") && e.getMessage().contains("EASEL_RENDERER_TIMEOUT")
                && e.getMessage().contains("30s"), e.getMessage());

        e = assertThrows(IllegalArgumentException.class, () ->
                RendererSettingsLoader.load(new Properties(), Map.of("EASEL_RENDERER_HEAP", "lots")));
        assertTrue(e.getMessage().contains("EASEL_RENDERER_HEAP") && e.getMessage().contains("2g"), e.getMessage());

        e = assertThrows(IllegalArgumentException.class, () ->
                RendererSettingsLoader.load(new Properties(), Map.of("EASEL_RENDERER_PRESTART", "maybe")));
        assertTrue(e.getMessage().contains("true or false"), e.getMessage());

        e = assertThrows(IllegalArgumentException.class, () ->
                RendererSettingsLoader.load(new Properties(), Map.of("EASEL_RENDERER_TIMEOUT", "0")));
        assertTrue(e.getMessage().contains("requestTimeout"), e.getMessage());
    }

    @Test
    void recyclingDefaultsToAThousandFiguresOr600MbAndReadsBothSettings() {
        RendererSettings d = RendererSettingsLoader.load(new Properties(), Map.of());
        assertEquals(1000, d.recycleAfterRenders());
        assertEquals(600L * 1024 * 1024, d.recycleRssBytes());
        assertTrue(d.recycles());

        Properties props = new Properties();
        props.setProperty("easel.renderer.recycleRss", "1g");
        RendererSettings s = RendererSettingsLoader.load(props, Map.of("EASEL_RENDERER_RECYCLE_AFTER", "250",
                "EASEL_RENDERER_RECYCLE_RSS", "300m"));
        assertEquals(250, s.recycleAfterRenders());
        assertEquals(1024L * 1024 * 1024, s.recycleRssBytes());
        assertEquals(s, s.toBuilder().build());

        RendererSettings off = RendererSettingsLoader.load(new Properties(), Map.of("EASEL_RENDERER_RECYCLE_AFTER", "0",
                "EASEL_RENDERER_RECYCLE_RSS", "0"));
        assertFalse(off.recycles());
    }

    @Test
    void aBadRecyclingMarkNamesTheSettingAndAnExample() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
                RendererSettingsLoader.load(new Properties(), Map.of("EASEL_RENDERER_RECYCLE_RSS", "big")));
        assertTrue(e.getMessage().contains("easel.renderer.recycleRss") && e.getMessage().contains("EASEL_RENDERER_RECYCLE_RSS")
                && e.getMessage().contains("600m"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () ->
                RendererSettingsLoader.load(new Properties(), Map.of("EASEL_RENDERER_RECYCLE_AFTER", "-5")));
        assertTrue(e.getMessage().contains("EASEL_RENDERER_RECYCLE_AFTER"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RendererSettings.builder().recycleRssBytes(-1));
    }

    @Test
    void launchOptionsCapTheHeapAndExitOnOutOfMemory() {
        List<String> options = RendererSettings.builder().heap("768m").build().baseJvmOptions();
        assertTrue(options.contains("-Xmx768m"));
        assertTrue(options.contains("-XX:+ExitOnOutOfMemoryError"));
        assertTrue(options.contains("-Djava.awt.headless=true"));
        assertTrue(options.contains("-Xms32m") && options.contains("-XX:MaxHeapFreeRatio=70"), options.toString());
        assertFalse(RendererSettings.builder().heap("16m").build().baseJvmOptions().contains("-Xms32m"),
                "an initial heap above the maximum would stop the JVM");
    }
}
