package io.easel.renderer.engine;

import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SVG transform lists ("translate(23.0 34.0 ) rotate(-90.0)") as AffineTransforms, for the direct painter.
 * Lets-Plot writes translate and rotate; scale, matrix and the skews are read too, anything else is unsupported.
 */
final class SvgTransforms {
    private SvgTransforms() {
    }

    /** The transform, or null for an empty list (identity). */
    static AffineTransform parse(String text) throws UnsupportedSvgException {
        AffineTransform result = null;
        int i = 0;
        int n = text.length();
        while (true) {
            while (i < n && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ',')) {
                i++;
            }
            if (i >= n) {
                return result;
            }
            int open = text.indexOf('(', i);
            int close = open < 0 ? -1 : text.indexOf(')', open);
            if (close < 0) {
                throw new UnsupportedSvgException("transform \"" + text + "\"");
            }
            String name = text.substring(i, open).trim().toLowerCase(Locale.ROOT);
            double[] v = numbers(text.substring(open + 1, close), text);
            AffineTransform step = step(name, v, text);
            if (result == null) {
                result = step;
            } else {
                result.concatenate(step);
            }
            i = close + 1;
        }
    }

    private static AffineTransform step(String name, double[] v, String text) throws UnsupportedSvgException {
        switch (name) {
            case "translate":
                if (v.length == 1 || v.length == 2) {
                    return AffineTransform.getTranslateInstance(v[0], v.length == 2 ? v[1] : 0);
                }
                break;
            case "scale":
                if (v.length == 1 || v.length == 2) {
                    return AffineTransform.getScaleInstance(v[0], v.length == 2 ? v[1] : v[0]);
                }
                break;
            case "rotate":
                if (v.length == 1) {
                    return AffineTransform.getRotateInstance(Math.toRadians(v[0]));
                }
                if (v.length == 3) {
                    return AffineTransform.getRotateInstance(Math.toRadians(v[0]), v[1], v[2]);
                }
                break;
            case "matrix":
                if (v.length == 6) {
                    return new AffineTransform(v[0], v[1], v[2], v[3], v[4], v[5]);
                }
                break;
            case "skewx":
                if (v.length == 1) {
                    return AffineTransform.getShearInstance(Math.tan(Math.toRadians(v[0])), 0);
                }
                break;
            case "skewy":
                if (v.length == 1) {
                    return AffineTransform.getShearInstance(0, Math.tan(Math.toRadians(v[0])));
                }
                break;
            default:
                break;
        }
        throw new UnsupportedSvgException("transform \"" + text + "\"");
    }

    private static double[] numbers(String list, String text) throws UnsupportedSvgException {
        List<String> parts = new ArrayList<>();
        for (String part : list.trim().split("[\\s,]+")) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        double[] values = new double[parts.size()];
        for (int k = 0; k < values.length; k++) {
            try {
                values[k] = Double.parseDouble(parts.get(k));
            } catch (NumberFormatException e) {
                throw new UnsupportedSvgException("transform \"" + text + "\"");
            }
            if (!Double.isFinite(values[k])) {
                throw new UnsupportedSvgException("transform \"" + text + "\"");
            }
        }
        return values;
    }
}
