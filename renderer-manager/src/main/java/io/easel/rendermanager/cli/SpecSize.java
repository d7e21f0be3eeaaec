package io.easel.rendermanager.cli;

import io.easel.plot.Figure;

import java.util.Map;

/**
 * The size a spec file is rendered at: the command's --width/--height, else the spec's own {@code ggsize}, else a
 * figure's default, each side on its own. The renderer reads only the size on the request, so this is where a
 * foreign spec's ggsize is honoured.
 */
record SpecSize(double width, double height) {

    /** @throws IllegalArgumentException when the spec's ggsize holds something other than a positive number */
    static SpecSize of(Map<String, Object> spec, double width, double height) {
        Map<?, ?> ggsize = spec.get("ggsize") instanceof Map<?, ?> m ? m : Map.of();
        return new SpecSize(side(width, ggsize, "width", Figure.DEFAULT_WIDTH),
                side(height, ggsize, "height", Figure.DEFAULT_HEIGHT));
    }

    private static double side(double asked, Map<?, ?> ggsize, String name, double fallback) {
        if (asked > 0) {
            return asked;
        }
        Object value = ggsize.get(name);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Number n && n.doubleValue() > 0 && Double.isFinite(n.doubleValue())) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException("its ggsize " + name + " is " + value + "; it must be a positive number "
                + "of CSS pixels (or pass --" + name + ").");
    }
}
