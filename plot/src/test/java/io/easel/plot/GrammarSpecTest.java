package io.easel.plot;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.easel.plot.SpecAssert.assertSpec;
import static io.easel.plot.SpecAssert.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Grammar features against the keys Python lets-plot's {@code as_dict()} gives for the same plot. */
class GrammarSpecTest {

    private static final Data DATA = Data.of("x", new double[]{1, 2, 3}, "y", new double[]{1, 4, 9},
            "g", new String[]{"a", "b", "a"});

    @Test
    void theBriefsDemoFigure() {
        // ggplot(data) + geom_point(aes(x='x', y='y', color='g'), size=3) + geom_smooth(aes(x='x', y='y'))
        //   + facet_wrap('g') + ggtitle('Demo') + theme_minimal() + ggsize(600, 400)
        Figure figure = Figure.of(DATA)
                .add(Geom.point().aes(Aes.x("x"), Aes.y("y"), Aes.color("g")).size(3))
                .add(Geom.smooth().aes(Aes.x("x"), Aes.y("y")))
                .facetWrap("g").title("Demo").theme(Theme.minimal());
        assertSpec(json("{'kind': 'plot', 'data': {'x': [1, 2, 3], 'y': [1, 4, 9], 'g': ['a', 'b', 'a']},"
                + " 'mapping': {}, 'data_meta': {},"
                + " 'layers': [{'geom': 'point', 'mapping': {'x': 'x', 'y': 'y', 'color': 'g'}, 'data_meta': {},"
                + " 'size': 3},"
                + " {'geom': 'smooth', 'mapping': {'x': 'x', 'y': 'y'}, 'data_meta': {}}],"
                + " 'scales': [], 'ggtitle': {'text': 'Demo'}, 'ggsize': {'width': 600, 'height': 400},"
                + " 'facet': {'name': 'wrap', 'facets': 'g', 'order': 1, 'dir': 'h'},"
                + " 'theme': {'name': 'minimal'}}"), figure);
        assertEquals("Figure: point + smooth, 3 points, title \"Demo\"", figure.describe());
    }

