package io.easel.renderer;

import io.easel.protocol.LaunchKeys;
import io.easel.protocol.RendererKeys;
import io.easel.protocol.SigningKey;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class KeyReaderTest {
    private final RendererKeys key = LaunchKeys.random().forRenderer();

    private static InputStream stdin(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void readsTheFirstLineOfStdinAndLeavesTheRest() throws Exception {
        InputStream in = stdin(key.toLine() + "\nmore");
        assertEquals(key.toLine(), KeyReader.read(RendererOptions.KeySource.STDIN, Map.of(), in).toLine());
        assertEquals('m', in.read(), "nothing after the key line was consumed");
    }

    @Test
    void autoPrefersTheEnvironment() throws Exception {
        RendererKeys other = LaunchKeys.random().forRenderer();
        InputStream in = stdin(other.toLine() + "\n");
        assertEquals(key.toLine(), KeyReader.read(RendererOptions.KeySource.AUTO, Map.of(SigningKey.ENV_VAR, key.toLine()),
                in).toLine());
        assertEquals(other.toLine(), KeyReader.read(RendererOptions.KeySource.AUTO, Map.of(), in).toLine());
    }

    @Test
    void missingKeySaysWhereOneComesFrom() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KeyReader.read(RendererOptions.KeySource.AUTO, Map.of(), stdin("")));
        assertTrue(e.getMessage().contains(SigningKey.ENV_VAR), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> KeyReader.read(RendererOptions.KeySource.ENV, Map.of(), stdin(key.toLine() + "\n")));
        assertTrue(e.getMessage().contains("is not set"), e.getMessage());
    }

    @Test
    void aLineWithoutTheCurveKeysSaysWhatItMustHold() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KeyReader.read(RendererOptions.KeySource.STDIN, Map.of(), stdin(SigningKey.random().toText() + "\n")));
        assertTrue(e.getMessage().contains("four fields"), e.getMessage());
        String[] fields = key.toLine().split(" ");
        e = assertThrows(IllegalArgumentException.class, () -> KeyReader.read(RendererOptions.KeySource.STDIN, Map.of(),
                stdin(fields[0] + " " + fields[1] + " short " + fields[3] + "\n")));
        assertTrue(e.getMessage().contains("secret key") && e.getMessage().contains("40"), e.getMessage());
    }

    @Test
    void overlongFirstLineIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KeyReader.read(RendererOptions.KeySource.STDIN, Map.of(), stdin("a".repeat(5000))));
        assertTrue(e.getMessage().contains("longer than"), e.getMessage());
    }
}
