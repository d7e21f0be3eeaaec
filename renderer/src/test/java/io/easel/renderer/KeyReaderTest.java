package io.easel.renderer;

import io.easel.protocol.SigningKey;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class KeyReaderTest {
    private final SigningKey key = SigningKey.random();

    private static InputStream stdin(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void readsTheFirstLineOfStdinAndLeavesTheRest() throws Exception {
        InputStream in = stdin(key.toText() + "\nmore");
        assertEquals(key, KeyReader.read(RendererOptions.KeySource.STDIN, Map.of(), in));
        assertEquals('m', in.read(), "nothing after the key line was consumed");
    }

    @Test
    void autoPrefersTheEnvironment() throws Exception {
        SigningKey other = SigningKey.random();
        InputStream in = stdin(other.toText() + "\n");
        assertEquals(key, KeyReader.read(RendererOptions.KeySource.AUTO, Map.of(SigningKey.ENV_VAR, key.toText()), in));
        assertEquals(other, KeyReader.read(RendererOptions.KeySource.AUTO, Map.of(), in));
    }

    @Test
    void missingKeySaysWhereOneComesFrom() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KeyReader.read(RendererOptions.KeySource.AUTO, Map.of(), stdin("")));
        assertTrue(e.getMessage().contains(SigningKey.ENV_VAR), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> KeyReader.read(RendererOptions.KeySource.ENV, Map.of(), stdin(key.toText() + "\n")));
        assertTrue(e.getMessage().contains("is not set"), e.getMessage());
    }

    @Test
    void overlongFirstLineIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KeyReader.read(RendererOptions.KeySource.STDIN, Map.of(), stdin("a".repeat(5000))));
        assertTrue(e.getMessage().contains("longer than"), e.getMessage());
    }
}
