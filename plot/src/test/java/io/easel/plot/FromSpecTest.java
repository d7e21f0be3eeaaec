package io.easel.plot;

import io.easel.plot.json.Json;
import io.easel.plot.json.JsonParseException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.easel.plot.SpecAssert.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FromSpecTest {

    /** What {@code json.dumps(p.as_dict())} prints in Python for a small faceted scatter with a smooth. */
    private static final String PYTHON_SPEC = json("{'data': {'x': [1, 2, 3, 4], 'y': [3, 1, 2, 5],"
            + " 'g': ['a', 'b', 'a', 'b']}, 'mapping': {'x': 'x', 'y': 'y'}, 'data_meta': {},"
            + " 'ggtitle': {'text': 'From Python', 'subtitle': 'sub'}, 'ggsize': {'width': 500, 'height': 250},"
            + " 'theme': {'name': 'minimal', 'legend_position': 'bottom'},"
            + " 'facet': {'name': 'wrap', 'facets': 'g', 'order': 1, 'dir': 'h'}, 'kind': 'plot',"
            + " 'scales': [{'aesthetic': 'x', 'name': 'Ex'}, {'aesthetic': 'x', 'limits': [0, 5]}],"
            + " 'layers': [{'geom': 'point', 'mapping': {'color': 'g'}, 'data_meta': {}, 'size': 4,"
            + " 'tooltips': {'lines': ['@x']}}, {'geom': 'smooth', 'mapping': {}, 'data_meta': {}, 'method': 'loess'}],"
            + " 'metainfo_list': []}");

    @Test
    void readsTheObjectFormOfALayersGeom() {
        Figure figure = Figure.fromSpec(json("{'kind': 'plot', 'data': {'x': [1, 2]}, 'layers': [{'geom': 'point',"
                + " 'mapping': {'x': 'x'}}, {'geom': {'name': 'vline', 'xintercept': 1.5, 'color': 'red'},"
                + " 'color': 'blue'}]}"));
        assertEquals("Figure: point + vline, 2 points", figure.describe());
        @SuppressWarnings("unchecked")
        Map<String, Object> vline = ((List<Map<String, Object>>) figure.toSpec().get("layers")).get(1);
        assertEquals("vline", vline.get("geom"));
        assertEquals(1.5, ((Number) vline.get("xintercept")).doubleValue());
        assertEquals("blue", vline.get("color"), "the layer's own key wins over the geom object's");
    }

    @Test
    void readsPythonsAsDictOutput() {
        Figure figure = Figure.fromSpec(PYTHON_SPEC);
        assertEquals("Figure: point + smooth, 4 points, title \"From Python\"", figure.describe());
        assertEquals(500, figure.width());
        assertEquals(250, figure.height());
        assertEquals(List.of("x", "y", "g"), figure.data().columnNames());
        assertEquals(Column.Kind.NUMBER, figure.data().column("x").kind());
        Map<String, Object> spec = figure.toSpec();
        assertEquals(List.of(), spec.get("metainfo_list"));
        // Scales for one aesthetic merge as Lets-Plot merges them; whole limits become doubles like the data.
        SpecAssert.assertJson(json("[{'aesthetic': 'x', 'name': 'Ex', 'limits': [0.0, 5.0]}]"), spec.get("scales"));
        SpecAssert.assertJson(json("{'geom': 'point', 'mapping': {'color': 'g'}, 'data_meta': {}, 'size': 4,"
                + " 'tooltips': {'lines': ['@x']}}"), ((List<?>) spec.get("layers")).get(0));
        assertEquals(Map.of("name", "minimal", "legend_position", "bottom"), spec.get("theme"));
    }

    @Test
    void roundTripsThroughJson() {
        Figure first = Figure.fromSpec(PYTHON_SPEC);
        Figure second = Figure.fromSpec(first.toJson());
        assertEquals(first, second);
        assertEquals(first.toJson(), second.toJson());
        assertEquals(Json.parse(first.toJson()), Json.parse(second.toJson()));
    }

    @Test
    void roundTripsGrammarFiguresWithDatesAndEverything() {
        Figure figure = Plot.line(new LocalDate[]{LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1)}, new int[]{1, 2})
                .add(Geom.point().aes(Aes.color("g")).data(Data.of("x", new double[]{1}, "y", new double[]{2},
                        "g", Arrays.asList("a"))).size(2).alpha(0.5))
                .title("T").subtitle("S").caption("C").xlab("X").size(700, 300).flip()
                .theme(Theme.classic().flavor("darcula")).facetWrap("x");
        Figure again = Figure.fromSpec(figure.toJson());
        assertEquals(figure.toJson(), again.toJson());
        assertEquals(again, Figure.fromSpec(again.toJson()));
        assertEquals(figure.toJson(), Figure.fromSpec(figure.toSpec()).toJson());
    }

    @Test
    void keepsKeysItDoesNotModel() {
        String spec = json("{'kind': 'plot', 'data': {'b': [true, false], 'm': [1, 'one']},"
                + " 'data_meta': {'mapping_annotations': [{'aes': 'color', 'annotation': 'as_discrete',"
                + " 'parameters': {'label': 'b'}}]},"
                + " 'layers': [{'geom': 'point', 'mapping': {'x': 'm', 'color': 'b'}, 'marginal': true}],"
                + " 'guides': {'color': {'name': 'legend', 'ncol': 2}}, 'coord': {'name': 'cartesian', 'xlim': [0, 1]},"
                + " 'something_new': {'a': [1, 2]}}");
        Figure figure = Figure.fromSpec(spec);
        assertEquals(Column.Kind.MIXED, figure.data().column("b").kind());
        assertEquals(Arrays.asList(1, "one"), figure.data().column("m").values());
        Map<String, Object> out = figure.toSpec();
        assertEquals(List.of(true, false), ((Map<?, ?>) out.get("data")).get("b"));
        assertEquals(Map.of("a", List.of(1, 2)), out.get("something_new"));
        assertEquals(Map.of("color", Map.of("name", "legend", "ncol", 2)), out.get("guides"));
        assertEquals(Map.of("name", "cartesian", "xlim", List.of(0, 1)), out.get("coord"));
        assertEquals(Json.parse(json("{'mapping_annotations': [{'aes': 'color', 'annotation': 'as_discrete',"
                + " 'parameters': {'label': 'b'}}]}")), out.get("data_meta"));
        assertEquals(true, ((Map<?, ?>) ((List<?>) out.get("layers")).get(0)).get("marginal"));
        assertEquals(figure.toJson(), Figure.fromSpec(figure.toJson()).toJson());
    }

    @Test
    void importedFiguresTakeTheFluentMethods() {
        Figure figure = Figure.fromSpec(PYTHON_SPEC).title("New").add(Geom.hline(2)).theme(Theme.custom().noGrid());
        assertEquals("Figure: point + smooth + hline, 4 points, title \"New\"", figure.describe());
        assertEquals(Map.of("text", "New", "subtitle", "sub"), figure.toSpec().get("ggtitle"));
        assertEquals(Map.of("name", "minimal", "legend_position", "bottom", "panel_grid", Map.of("blank", true)),
                figure.toSpec().get("theme"));
    }

    @Test
    void acceptsMapsWithDoubleArraysAsToSpecGives() {
        Figure figure = Figure.of(Data.of("x", new double[]{1, 2}, "y", new double[]{3, 4}), Aes.x("x"), Aes.y("y"))
                .add(Geom.point());
        assertEquals(figure, Figure.fromSpec(figure.toSpec()));
    }

    @Test
    void syntaxErrorsNameLineAndColumn() {
        String broken = "{\n  \"kind\": \"plot\",\n  \"ggsize\": {\"width\": 600 \"height\": 400}\n}";
        JsonParseException e = assertThrows(JsonParseException.class, () -> Figure.fromSpec(broken));
        assertEquals("Invalid figure spec JSON at line 3, column 27: expected ',' or '}'", e.getMessage());
    }

    private static String invalid(String spec) {
        return assertThrows(IllegalArgumentException.class, () -> Figure.fromSpec(json(spec))).getMessage();
    }

    @Test
    void specsOfTheWrongShapeSayWhichPart() {
        assertEquals("Invalid figure spec: the top level must be a JSON object ({...}), found a list.",
                invalid("[1]"));
        assertEquals("Invalid figure spec: 'kind' is missing; a Lets-Plot plot spec has \"kind\": \"plot\".",
                invalid("{'layers': []}"));
        assertEquals("Invalid figure spec: kind 'livemap' is not supported; Figure.fromSpec reads plots "
                + "(\"kind\": \"plot\"), grids (\"subplots\") and bunches (\"ggbunch\").",
                invalid("{'kind': 'livemap'}"));
        assertEquals("Invalid figure spec: 'layers' must be a list, found an object.",
                invalid("{'kind': 'plot', 'layers': {}}"));
        assertEquals("Invalid figure spec: 'layers[1]' must be an object, found a string.",
                invalid("{'kind': 'plot', 'layers': [{'geom': 'point'}, 'line']}"));
        assertEquals("Invalid figure spec: layers[0] needs a \"geom\" name such as \"point\" (or {\"name\": \"point\","
                + " ...}), found null.", invalid("{'kind': 'plot', 'layers': [{'mapping': {}}]}"));
        assertEquals("Invalid figure spec: layers[0] needs a \"geom\" name such as \"point\" (or {\"name\": \"point\","
                + " ...}), found a number.", invalid("{'kind': 'plot', 'layers': [{'geom': {'name': 3}}]}"));
        assertEquals("Invalid figure spec: scales[0] needs an \"aesthetic\" such as \"x\", found a number.",
                invalid("{'kind': 'plot', 'scales': [{'aesthetic': 1}]}"));
        assertEquals("Invalid figure spec: data column 'x' must be a list of values, found a number.",
                invalid("{'kind': 'plot', 'data': {'x': 1}}"));
        assertEquals("Invalid figure spec: data: column 'y' has 2 values but 'x' has 3; all columns must have the "
                + "same length.", invalid("{'kind': 'plot', 'data': {'x': [1, 2, 3], 'y': [1, 2]}}"));
        assertEquals("Invalid figure spec: 'layers[0].data' must be an object, found a list.",
                invalid("{'kind': 'plot', 'layers': [{'geom': 'point', 'data': []}]}"));
        assertEquals("Invalid figure spec: 'ggtitle.text' must be a string, found a number.",
                invalid("{'kind': 'plot', 'ggtitle': {'text': 5}}"));
        assertEquals("Invalid figure spec: 'ggsize.width' must be a number, found a string.",
                invalid("{'kind': 'plot', 'ggsize': {'width': 'wide', 'height': 5}}"));
        assertEquals("Invalid figure spec: 'ggsize.height' must be between 1 and 10000 CSS pixels, got 0.",
                invalid("{'kind': 'plot', 'ggsize': {'width': 5, 'height': 0}}"));
        assertEquals("aesthetic color refers to column 'grp', which is not in the data; columns: x",
                invalid("{'kind': 'plot', 'data': {'x': [1]}, 'layers': [{'geom': 'point',"
                        + " 'mapping': {'x': 'x', 'color': 'grp'}}]}"));
    }

    @Test
    void mapInputMustHoldSpecValues() {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("kind", "plot");
        spec.put("theme", Map.of("text", new Object()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Figure.fromSpec(spec));
        assertEquals("theme.text has a value of type java.lang.Object, which a figure spec cannot hold; use a string,"
                + " number, boolean, list, map or null.", e.getMessage());
    }
}
