package io.easel.display;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Display speaks the renderer manager's API and plot's types; the wire protocol is the manager's business. */
class LayeringTest {
    @Test
    void noDisplaySourceImportsTheProtocol() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
            List<String> offenders = sources.filter(p -> p.toString().endsWith(".java"))
                    .filter(LayeringTest::importsProtocol).map(Path::toString).toList();
            assertEquals(List.of(), offenders);
        }
    }

    private static boolean importsProtocol(Path source) {
        try {
            return Files.readString(source).contains("import io.easel.protocol.");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
