package io.easel.plot;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.easel.plot.SpecAssert.assertSpec;
import static io.easel.plot.SpecAssert.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Quick plots against the spec Python lets-plot gives for the same plot, e.g.
 * {@code (ggplot({'x': [1, 2, 3], 'y': [4, 5, 6]}, aes('x', 'y')) + geom_line() + ggsize(600, 400)).as_dict()}.
 * We leave out Python's empty {@code metainfo_list}, which Lets-Plot does not need.
 */
class PlotTest {

    private static String xy(String x, String y, String layer) {
        return json("{'kind': 'plot', 'data': {'x': " + x + ", 'y': " + y + "}, 'mapping': {'x': 'x', 'y': 'y'},"
                + " 'data_meta': {}, 'layers': [" + layer + "], 'scales': [],"
                + " 'ggsize': {'width': 600, 'height': 400}}");
    }

    @Test
    void lineIsGeomLineOverFigureWideXAndY() {
        assertSpec(xy("[1, 2, 3]", "[4, 5, 6]", "{'geom': 'line', 'mapping': {}, 'data_meta': {}}"),
                Plot.line(new double[]{1, 2, 3}, new double[]{4, 5, 6}));
    }

    @Test
    void lineAcceptsIntArraysListsAndAnIndexForX() {
        String expected = xy("[0, 1, 2]", "[5, 7, 6]", "{'geom': 'line', 'mapping': {}, 'data_meta': {}}");
        assertSpec(expected, Plot.line(new int[]{0, 1, 2}, List.of(5L, 7L, 6L)));
        assertSpec(expected, Plot.line(new long[]{5, 7, 6}));
        assertSpec(expected, Plot.line(List.of(5, 7, 6)));
    }

    @Test
    void scatterIsGeomPoint() {
        assertSpec(xy("[1, 2]", "[3, 4]", "{'geom': 'point', 'mapping': {}, 'data_meta': {}}"),
                Plot.scatter(new double[]{1, 2}, new double[]{3, 4}));
    }

    @Test
    void barWithValuesIsGeomBarWithIdentityStat() {
        assertSpec(xy("['a', 'b']", "[3, 5]", "{'geom': 'bar', 'stat': 'identity', 'mapping': {}, 'data_meta': {}}"),
                Plot.bar(new String[]{"a", "b"}, new double[]{3, 5}));
        assertSpec(xy("['a', 'b']", "[3, 5]", "{'geom': 'bar', 'stat': 'identity', 'mapping': {}, 'data_meta': {}}"),
                Plot.bar(List.of("a", "b"), new int[]{3, 5}));
    }

    @Test
    void barOfCategoriesCountsThem() {
        assertSpec(json("{'kind': 'plot', 'data': {'x': ['a', 'b', 'a']}, 'mapping': {'x': 'x'}, 'data_meta': {},"
                        + " 'layers': [{'geom': 'bar', 'mapping': {}, 'data_meta': {}}], 'scales': [],"
                        + " 'ggsize': {'width': 600, 'height': 400}}"),
                Plot.bar(List.of("a", "b", "a")));
    }

    @Test
    void histogramIsGeomHistogramOfX() {
        String expected = "{'kind': 'plot', 'data': {'x': [1, 2, 2]}, 'mapping': {'x': 'x'}, 'data_meta': {},"
                + " 'layers': [{'geom': 'histogram', 'mapping': {}, 'data_meta': {}%s}], 'scales': [],"
                + " 'ggsize': {'width': 600, 'height': 400}}";
        assertSpec(json(String.format(expected, "")), Plot.histogram(new double[]{1, 2, 2}));
        assertSpec(json(String.format(expected, ", 'bins': 10")), Plot.histogram(new int[]{1, 2, 2}, 10));
    }

    @Test
    void densityAreaAndBoxUseTheirGeoms() {
        assertSpec(json("{'kind': 'plot', 'data': {'x': [1, 2]}, 'mapping': {'x': 'x'}, 'data_meta': {},"
                        + " 'layers': [{'geom': 'density', 'mapping': {}, 'data_meta': {}}], 'scales': [],"
                        + " 'ggsize': {'width': 600, 'height': 400}}"),
                Plot.density(new double[]{1, 2}));
        assertSpec(xy("[1, 2]", "[3, 4]", "{'geom': 'area', 'mapping': {}, 'data_meta': {}}"),
                Plot.area(new double[]{1, 2}, new double[]{3, 4}));
        assertSpec(json("{'kind': 'plot', 'data': {'y': [1, 2, 9]}, 'mapping': {'y': 'y'}, 'data_meta': {},"
                        + " 'layers': [{'geom': 'boxplot', 'mapping': {}, 'data_meta': {}}], 'scales': [],"
                        + " 'ggsize': {'width': 600, 'height': 400}}"),
                Plot.box(new double[]{1, 2, 9}));
        assertSpec(xy("['g1', 'g2']", "[1, 2]", "{'geom': 'boxplot', 'mapping': {}, 'data_meta': {}}"),
                Plot.box(new String[]{"g1", "g2"}, new double[]{1, 2}));
    }

