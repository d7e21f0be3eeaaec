package io.easel.plot;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.easel.plot.SpecAssert.assertSpec;
import static io.easel.plot.SpecAssert.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MultiPanelTest {

    private static final Figure LINE = Plot.line(new double[]{0, 1}, new double[]{1, 2});
    private static final Figure BARS = Figure.of(Data.of("g", List.of("a", "b"))).add(Geom.bar().aes(Aes.x("g")))
            .size(300, 200);

    @Test
    void aGridIsASubplotsSpecWithEachPanelsFullSpec() {
        Figure grid = Figure.grid(2, LINE, BARS, null);
        Map<String, Object> spec = grid.toSpec();
        assertEquals("subplots", spec.get("kind"));
        assertEquals(Map.of("name", "grid", "ncol", 2, "nrow", 2), spec.get("layout"));
        List<?> figures = (List<?>) spec.get("figures");
        assertEquals(3, figures.size());
        assertEquals(LINE.toSpec().keySet(), ((Map<?, ?>) figures.get(0)).keySet());
        assertNull(figures.get(2), "an empty cell is null, as Lets-Plot reads it");
        // each panel's numbers stay double[], so the protocol sends them as binary frames as for single figures
        Object x = ((Map<?, ?>) ((Map<?, ?>) figures.get(0)).get("data")).get("x");
        assertInstanceOf(double[].class, x);
        assertArrayEquals(new double[]{0, 1}, (double[]) x);
        assertSpec(json("{'kind': 'subplots', 'layout': {'name': 'grid', 'ncol': 2, 'nrow': 2},"
                + " 'figures': [" + LINE.toJson() + ", " + BARS.toJson() + ", null],"
                + " 'ggsize': {'width': 1200, 'height': 800}}"), grid);
    }

    @Test
    void aGridsCellsAreAsLargeAsItsLargestPanelUntilSizeSetsAnother() {
        Figure grid = Figure.grid(3, LINE, BARS);
        assertEquals(1800, grid.width());
        assertEquals(400, grid.height());
        Figure sized = grid.size(900, 300);
        assertEquals(Map.of("width", 900.0, "height", 300.0), sized.toSpec().get("ggsize"));
        assertEquals(ExportOptions.size(900, 300), ExportOptions.defaults().resolvedFor(sized));
        assertEquals(Figure.MAX_SIZE, Figure.grid(20, java.util.Collections.nCopies(20, LINE)).width());
    }

    @Test
    void layoutSettingsBecomeLetsPlotsGridOptions() {
        Figure grid = Figure.grid(2, LINE, BARS, LINE).spacing(10, 20).columnWidths(2, 1).rowHeights(1, 3)
                .alignPanels().theme(Theme.minimal());
        Map<String, Object> spec = grid.toSpec();
        assertEquals(Map.of("name", "grid", "ncol", 2, "nrow", 2, "hspace", 10.0, "vspace", 20.0,
                "widths", List.of(2.0, 1.0), "heights", List.of(1.0, 3.0), "align", true), spec.get("layout"));
        assertEquals(Theme.minimal().options(), spec.get("theme"));
    }

    @Test
    void layoutMistakesSayWhatTheGridHas() {
        Figure grid = Figure.grid(2, LINE, BARS);
        assertEquals("columnWidths takes one weight per column: the grid has 2 columns, got 3.",
                assertThrows(IllegalArgumentException.class, () -> grid.columnWidths(1, 2, 3)).getMessage());
        assertEquals("rowHeights: weights must be positive numbers, got 0.0.",
                assertThrows(IllegalArgumentException.class, () -> grid.rowHeights(0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> grid.spacing(-1, 0));
        assertEquals("A grid needs at least one column, got ncol = 0.",
                assertThrows(IllegalArgumentException.class, () -> Figure.grid(0, LINE)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Figure.grid(2));
        assertThrows(IllegalArgumentException.class, () -> Figure.grid(2, (Figure) null));
        assertTrue(assertThrows(IllegalStateException.class, () -> LINE.spacing(1, 1)).getMessage()
                .contains("make one first with Figure.grid(ncol, figures...)"));
    }

    @Test
    void plotSettingsOnAGridPointToItsPanels() {
        Figure grid = Figure.grid(2, LINE, BARS);
        for (Runnable change : List.<Runnable>of(() -> grid.title("t"), () -> grid.add(Geom.point()),
                () -> grid.xlab("x"), () -> grid.facetWrap("g"), () -> grid.flip())) {
            IllegalStateException e = assertThrows(IllegalStateException.class, change::run);
            assertTrue(e.getMessage().startsWith("This is a multi-panel figure (Figure: grid of 2 panels in 2 columns"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("set them on each figure before combining them"), e.getMessage());
            assertTrue(e.getMessage().endsWith("A grid itself takes size, theme, spacing, columnWidths, rowHeights "
                    + "and alignPanels."), e.getMessage());
        }
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Figure.bunch().place(LINE, 0, 0).title("t"));
        assertTrue(e.getMessage().endsWith("A bunch itself takes place(...)."), e.getMessage());
    }

    @Test
    void aGridOfGridsIsRefusedBecauseLetsPlotDrawsTheInnerOneEmpty() {
        Figure inner = Figure.grid(1, LINE, BARS);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Figure.grid(2, inner, LINE));
        assertTrue(e.getMessage().startsWith("Figure.grid: figure 0 is itself a grid"), e.getMessage());
        assertTrue(e.getMessage().contains("Put all the figures in one grid"), e.getMessage());
    }

    @Test
    void gridsDescribeThemselvesAndListTheirPanels() {
        Figure grid = Figure.grid(2, LINE, null, BARS);
        assertEquals("Figure: grid of 2 panels in 2 columns (line, bar), 4 points", grid.describe());
        assertEquals(grid.describe(), grid.toString());
        assertEquals(Arrays.asList(LINE, null, BARS), grid.panels());
        assertEquals(List.of(), LINE.panels());
    }

    @Test
    void aBunchPlacesPanelsInBoxesAndIsAsLargeAsTheirBoundingBox() {
        Figure bunch = Figure.bunch().place(LINE, 0, 0).place(BARS, 350, 20, 240, 160);
        assertEquals(600, bunch.width());
        assertEquals(400, bunch.height());
        assertSpec(json("{'kind': 'ggbunch', 'items': ["
                + "{'x': 0, 'y': 0, 'width': 600, 'height': 400, 'feature_spec': " + LINE.toJson() + "},"
                + "{'x': 350, 'y': 20, 'width': 240, 'height': 160, 'feature_spec': " + BARS.toJson() + "}]}"),
                bunch);
        Figure wider = bunch.place(BARS, 500, 300);
        assertEquals(800, wider.width());
        assertEquals(500, wider.height());
        assertEquals("Figure: bunch of 3 panels (line, bar, bar), 6 points", wider.describe());
    }

    @Test
    void bunchMistakesAreRefusedWithWhatToDo() {
        assertTrue(assertThrows(IllegalStateException.class, () -> LINE.place(BARS, 0, 0)).getMessage()
                .contains("start one with Figure.bunch()"));
        assertThrows(IllegalArgumentException.class, () -> Figure.bunch().place(Figure.grid(1, LINE), 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Figure.grid(1, Figure.bunch().place(LINE, 0, 0)));
        assertThrows(IllegalArgumentException.class, () -> Figure.bunch().place(LINE, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> Figure.bunch().place(LINE, 9_500, 0));
        Figure bunch = Figure.bunch().place(LINE, 0, 0);
        assertThrows(IllegalStateException.class, () -> bunch.size(100, 100));
        assertThrows(IllegalStateException.class, () -> bunch.theme(Theme.minimal()));
    }

    @Test
    void multiPanelFiguresAreValuesAndExportLikeAnyFigure() {
        assertEquals(Figure.grid(2, LINE, BARS), Figure.grid(2, LINE, BARS));
        assertEquals(Figure.grid(2, LINE, BARS).hashCode(), Figure.grid(2, LINE, BARS).hashCode());
        assertNotEquals(Figure.grid(2, LINE, BARS), Figure.grid(1, LINE, BARS));
        assertNotEquals(Figure.grid(1, LINE), LINE);

        byte[] bytes = Figure.grid(2, LINE, BARS).toBytes(Format.PNG);
        assertEquals("PNG 1200.0x400.0 @1.0 ggsize={width=1200.0, height=400.0} title=null", new String(bytes));
        assertEquals("subplots", RecordingRenderer.lastSpec.get("kind"));
    }

    @Test
    void gridsAndBunchesRoundTripThroughTheirSpecs() {
        Figure grid = Figure.grid(2, LINE, null, BARS).spacing(6, 8).columnWidths(2, 1).theme(Theme.minimal())
                .size(900, 500);
        assertEquals(grid, Figure.fromSpec(grid.toJson()));
        assertEquals(grid, Figure.fromSpec(grid.toSpec()));
        Figure bunch = Figure.bunch().place(LINE, 0, 0).place(BARS, 350, 20, 240, 160);
        assertEquals(bunch, Figure.fromSpec(bunch.toJson()));
    }

    @Test
    void pythonsGggridAndGgbunchSpecsAreRead() {
        String panel = "{'kind': 'plot', 'data': {'x': [1, 2]}, 'mapping': {'x': 'x'}, 'layers': [{'geom': 'bar'}]}";
        Figure grid = Figure.fromSpec(json("{'kind': 'subplots', 'layout': {'name': 'grid', 'ncol': 2, 'nrow': 1,"
                + " 'sharex': 'all', 'fit': true}, 'figures': [" + panel + ", null]}"));
        assertEquals(2, grid.panels().size());
        assertEquals(1200, grid.width());
        Map<?, ?> layout = (Map<?, ?>) grid.toSpec().get("layout");
        assertEquals("all", layout.get("sharex"));
        assertEquals(true, layout.get("fit"));
        Figure bunch = Figure.fromSpec(json("{'kind': 'ggbunch', 'items': [{'x': 10, 'y': 0, 'feature_spec': "
                + panel + "}]}"));
        assertEquals(610, bunch.width(), "an item without a size takes its panel's own");
    }

    @Test
    void malformedMultiPanelSpecsSayWhichPart() {
        String panel = "{'kind': 'plot', 'layers': [{'geom': 'point'}]}";
        assertEquals("Invalid figure spec: 'layout.name' must be \"grid\", the only subplots layout Lets-Plot 4.1 "
                + "has, found a string.", assertThrows(IllegalArgumentException.class, () -> Figure.fromSpec(json(
                "{'kind': 'subplots', 'layout': {'name': 'free', 'ncol': 1}, 'figures': [" + panel + "]}")))
                .getMessage());
        assertEquals("Invalid figure spec: figures[0]: layers[0] needs a \"geom\" name such as \"point\" "
                + "(or {\"name\": \"point\", ...}), found null.", assertThrows(IllegalArgumentException.class, () -> Figure.fromSpec(json(
                "{'kind': 'subplots', 'layout': {'name': 'grid', 'ncol': 1}, 'figures': [{'kind': 'plot', "
                        + "'layers': [{}]}]}"))).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Figure.fromSpec(json(
                "{'kind': 'subplots', 'layout': {'name': 'grid', 'ncol': 1}, 'figures': [{'kind': 'ggbunch', "
                        + "'items': []}]}"))).getMessage().startsWith("Invalid figure spec: Figure.grid: figure 0 "
                + "is itself a bunch"));
        assertEquals("Invalid figure spec: 'items[0].x' must be a number, found null.",
                assertThrows(IllegalArgumentException.class, () -> Figure.fromSpec(json(
                        "{'kind': 'ggbunch', 'items': [{'y': 0, 'feature_spec': " + panel + "}]}"))).getMessage());
    }
}
