package io.easel.display;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LogTailTest {

    @TempDir
    Path dir;

    @Test
    void lastLinesOfASmallFile() throws Exception {
        Path log = dir.resolve("r.log");
        Files.writeString(log, "one\ntwo\r\nthree\n\n");
        assertEquals(List.of("two", "three"), LogTail.lastLines(log, 2));
        assertEquals(List.of("one", "two", "three"), LogTail.lastLines(log, 10));
    }

    @Test
    void aLargeFileIsReadFromItsEnd() throws Exception {
        Path log = dir.resolve("big.log");
        Files.writeString(log, IntStream.range(0, 200_000).mapToObj(i -> "line " + i)
                .collect(Collectors.joining("\n")));
        assertEquals(List.of("line 199998", "line 199999"), LogTail.lastLines(log, 2));
        List<String> many = LogTail.lastLines(log, 1_000_000);
        assertEquals("line 199999", many.get(many.size() - 1));
        String first = many.get(0);
        assertEquals(true, first.matches("line \\d+"), "no line cut in half: " + first);
    }

    @Test
    void emptyAndMissingFiles() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.log"));
        assertEquals(List.of(), LogTail.lastLines(empty, 5));
        assertThrows(NoSuchFileException.class, () -> LogTail.lastLines(dir.resolve("none.log"), 5));
    }
}
