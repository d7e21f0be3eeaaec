package io.easel.rendermanager;

import io.easel.plot.Format;
import io.easel.plot.spi.OutputRequest;
import io.easel.plot.spi.RenderedImage;
import io.easel.protocol.ColumnFiles;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real renderer takes a big figure's columns from the manager's private directory instead of the socket, and
 * nothing is left there: not after the figure, not after the manager closes.
 */
class ColumnFilesRealRendererTest {
    @Test
    void aBigFiguresColumnsGoByFileAndLeaveNothingBehind() throws Exception {
        RendererSettings settings = TestRenderer.settings("column-files").toBuilder().warmup(false).build();
        Path directory;
        try (RendererManager manager = new RendererManager(settings)) {
            assertTrue(manager.columnFiles().isEmpty(), "no directory before a renderer holds it");
            manager.renderBlocking(TestRenderer.scatterSpec(10, "small"), 300, 200,
                    List.of(OutputRequest.of(Format.PNG)));
            ColumnFiles files = manager.columnFiles().orElseThrow();
            directory = files.directory();
            assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(directory)));
            List<RenderedImage> images = manager.renderBlocking(TestRenderer.scatterSpec(200_000, "big"), 600, 400,
                    List.of(OutputRequest.atRasterScale(Format.PNG, 2)));
            assertEquals(1200, images.get(0).pixelWidth());
            assertEquals(1, files.filesWritten(), "the big figure's columns went by file, the small one's did not");
            assertTrue(images.get(0).bytes().length > 10_000);
            try (var left = Files.list(directory)) {
                assertEquals(0, left.count(), "the renderer deleted the columns once read");
            }
            assertTrue(Files.readString(manager.status().logFile()).contains("--column-dir " + directory),
                    "the renderer was launched with the directory");
        }
        assertFalse(Files.exists(directory), "the manager removed its directory when it closed");
    }
}