    @Test
    void heatmapIsTilesFilledByValue() {
        assertSpec(json("{'kind': 'plot', 'data': {'x': [0, 1], 'y': [0, 0], 'value': [5, 6]},"
                        + " 'mapping': {'x': 'x', 'y': 'y', 'fill': 'value'}, 'data_meta': {},"
                        + " 'layers': [{'geom': 'tile', 'mapping': {}, 'data_meta': {}}], 'scales': [],"
                        + " 'ggsize': {'width': 600, 'height': 400}}"),
                Plot.heatmap(new int[]{0, 1}, new int[]{0, 0}, new double[]{5, 6}));
    }

    @Test
    void heatmapOfAMatrixPutsRowZeroOnTop() {
        assertSpec(json("{'kind': 'plot', 'data': {'x': [0, 1, 0, 1], 'y': [0, 0, 1, 1], 'value': [1, 2, 3, 4]},"
                        + " 'mapping': {'x': 'x', 'y': 'y', 'fill': 'value'}, 'data_meta': {},"
                        + " 'layers': [{'geom': 'tile', 'mapping': {}, 'data_meta': {}}],"
                        + " 'scales': [{'aesthetic': 'y', 'trans': 'reverse'}],"
                        + " 'ggsize': {'width': 600, 'height': 400}}"),
                Plot.heatmap(new double[][]{{1, 2}, {3, 4}}));
    }

    @Test
    void datesBecomeEpochMillisecondsOnADateAxis() {
        // Python: ggplot({'x': [datetime(2024, 1, 1), datetime(2024, 1, 2)], ...}) annotates x as datetime;
        // we also mark the x scale, which scale_x_datetime() would give.
        assertSpec(json("{'kind': 'plot', 'data': {'x': [1704067200000, 1704153600000], 'y': [1, 2]},"
                        + " 'mapping': {'x': 'x', 'y': 'y'},"
                        + " 'data_meta': {'series_annotations': [{'column': 'x', 'type': 'datetime'}]},"
                        + " 'layers': [{'geom': 'line', 'mapping': {}, 'data_meta': {}}],"
                        + " 'scales': [{'aesthetic': 'x', 'datetime': true}],"
                        + " 'ggsize': {'width': 600, 'height': 400}}"),
                Plot.line(new LocalDate[]{LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2)}, new int[]{1, 2}));
    }

    @Test
    void specColumnsAreDoubleArraysAndStringLists() {
        Map<String, Object> spec = Plot.bar(new String[]{"a", "b"}, new int[]{3, 5}).toSpec();
        Map<?, ?> data = assertInstanceOf(Map.class, spec.get("data"));
        assertArrayEquals(new double[]{3, 5}, assertInstanceOf(double[].class, data.get("y")));
        assertEquals(List.of("a", "b"), assertInstanceOf(List.class, data.get("x")));
    }

    @Test
    void inputMistakesNameTheArgument() {
        assertEquals("Plot.line: x is null; pass an array or a list of values.",
                assertThrows(IllegalArgumentException.class, () -> Plot.line(null, new double[]{1})).getMessage());
        assertEquals("Plot.scatter: y is empty; there is nothing to plot.",
                assertThrows(IllegalArgumentException.class,
                        () -> Plot.scatter(new double[]{1}, new double[0])).getMessage());
        assertEquals("Plot.line: y has 999 values but x has 1000; they must have the same length.",
                assertThrows(IllegalArgumentException.class,
                        () -> Plot.line(new double[1000], new double[999])).getMessage());
        assertEquals("Plot.bar: values has 1 values but categories has 2; they must have the same length.",
                assertThrows(IllegalArgumentException.class,
                        () -> Plot.bar(new String[]{"a", "b"}, new double[]{1})).getMessage());
        IllegalArgumentException type = assertThrows(IllegalArgumentException.class,
                () -> Plot.histogram(new Object()));
        assertEquals("Plot.histogram: values has unsupported type java.lang.Object; use " + ColumnValues.SUPPORTED
                + ".", type.getMessage());
        assertEquals("Plot.histogram: values is empty; there is nothing to plot.",
                assertThrows(IllegalArgumentException.class, () -> Plot.histogram(List.of())).getMessage());
    }

    @Test
    void heatmapMatrixMistakesNameTheRow() {
        assertEquals("Plot.heatmap: row 1 has 1 values but row 0 has 2; every row needs the same length.",
                assertThrows(IllegalArgumentException.class,
                        () -> Plot.heatmap(new double[][]{{1, 2}, {3}})).getMessage());
        assertEquals("Plot.heatmap: row 1 has no values (null) but row 0 has 2; every row needs the same length.",
                assertThrows(IllegalArgumentException.class,
                        () -> Plot.heatmap(new double[][]{{1, 2}, null})).getMessage());
        assertEquals("Plot.heatmap: matrix is empty; there is nothing to plot.",
                assertThrows(IllegalArgumentException.class, () -> Plot.heatmap(new double[0][])).getMessage());
        assertEquals("Plot.heatmap: matrix is null; pass a double[rows][columns].",
                assertThrows(IllegalArgumentException.class, () -> Plot.heatmap((double[][]) null)).getMessage());
    }

    @Test
    void quickPlotsTakeMoreLayersOverTheSameData() {
        Figure figure = Plot.line(new double[]{1, 2}, new double[]{3, 4}).layer(Geom.point().color("red"));
        assertEquals("Figure: line + point, 2 points", figure.describe());
        assertEquals(Map.of(), figure.layers().get(1).mapping());
    }
}
