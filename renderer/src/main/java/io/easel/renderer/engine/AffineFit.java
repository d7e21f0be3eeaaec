package io.easel.renderer.engine;

/**
 * An affine map from data (x, y) to picture (u, v): u = a x + b y + c, v = d x + e y + f. Fitted exactly on the
 * three sample points that span the largest triangle, then checked on every sample: a map that misses one by more
 * than the tolerance is no map at all (a log scale, a polar coordinate system), and the caller lays the figure out
 * in full. The general form covers swapped axes (coord_flip) as well as the usual separate x and y scales.
 */
final class AffineFit {
    /** Three samples spanning less than this share of their bounding box are collinear, and fix no map. */
    private static final double MIN_SPREAD = 1e-9;

    private final double a;
    private final double b;
    private final double c;
    private final double d;
    private final double e;
    private final double f;

    private AffineFit(double a, double b, double c, double d, double e, double f) {
        this.a = a;
        this.b = b;
        this.c = c;
        this.d = d;
        this.e = e;
        this.f = f;
    }

    double u(double x, double y) {
        return a * x + b * y + c;
    }

    double v(double x, double y) {
        return d * x + e * y + f;
    }

    /** The map taking every (x[k], y[k]) to (u[k], v[k]) within tolerance, or null when there is none. */
    static AffineFit of(double[] x, double[] y, double[] u, double[] v, double tolerance) {
        int n = x.length;
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            minX = Math.min(minX, x[k]);
            maxX = Math.max(maxX, x[k]);
            minY = Math.min(minY, y[k]);
            maxY = Math.max(maxY, y[k]);
        }
        double box = (maxX - minX) * (maxY - minY);
        int bi = -1;
        int bj = -1;
        int bk = -1;
        double best = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                for (int k = j + 1; k < n; k++) {
                    double area = Math.abs(cross(x, y, i, j, k));
                    if (area > best) {
                        best = area;
                        bi = i;
                        bj = j;
                        bk = k;
                    }
                }
            }
        }
        if (bi < 0 || !(box > 0) || best / box < MIN_SPREAD) {
            return null;
        }
        // Cramer's rule on the three points, relative to the first one for precision
        double x1 = x[bj] - x[bi];
        double y1 = y[bj] - y[bi];
        double x2 = x[bk] - x[bi];
        double y2 = y[bk] - y[bi];
        double det = x1 * y2 - x2 * y1;
        double u1 = u[bj] - u[bi];
        double u2 = u[bk] - u[bi];
        double v1 = v[bj] - v[bi];
        double v2 = v[bk] - v[bi];
        double a = (u1 * y2 - u2 * y1) / det;
        double b = (x1 * u2 - x2 * u1) / det;
        double d = (v1 * y2 - v2 * y1) / det;
        double e = (x1 * v2 - x2 * v1) / det;
        AffineFit map = new AffineFit(a, b, u[bi] - a * x[bi] - b * y[bi], d, e, v[bi] - d * x[bi] - e * y[bi]);
        for (int k = 0; k < n; k++) {
            if (!(Math.abs(map.u(x[k], y[k]) - u[k]) <= tolerance) || !(Math.abs(map.v(x[k], y[k]) - v[k]) <= tolerance)) {
                return null;
            }
        }
        return map;
    }

    private static double cross(double[] x, double[] y, int i, int j, int k) {
        return (x[j] - x[i]) * (y[k] - y[i]) - (x[k] - x[i]) * (y[j] - y[i]);
    }
}
