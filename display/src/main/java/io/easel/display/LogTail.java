package io.easel.display;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The last lines of a log file, read from its end so a large log costs no more than a small one. */
final class LogTail {

    /** Enough for a few hundred long lines; a longer request shows what fits. */
    static final int MAX_TAIL_BYTES = 256 * 1024;

    private LogTail() {
    }

    /** @throws java.nio.file.NoSuchFileException when the file does not exist */
    static List<String> lastLines(Path file, int count) throws IOException {
        try (SeekableByteChannel in = Files.newByteChannel(file)) {
            long length = in.size();
            int size = (int) Math.min(length, MAX_TAIL_BYTES);
            ByteBuffer bytes = ByteBuffer.allocate(size);
            in.position(length - size);
            while (bytes.hasRemaining() && in.read(bytes) >= 0) {
                // read until the buffer is full or the file ends
            }
            String text = new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8);
            List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r?\n", -1)));
            if (size < length) {
                lines.remove(0); // the first line was cut in the middle
            }
            while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
            }
            return List.copyOf(lines.subList(Math.max(0, lines.size() - count), lines.size()));
        }
    }
}
