package io.easel.rendermanager.cli;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpecSizeTest {
    private static final Map<String, Object> SIZED = Map.of("ggsize", Map.of("width", 320, "height", 240.5));

    @Test
    void theCommandsSizeWinsThenTheSpecsGgsizeThenTheDefaultEachSideOnItsOwn() {
        assertEquals(new SpecSize(800, 240.5), SpecSize.of(SIZED, 800, 0));
        assertEquals(new SpecSize(320, 100), SpecSize.of(SIZED, 0, 100));
        assertEquals(new SpecSize(600, 400), SpecSize.of(Map.of("kind", "plot"), 0, 0));
        assertEquals(new SpecSize(320, 400), SpecSize.of(Map.of("ggsize", Map.of("width", 320)), 0, 0));
    }

    @Test
    void aGgsizeThatIsNotAPositiveNumberIsRefusedNamingTheSide() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SpecSize.of(Map.of("ggsize", Map.of("width", "wide")), 0, 0));
        assertTrue(e.getMessage().contains("ggsize width is wide") && e.getMessage().contains("--width"),
                e.getMessage());
        assertEquals(new SpecSize(500, 400), SpecSize.of(Map.of("ggsize", Map.of("width", -1)), 500, 0),
                "a side the command sets is not read from the spec");
    }
}
