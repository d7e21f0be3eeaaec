package io.easel.rendermanager;

import io.easel.plot.Format;
import io.easel.plot.spi.OutputRequest;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The renderer's idle trim gives a big figure's heap back, with the JVM options the manager launches it with: the
 * serial collector's default (shrinking in steps over four full collections) kept a grown heap whole after the
 * trim's one collection.
 */
class IdleTrimRealRendererTest {
    private static final Pattern TRIM = Pattern.compile("quiet after figures: heap (\\d+) MB -> (\\d+) MB committed");

    @Test
    void aBigFiguresHeapIsGivenBackOnceTheRendererFallsQuiet() throws Exception {
        RendererSettings settings = TestRenderer.settings("idle-trim").toBuilder().warmup(false).build();
        Files.deleteIfExists(settings.logFile()); // an earlier run's trim must not count
        try (RendererManager manager = new RendererManager(settings)) {
            manager.renderBlocking(TestRenderer.scatterSpec(300_000, "big"), 600, 400,
                    List.of(OutputRequest.atRasterScale(Format.PNG, 2)));
            Path log = manager.status().logFile();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                Matcher trim = TRIM.matcher(Files.readString(log));
                if (trim.find()) {
                    long before = Long.parseLong(trim.group(1));
                    long after = Long.parseLong(trim.group(2));
                    assertTrue(before >= 64, "the big figure grew the heap: " + trim.group());
                    assertTrue(after * 2 <= before, "the trim gave at least half back: " + trim.group());
                    return;
                }
                Thread.sleep(100);
            }
            fail("no idle trim in the renderer's log within 20 s:\n" + Files.readString(log));
        }
    }
}