    private static Map<String, Object> firstLayer(Figure figure) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> layers = (List<Map<String, Object>>) figure.toSpec().get("layers");
        return layers.get(0);
    }

    @Test
    void layerConstantsStatPositionAndParameters() {
        Layer layer = Geom.bar().aes(Aes.x("g"), Aes.fill("g")).stat("count").position("dodge")
                .color("black").alpha(0.5).width(0.8).showLegend(false).linetype("dashed").shape(21)
                .param("nudge_y", 0.5).param("labels", Map.of("lines", List.of("@g")));
        Map<String, Object> spec = firstLayer(Figure.of(DATA).add(layer));
        SpecAssert.assertJson(json("{'geom': 'bar', 'stat': 'count', 'position': 'dodge', 'mapping': {'x': 'g', 'fill': 'g'},"
                        + " 'data_meta': {}, 'color': 'black', 'alpha': 0.5, 'width': 0.8, 'show_legend': false,"
                        + " 'linetype': 'dashed', 'shape': 21, 'nudge_y': 0.5, 'labels': {'lines': ['@g']}}"),
                spec);
    }

    @Test
    void geomFactoriesGiveLetsPlotNamesAndDefaults() {
        assertEquals("point", Geom.point().geom());
        assertEquals("line", Geom.line().geom());
        assertEquals("path", Geom.path().geom());
        assertEquals("step", Geom.step().geom());
        assertEquals(Map.of(), Geom.bar().options());
        assertEquals(Map.of("stat", "identity"), Geom.col().options());
        assertEquals("histogram", Geom.histogram().geom());
        assertEquals("density", Geom.density().geom());
        assertEquals("boxplot", Geom.boxplot().geom());
        assertEquals("violin", Geom.violin().geom());
        assertEquals("area", Geom.area().geom());
        assertEquals("ribbon", Geom.ribbon().geom());
        assertEquals("tile", Geom.tile().geom());
        assertEquals("smooth", Geom.smooth().geom());
        assertEquals("text", Geom.text().geom());
        assertEquals("errorbar", Geom.errorbar().geom());
        assertEquals("segment", Geom.segment().geom());
        assertEquals(Map.of("yintercept", 2.5), Geom.hline(2.5).options());
        assertEquals(Map.of("xintercept", -1.0), Geom.vline(-1).options());
        assertEquals("hline", Geom.hline().geom());
        assertEquals("vline", Geom.vline().geom());
        assertEquals("lollipop", Geom.of("lollipop").geom());
        assertEquals(Map.of("bins", 12, "binwidth", 0.5), Geom.histogram().bins(12).binwidth(0.5).options());
        assertEquals(Map.of("method", "loess", "se", false), Geom.smooth().method("loess").se(false).options());
    }

    @Test
    void figureWideMappingAndLayerDataAsInGgplot() {
        // ggplot(data, aes(x='x')) + geom_line(aes(y='y')) + geom_point(aes(y='v'), data={'x': [5], 'v': [6]})
        Figure figure = Figure.of(DATA, Aes.x("x"))
                .add(Geom.line().aes(Aes.y("y")))
                .add(Geom.point().aes(Aes.y("v")).data(Data.of("x", new double[]{5}, "v", new double[]{6})));
        assertSpec(json("{'kind': 'plot', 'data': {'x': [1, 2, 3], 'y': [1, 4, 9], 'g': ['a', 'b', 'a']},"
                + " 'mapping': {'x': 'x'}, 'data_meta': {},"
                + " 'layers': [{'geom': 'line', 'mapping': {'y': 'y'}, 'data_meta': {}},"
                + " {'geom': 'point', 'mapping': {'y': 'v'}, 'data': {'x': [5], 'v': [6]}, 'data_meta': {}}],"
                + " 'scales': [], 'ggsize': {'width': 600, 'height': 400}}"), figure);
        assertEquals("Figure: line + point, 4 points", figure.describe());
    }

    @Test
    void titlesAndLabels() {
        // + labs(title='T', subtitle='S', caption='C', x='X', y='Y', color='G') + ggsize(800, 300)
        Figure figure = Plot.line(new double[]{1}, new double[]{2}).title("T").subtitle("S").caption("C")
                .xlab("X").ylab("Y").label("colour", "G").size(800, 300);
        assertSpec(json("{'kind': 'plot', 'data': {'x': [1], 'y': [2]}, 'mapping': {'x': 'x', 'y': 'y'},"
                + " 'data_meta': {}, 'layers': [{'geom': 'line', 'mapping': {}, 'data_meta': {}}],"
                + " 'scales': [{'aesthetic': 'x', 'name': 'X'}, {'aesthetic': 'y', 'name': 'Y'},"
                + " {'aesthetic': 'color', 'name': 'G'}],"
                + " 'ggtitle': {'text': 'T', 'subtitle': 'S'}, 'caption': {'text': 'C'},"
                + " 'ggsize': {'width': 800, 'height': 300}}"), figure);
        assertEquals(figure, Plot.line(new double[]{1}, new double[]{2}).title("T").subtitle("S").caption("C")
                .labels(new java.util.LinkedHashMap<>(Map.of("x", "X"))).ylab("Y").label("color", "G")
                .size(800, 300));
        assertEquals(800, figure.width());
        assertEquals(300, figure.height());
        assertEquals("T", figure.titleText().orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> scales(Figure figure) {
        return (List<Map<String, Object>>) figure.toSpec().get("scales");
    }

    @Test
    void scalesForOneAestheticMergeLaterSettingsWinning() {
        // scale_y_log10() then ylab('Price') then ylim: Lets-Plot merges scale options per aesthetic the same way.
        Figure figure = Plot.line(new double[]{1}, new double[]{2}).logY().ylab("Price").ylim(1, 100)
                .scale(Scale.y().name("Final").breaks(1, 10, 100).labels("one", "ten", "hundred").format(".0f"));
        SpecAssert.assertJson(json("[{'aesthetic': 'y', 'trans': 'log10', 'name': 'Final', 'limits': [1.0, 100.0],"
                        + " 'breaks': [1.0, 10.0, 100.0], 'labels': ['one', 'ten', 'hundred'], 'format': '.0f'}]"),
                scales(figure));
    }

    @Test
    void scaleFactoriesMatchPythonsScaleFunctions() {
        assertEquals(Map.of("trans", "log10"), Scale.xLog10().options());
        assertEquals(Map.of("trans", "reverse"), Scale.xReverse().options());
        assertEquals(Map.of("trans", "reverse"), Scale.yReverse().options());
        assertEquals(Map.of("datetime", true), Scale.xDateTime().options());
        assertEquals(Map.of("datetime", true), Scale.yDateTime().options());
        assertEquals(Map.of("discrete", true), Scale.xDiscrete().options());
        assertEquals("y", Scale.yDiscrete().aesthetic());
        assertEquals(Map.of("values", List.of("red", "#00ff00")), Scale.colorManual("red", "#00ff00").options());
        assertEquals("fill", Scale.fillManual("blue").aesthetic());
        assertEquals(Map.of("low", "white", "high", "#ff0000", "scale_mapper_kind", "color_gradient"),
                Scale.fillGradient("white", "#ff0000").options());
        assertEquals("color", Scale.colorGradient("white", "black").aesthetic());
        assertEquals(Map.of("palette", "Set1", "scale_mapper_kind", "color_brewer"),
                Scale.colorBrewer("Set1").options());
        assertEquals("fill", Scale.fillBrewer("Blues").aesthetic());
        assertEquals(Map.of("scale_mapper_kind", "color_cmap"), Scale.colorViridis().options());
        assertEquals("fill", Scale.fillViridis().aesthetic());
        assertEquals(Map.of("limits", List.of("b", "a")), Scale.x().limits("b", "a").options());
        assertEquals(Map.of("range", List.of(1, 6)), Scale.of("size").option("range", new int[]{1, 6}).options());
    }

    @Test
    void facets() {
        SpecAssert.assertJson(json("{'name': 'grid', 'x': 'g', 'x_order': 1, 'y_order': 1}"),
                Figure.of(DATA).facetGrid("g", null).toSpec().get("facet"));
        SpecAssert.assertJson(json("{'name': 'grid', 'y': 'g', 'x_order': 1, 'y_order': 1, 'scales': 'free_y'}"),
                Figure.of(DATA).facet(Facet.grid(null, "g").scales("free_y")).toSpec().get("facet"));
        SpecAssert.assertJson(json("{'name': 'wrap', 'facets': ['g', 'x'], 'order': 1, 'dir': 'h', 'ncol': 2,"
                        + " 'scales': 'free'}"),
                Figure.of(DATA).facet(Facet.wrap("g", "x").ncol(2).freeScales()).toSpec().get("facet"));
        assertEquals(3, ((Map<?, ?>) Figure.of(DATA).facetWrap("g", 3).toSpec().get("facet")).get("ncol"));
        assertEquals(List.of("g", "x"), Facet.grid("g", "x").columns());
        assertEquals(2, ((Map<?, ?>) Facet.wrap("g").nrow(2).options()).get("nrow"));
    }

    @Test
    void coordinates() {
        // coord_flip() and coord_fixed(ratio=2)
        assertEquals(Map.of("name", "flip", "flip", true), Plot.bar(List.of("a")).flip().toSpec().get("coord"));
        assertEquals(Map.of("name", "fixed", "ratio", 2.0),
                Plot.bar(List.of("a")).fixedRatio(2).toSpec().get("coord"));
    }

    @Test
    void presetThemesReplaceAndAdjustmentsMerge() {
        Figure base = Plot.line(new double[]{1}, new double[]{2});
        assertEquals(Map.of("name", "classic", "legend_position", "bottom"),
                base.theme(Theme.minimal().textSize(9)).theme(Theme.classic().legendPosition("bottom"))
                        .toSpec().get("theme"));
        // As in Python: theme_grey() + flavor_darcula() + theme(...) keeps the flavor and merges elements.
        SpecAssert.assertJson(json("{'name': 'grey', 'flavor': 'darcula', 'text': {'size': 14.0}, 'plot_title': {'size': 20.0},"
                        + " 'legend_position': [0.9, 0.1], 'axis_title': {'blank': true}, 'panel_grid': {'blank': true}}"),
                base.theme(Theme.grey()).theme(Theme.custom().flavor("darcula"))
                        .theme(Theme.custom().textSize(14).titleSize(20)).theme(Theme.custom().legendPosition(0.9, 0.1))
                        .theme(Theme.custom().noAxisTitles().noGrid()).toSpec().get("theme"));
        assertEquals(Map.of("name", "bw", "flavor", "solarized_dark"),
                base.theme(Theme.none().flavor("solarized_dark")).theme(Theme.bw()).toSpec().get("theme"));
        assertEquals(Map.of("text", Map.of("size", 9.0, "color", "red")),
                base.theme(Theme.custom().textSize(9)).theme(Theme.custom().option("text", Map.of("color", "red")))
                        .toSpec().get("theme"));
        assertEquals(Map.of("legend_position", "none"), base.theme(Theme.custom().noLegend()).toSpec().get("theme"));
        for (Theme preset : List.of(Theme.minimal2(), Theme.light(), Theme.grey(), Theme.classic(), Theme.bw(),
                Theme.none(), Theme.minimal())) {
            assertEquals(1, preset.options().size());
        }
    }

    @Test
    void largeLayersAreDrawnWithoutSampling() {
        int n = SpecWriter.SAMPLING_THRESHOLD + 1;
        Figure big = Plot.scatter(new double[n], new double[n]);
        assertEquals("none", firstLayer(big).get("sampling"));
        Figure atThreshold = Plot.scatter(new double[n - 1], new double[n - 1]);
        assertFalse(firstLayer(atThreshold).containsKey("sampling"));
        Figure chosen = Figure.of(big.data(), Aes.x("x"), Aes.y("y"))
                .add(Geom.point().param("sampling", Map.of("name", "random", "n", 1000)));
        assertEquals(Map.of("name", "random", "n", 1000), firstLayer(chosen).get("sampling"));
        Figure smallLayerOwnData = Figure.of(big.data()).add(Geom.point().aes(Aes.x("x"), Aes.y("y"))
                .data(Data.of("x", new double[]{1}, "y", new double[]{2})));
        assertFalse(firstLayer(smallLayerOwnData).containsKey("sampling"));
        Figure small = Figure.of(Data.of("x", new double[]{1})).add(Geom.point().aes(Aes.x("x")).noSampling());
        assertEquals("none", firstLayer(small).get("sampling"));
    }

    @Test
    void dateTimeColumnsInLayerDataAreAnnotatedThere() {
        Data times = Data.of("t", new Instant[]{Instant.EPOCH}, "v", new double[]{1});
        Figure figure = Figure.of().add(Geom.point().data(times).aes(Aes.of("xmin", "t"), Aes.y("v")));
        Map<String, Object> layer = firstLayer(figure);
        assertEquals(Map.of("series_annotations", List.of(Map.of("column", "t", "type", "datetime"))),
                layer.get("data_meta"));
        assertEquals(List.of(Map.of("aesthetic", "x", "datetime", true)), scales(figure));
        assertEquals(Map.of(), figure.toSpec().get("data_meta"));
    }

    @Test
    void aUsersDiscreteOrNamedScaleIsRespectedForDates() {
        Data times = Data.of("t", new Instant[]{Instant.EPOCH}, "v", new double[]{1});
        Figure named = Figure.of(times, Aes.x("v"), Aes.y("t")).add(Geom.point()).ylab("When");
        assertEquals(List.of(Map.of("aesthetic", "y", "name", "When", "datetime", true)), scales(named));
        Figure discrete = Figure.of(times, Aes.x("t"), Aes.y("v")).add(Geom.point()).scale(Scale.xDiscrete());
        assertEquals(List.of(Map.of("aesthetic", "x", "discrete", true)), scales(discrete));
        Figure colour = Figure.of(times, Aes.x("v"), Aes.y("v"), Aes.color("t")).add(Geom.point());
        assertEquals(List.of(), scales(colour));
    }

    @Test
    void nanIsMissingInTheSpecAndNullInJson() {
        Figure figure = Plot.line(new double[]{1, 2, 3}, new double[]{1, Double.NaN, Double.POSITIVE_INFINITY});
        double[] ys = (double[]) ((Map<?, ?>) figure.toSpec().get("data")).get("y");
        assertEquals(1, ys[0]);
        assertEquals(Double.NaN, ys[1]);
        assertEquals(Double.NaN, ys[2]);
        assertSpec(json("{'kind': 'plot', 'data': {'x': [1, 2, 3], 'y': [1, null, null]},"
                + " 'mapping': {'x': 'x', 'y': 'y'}, 'data_meta': {},"
                + " 'layers': [{'geom': 'line', 'mapping': {}, 'data_meta': {}}], 'scales': [],"
                + " 'ggsize': {'width': 600, 'height': 400}}"), figure);
    }

    @Test
    void emptyFigureIsAValidSpec() {
        assertSpec(json("{'kind': 'plot', 'mapping': {}, 'data_meta': {}, 'layers': [], 'scales': [],"
                + " 'ggsize': {'width': 600, 'height': 400}}"), Figure.of());
        assertNull(Figure.of().toSpec().get("data"));
        assertEquals("Figure: no layers, 0 points", Figure.of().describe());
    }

    @Test
    void statVariablesAreNotLookedUpInTheData() {
        Figure figure = Figure.of(DATA, Aes.x("y")).add(Geom.histogram().aes(Aes.y("..density..")));
        assertEquals(Map.of("y", "..density.."), firstLayer(figure).get("mapping"));
    }

    @Test
    void prettyJsonIsTheSameSpec() {
        Figure figure = Figure.of(DATA).add(Geom.point().aes(Aes.x("x"), Aes.y("y")));
        assertEquals(io.easel.plot.json.Json.parse(figure.toJson()), io.easel.plot.json.Json.parse(figure.toJson(true)));
        assertEquals(figure.toString(), figure.describe());
    }
}
