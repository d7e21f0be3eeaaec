package io.easel.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.easel.plot.FigureErrorKind;
import io.easel.plot.Format;
import io.easel.plot.spi.OutputRequest;

/**
 * Big columns by file: they arrive exactly, the file goes once read, and every way of pointing the renderer at
 * other bytes (a changed file, a link, a wrong size, a missing file, a path in the id, frames as well) is refused
 * with a message, never read.
 */
class ColumnFilesTest {
    private static final int N = 100_000;
    private final Json json = Json.withDefaults();
    private final MessageCodec codec = new MessageCodec(SigningKey.random(), json);
    private ColumnFiles files;

    @BeforeEach
    void directory() throws Exception {
        files = ColumnFiles.inNewPrivateDirectory();
    }

    @AfterEach
    void clean() {
        files.deleteAll();
    }

    @Test
    void bigColumnsTravelByFileAndArriveExactly() throws Exception {
        double[] x = values(1);
        double[] y = values(2);
        Message sent = request(x, y).toMessage("r1", 0, json, files);
        assertTrue(sent.buffers().isEmpty(), "no column frames");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(files.directory())));
        assertEquals("rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(files.directory().resolve("r1.f64"))));
        RenderRequest back = RenderRequest.fromMessage(codec.decode(codec.encode(sent)), json, files);
        Map<?, ?> data = (Map<?, ?>) back.spec().get("data");
        assertArrayEquals(x, (double[]) data.get("x"));
        assertArrayEquals(y, (double[]) data.get("y"));
        assertFalse(Files.exists(files.directory().resolve("r1.f64")), "the file is deleted once read");
    }

    @Test
    void smallColumnsStayFrames() throws Exception {
        Message sent = request(new double[] {1, 2}, new double[] {3, 4}).toMessage("r2", 0, json, files);
        assertEquals(2, sent.buffers().size());
        try (var listing = Files.list(files.directory())) {
            assertEquals(0, listing.count());
        }
    }

    @Test
    void aChangedFileIsRefused() throws Exception {
        Message sent = request(values(1), values(2)).toMessage("r3", 0, json, files);
        Path file = files.directory().resolve("r3.f64");
        byte[] bytes = Files.readAllBytes(file);
        bytes[12345] ^= 1;
        Files.write(file, bytes);
        assertRefused(sent, "does not hold the columns the request was signed with");
        assertFalse(Files.exists(file), "a refused file is deleted too");
    }

    @Test
    void aLinkInPlaceOfTheFileIsNotFollowed() throws Exception {
        Message sent = request(values(1), values(2)).toMessage("r4", 0, json, files);
        Path file = files.directory().resolve("r4.f64");
        Path elsewhere = Files.createTempFile("easel-elsewhere", ".f64");
        try {
            Files.move(file, elsewhere, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.createSymbolicLink(file, elsewhere);
            assertRefused(sent, "not a plain file");
        } finally {
            Files.deleteIfExists(elsewhere);
        }
    }

    @Test
    void aFileOfTheWrongSizeOrNoneIsRefused() throws Exception {
        Message sent = request(values(1), values(2)).toMessage("r5", 0, json, files);
        Files.write(files.directory().resolve("r5.f64"), new byte[8], StandardOpenOption.APPEND);
        assertRefused(sent, "not a plain file of " + (2L * N * 8) + " bytes");
        Message again = request(values(1), values(2)).toMessage("r6", 0, json, files);
        Files.delete(files.directory().resolve("r6.f64"));
        assertRefused(again, "missing");
    }

    @Test
    void anIdThatIsNotAPlainNameIsRefusedBeforeAnyFileIsWritten() {
        ProtocolException e = assertThrows(ProtocolException.class,
                () -> request(values(1), values(2)).toMessage("../escape", 0, json, files));
        assertTrue(e.getMessage().contains("letters, digits"), e.getMessage());
    }

    @Test
    void aRendererWithoutADirectoryOrARequestWithFramesAsWellIsRefused() throws Exception {
        Message sent = request(values(1), values(2)).toMessage("r7", 0, json, files);
        ProtocolException none = assertThrows(ProtocolException.class, () -> RenderRequest.fromMessage(sent, json));
        assertTrue(none.getMessage().contains("--column-dir"), none.getMessage());
        Message both = new Message(sent.header(), sent.content(), List.of(new byte[8]));
        ProtocolException twice = assertThrows(ProtocolException.class,
                () -> RenderRequest.fromMessage(both, json, files));
        assertTrue(twice.getMessage().contains("one or the other"), twice.getMessage());
    }

    @Test
    void theDirectoriesOfDeadManagersAreSweptAndLiveOnesKept() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        Path abandoned = Files.createDirectory(temp.resolve("easel-columns-" + gone.pid() + "-42"));
        Files.write(abandoned.resolve("r1.f64"), new byte[16]);
        ColumnFiles.sweepAbandoned();
        assertFalse(Files.exists(abandoned), "a dead manager's directory is removed");
        assertTrue(Files.isDirectory(files.directory()), "this live manager's directory stays");
    }

    private void assertRefused(Message sent, String reason) {
        ProtocolException e = assertThrows(ProtocolException.class,
                () -> RenderRequest.fromMessage(sent, json, files));
        assertEquals(FigureErrorKind.BAD_REQUEST, e.kind());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    private static RenderRequest request(double[] x, double[] y) {
        return new RenderRequest(RenderRequestWireTest.lineSpec(x, y), 600, 400,
                List.of(OutputRequest.of(Format.PNG, 2)));
    }

    private static double[] values(int seed) {
        double[] v = new double[N];
        for (int i = 0; i < N; i++) {
            v[i] = Math.sin(i * 0.001 * seed) * 1e6 + i;
        }
        return v;
    }
}
