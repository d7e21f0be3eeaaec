package io.easel.plot;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ImmutabilityTest {

    private static final Data DATA = Data.of("x", new double[]{1, 2}, "y", new double[]{3, 4},
            "g", new String[]{"a", "b"});

    @Test
    void everyFigureMethodReturnsANewFigureAndLeavesTheOldOne() {
        Figure original = Figure.of(DATA, Aes.x("x"), Aes.y("y")).add(Geom.point());
        String before = original.toJson();
        Map<String, UnaryOperator<Figure>> changes = new LinkedHashMap<>();
        changes.put("title", f -> f.title("T"));
        changes.put("subtitle", f -> f.subtitle("S"));
        changes.put("caption", f -> f.caption("C"));
        changes.put("xlab", f -> f.xlab("X"));
        changes.put("ylab", f -> f.ylab("Y"));
        changes.put("label", f -> f.label("color", "G"));
        changes.put("labels", f -> f.labels(Map.of("x", "X")));
        changes.put("size", f -> f.size(300, 200));
        changes.put("theme", f -> f.theme(Theme.bw()));
        changes.put("flip", Figure::flip);
        changes.put("fixedRatio", f -> f.fixedRatio(1));
        changes.put("facetWrap", f -> f.facetWrap("g"));
        changes.put("facetWrap ncol", f -> f.facetWrap("g", 2));
        changes.put("facetGrid", f -> f.facetGrid("g", null));
        changes.put("facet", f -> f.facet(Facet.wrap("g")));
        changes.put("add", f -> f.add(Geom.line()));
        changes.put("layer", f -> f.layer(Geom.line()));
        changes.put("aes", f -> f.aes(Aes.color("g")));
        changes.put("data", f -> f.data(DATA.with("z", new double[2])));
        changes.put("scale", f -> f.scale(Scale.xLog10()));
        changes.put("xlim", f -> f.xlim(0, 1));
        changes.put("ylim", f -> f.ylim(0, 1));
        changes.put("logX", Figure::logX);
        changes.put("logY", Figure::logY);
        changes.forEach((name, change) -> {
            Figure changed = change.apply(original);
            assertNotSame(original, changed, name);
            assertNotEquals(original, changed, name);
            assertNotEquals(before, changed.toJson(), name);
            assertEquals(before, original.toJson(), name + " changed the original");
        });
    }

    @Test
    void equalFiguresAreEqualValues() {
        Figure a = Figure.of(DATA, Aes.x("x"), Aes.y("y")).add(Geom.point().size(2)).title("T");
        Figure b = Figure.of(Data.of("x", new double[]{1, 2}, "y", new double[]{3, 4}, "g", List.of("a", "b")),
                Aes.x("x"), Aes.y("y")).add(Geom.point().size(2)).title("T");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, b.title("U"));
    }

    @Test
    void theSpecIsAFreshCopyEveryTime() {
        Figure figure = Figure.of(DATA, Aes.x("x"), Aes.y("y")).add(Geom.point().param("tooltips",
                Map.of("lines", List.of("@x")))).theme(Theme.custom().textSize(9));
        String before = figure.toJson();
        Map<String, Object> spec = figure.toSpec();
        Map<?, ?> data = (Map<?, ?>) spec.get("data");
        ((double[]) data.get("x"))[0] = 100;
        @SuppressWarnings("unchecked")
        List<String> groups = (List<String>) data.get("g");
        groups.set(0, "changed");
        @SuppressWarnings("unchecked")
        Map<String, Object> layer = ((List<Map<String, Object>>) spec.get("layers")).get(0);
        @SuppressWarnings("unchecked")
        List<Object> lines = (List<Object>) ((Map<String, Object>) layer.get("tooltips")).get("lines");
        lines.add("@y");
        layer.put("geom", "line");
        @SuppressWarnings("unchecked")
        Map<String, Object> text = (Map<String, Object>) ((Map<String, Object>) spec.get("theme")).get("text");
        text.put("size", 50);
        spec.put("ggsize", Map.of());
        assertEquals(before, figure.toJson());
    }

    @Test
    void valuesHandedInAreCopied() {
        List<Object> lines = new ArrayList<>(List.of("@x"));
        Layer layer = Geom.point().param("tooltips", Map.of("lines", lines));
        lines.add("@y");
        assertEquals(Map.of("lines", List.of("@x")), layer.options().get("tooltips"));
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("kind", "plot");
        List<Object> layers = new ArrayList<>();
        layers.add(new LinkedHashMap<>(Map.of("geom", "point")));
        spec.put("layers", layers);
        Figure imported = Figure.fromSpec(spec);
        layers.clear();
        spec.put("kind", "subplots");
        assertEquals(List.of("point"), imported.layers().stream().map(Layer::geom).toList());
    }

    @Test
    void accessorsCannotChangeTheFigure() {
        Figure figure = Figure.of(DATA, Aes.x("x"), Aes.y("y")).add(Geom.point().param("labels",
                Map.of("lines", List.of("@x"))));
        assertThrows(UnsupportedOperationException.class, () -> figure.layers().add(Geom.line()));
        Layer layer = figure.layers().get(0);
        assertThrows(UnsupportedOperationException.class, () -> layer.options().put("size", 3));
        assertThrows(UnsupportedOperationException.class, () -> layer.mapping().put("x", "y"));
        @SuppressWarnings("unchecked")
        List<Object> lines = (List<Object>) ((Map<String, Object>) layer.options().get("labels")).get("lines");
        assertThrows(UnsupportedOperationException.class, () -> lines.add("@y"));
        assertThrows(UnsupportedOperationException.class, () -> Theme.bw().options().put("name", "x"));
        assertThrows(UnsupportedOperationException.class, () -> Scale.x().options().put("name", "x"));
        assertThrows(UnsupportedOperationException.class, () -> Facet.wrap("g").options().put("ncol", 2));
    }

    @Test
    void partsReturnNewPartsToo() {
        Layer layer = Geom.point();
        Layer sized = layer.size(3).aes(Aes.x("x")).data(DATA);
        assertEquals(Map.of(), layer.options());
        assertEquals(Map.of(), layer.mapping());
        assertEquals(java.util.Optional.empty(), layer.data());
        assertEquals(Map.of("size", 3.0), sized.options());
        Scale scale = Scale.x();
        scale.name("X").limits(1, 2);
        assertEquals(Map.of(), scale.options());
        Theme theme = Theme.minimal();
        theme.textSize(3);
        assertEquals(Map.of("name", "minimal"), theme.options());
        Facet facet = Facet.wrap("g");
        facet.ncol(2);
        assertEquals(4, facet.options().size());
    }
}
