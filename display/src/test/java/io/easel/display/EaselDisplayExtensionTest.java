package io.easel.display;

import io.easel.plot.Format;
import org.junit.jupiter.api.Test;

import java.util.List;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EaselDisplayExtensionTest {

    private static boolean prestart(Map<String, String> environment) {
        return new EaselDisplayExtension(() -> {
            throw new AssertionError("no renderer is needed to read the setting");
        }, environment).prestartWanted();
    }

    @Test
    void prestartIsOnUnlessTurnedOff() {
        assertTrue(prestart(Map.of()));
        assertTrue(prestart(Map.of("EASEL_RENDERER_PRESTART", "true")));
        assertFalse(prestart(Map.of("EASEL_RENDERER_PRESTART", "false")));
        assertFalse(prestart(Map.of("EASEL_RENDERER_PRESTART", " FALSE ")));
    }

    private static EaselDisplayExtension extension(Map<String, String> environment) {
        return new EaselDisplayExtension(() -> {
            throw new AssertionError("no renderer is needed to read the settings");
        }, environment);
    }

    @Test
    void figureFormatsComeFromTheEnvironmentAndABadValueFallsBackToTheDefaults() {
        assertEquals(FigureSettings.defaults(), extension(Map.of()).settings());
        assertEquals(List.of(Format.PNG, Format.SVG),
                extension(Map.of("EASEL_FIGURE_FORMATS", "png,svg")).settings().formats());
        // the kernel must still start; the log says what was wrong
        assertEquals(FigureSettings.defaults(), extension(Map.of("EASEL_FIGURE_FORMATS", "tiff")).settings());
    }

    @Test
    void theKernelFindsTheExtensionThroughTheServiceLoader() {
        assertTrue(java.util.ServiceLoader.load(org.dflib.jjava.jupyter.Extension.class).stream()
                .anyMatch(p -> p.type() == EaselDisplayExtension.class));
    }
}
