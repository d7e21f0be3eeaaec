package io.easel.plot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AtomicFilesTest {

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
        AtomicFiles.writeAtomically(target, new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
        AtomicFiles.writeAtomically(target, new byte[] {4});
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
        AtomicFiles.writeAtomically(target, small);

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
        try {
            for (int i = 0; i < 40; i++) {
                AtomicFiles.writeAtomically(target, i % 2 == 0 ? large : small);
            }
        } finally {
            done.set(true);
            reader.join();
        }
        assertNull(torn.get());
        assertArrayEquals(new String[] {"figure.svg"}, listing());
    }

    @Test
    void anInterruptedWriteLeavesTheOldFileAndNoTemporary() throws Exception {
        Path target = dir.resolve("kept.png");
        Files.write(target, new byte[] {9});
        // The temporary file is created, then the interrupted thread's first write to it fails.
        Thread.currentThread().interrupt();
        UncheckedIOException e;
        try {
            e = assertThrows(UncheckedIOException.class,
                    () -> AtomicFiles.writeAtomically(target, new byte[] {1, 2}));
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt must stay visible to the caller");
        } finally {
            Thread.interrupted();
        }
        assertEquals("Cannot write " + target + ": the write was interrupted; the file was left as it was. "
                + "Run it again to write it.", e.getMessage());
        assertEquals("the write was interrupted; the file was left as it was. Run it again to write it.",
                e.getCause().getMessage());
        assertInstanceOf(ClosedByInterruptException.class, e.getCause().getCause());
        assertArrayEquals(new byte[] {9}, Files.readAllBytes(target));
        assertArrayEquals(new String[] {"kept.png"}, listing());
    }

    @Test
    void aNameTheFileSystemRefusesIsExplainedAndLeavesNothing() {
        Path target = dir.resolve("f".repeat(300) + ".png");
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> AtomicFiles.writeAtomically(target, new byte[] {1}));
        assertTrue(e.getCause().getMessage().startsWith("the file system refused it ("), e.getMessage());
        assertArrayEquals(new String[0], listing());
    }

    @Test
    void namesAtTheLengthLimitAreWrittenEvenInMultiByteCharacters() throws Exception {
        // 255 bytes in UTF-8: the temporary name must be cut by bytes, whole characters only, to fit beside it.
        String ascii = "f".repeat(251) + ".png";
        String cjk = "図".repeat(83) + "a.png"; // 83 x 3 bytes + 6
        String emoji = "a" + "\uD83D\uDCC8".repeat(62) + ".png"; // 1 + 62 x 4 + 4, surrogate pairs never split
        for (String name : new String[] {ascii, cjk, emoji}) {
            Path target = dir.resolve(name);
            AtomicFiles.writeAtomically(target, new byte[] {7});
            assertArrayEquals(new byte[] {7}, Files.readAllBytes(target));
            AtomicFiles.writeAtomically(target, new byte[] {8});
            assertArrayEquals(new byte[] {8}, Files.readAllBytes(target));
        }
        assertEquals(3, listing().length);
    }

    @Test
    void unwritablePathsAreExplainedWithoutWritingAnything() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");
        Path folder = Files.createDirectory(dir.resolve("folder"));

        assertEquals("the folder " + dir.resolve("missing") + " does not exist. Create it first.",
                reason(dir.resolve("missing/a.png")));
        assertEquals(file + " is a file, not a folder. Choose a path inside a folder.", reason(file.resolve("a.png")));
        assertEquals("that is a folder. Give a file name such as " + folder.resolve("figure.png") + ".",
                reason(folder));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> AtomicFiles.checkWritable(folder));
        assertEquals("Cannot write " + folder + ": " + e.getCause().getMessage(), e.getMessage());

        for (Path target : new Path[] {dir.resolve("missing/a.png"), file.resolve("a.png"), folder}) {
            assertThrows(UncheckedIOException.class, () -> AtomicFiles.writeAtomically(target, new byte[] {1}));
        }
        assertArrayEquals(new String[] {"file", "folder"}, listing());
        assertArrayEquals(new String[0], folder.toFile().list());
        assertEquals("x", Files.readString(file));
    }

    @Test
    void aWritablePathPassesTheCheckAndStaysUntouched() {
        AtomicFiles.checkWritable(dir.resolve("new.png"));
        assertArrayEquals(new String[0], listing());
    }

    private static String reason(Path target) {
        return assertThrows(UncheckedIOException.class, () -> AtomicFiles.checkWritable(target)).getCause()
                .getMessage();
    }
}
