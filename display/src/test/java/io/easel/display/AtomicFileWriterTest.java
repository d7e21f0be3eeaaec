package io.easel.display;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AtomicFileWriterTest {

    @TempDir
    Path dir;

    private String[] listing() {
        String[] names = dir.toFile().list();
        Arrays.sort(names);
        return names;
    }

    @Test
    void writesAndReplacesLeavingNoTemporaryFile() throws Exception {
        Path target = dir.resolve("out.png");
        AtomicFileWriter.write(target, "out.png", new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
        AtomicFileWriter.write(target, "out.png", new byte[] {4});
        assertArrayEquals(new byte[] {4}, Files.readAllBytes(target));
        assertArrayEquals(new String[] {"out.png"}, listing());
    }

    @Test
    void readersNeverSeeHalfAFile() throws Exception {
        Path target = dir.resolve("figure.svg");
        byte[] small = new byte[300_000];
        byte[] large = new byte[3_000_000];
        Arrays.fill(small, (byte) 'a');
        Arrays.fill(large, (byte) 'b');
        AtomicFileWriter.write(target, "figure.svg", small);

        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<String> torn = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            int reads = 0;
            while (!done.get() || reads < 10) {
                try {
                    byte[] seen = Files.readAllBytes(target);
                    reads++;
                    if (!Arrays.equals(seen, small) && !Arrays.equals(seen, large)) {
                        torn.compareAndSet(null, "read " + seen.length + " bytes, neither version");
                    }
                } catch (Exception e) {
                    torn.compareAndSet(null, e.toString());
                }
            }
        });
        reader.start();
        for (int i = 0; i < 40; i++) {
            AtomicFileWriter.write(target, "figure.svg", i % 2 == 0 ? large : small);
        }
        done.set(true);
        reader.join();
        assertNull(torn.get());
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporary() throws Exception {
        // a name at the file system's 255-byte limit exists, but its temporary sibling's name is too long to create
        String name = "f".repeat(251) + ".png";
        Path target = dir.resolve(name);
        Files.write(target, new byte[] {9});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AtomicFileWriter.write(target, name, new byte[] {1, 2}));
        assertTrue(e.getMessage().startsWith("cannot write " + name + ": "), e.getMessage());
        assertArrayEquals(new byte[] {9}, Files.readAllBytes(target));
        assertArrayEquals(new String[] {name}, listing());
    }

    @Test
    void unwritablePathsAreExplained() throws Exception {
        Files.writeString(dir.resolve("file"), "x");
        Files.createDirectory(dir.resolve("folder"));
        assertTrue(message(dir.resolve("missing/a.png")).contains("does not exist. Create it first"));
        assertTrue(message(dir.resolve("file/a.png")).contains("is a file, not a folder"));
        assertTrue(message(dir.resolve("folder")).contains("it is a folder"));
        assertEquals(2, listing().length);
    }

    private static String message(Path target) {
        return assertThrows(IllegalArgumentException.class,
                () -> AtomicFileWriter.write(target, target.toString(), new byte[] {1})).getMessage();
    }
}
