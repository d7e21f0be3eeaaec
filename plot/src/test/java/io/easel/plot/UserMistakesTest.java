package io.easel.plot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every mistake a user can make while building a figure fails there, with a message naming what is wrong. */
class UserMistakesTest {

    private static final Data DATA = Data.of("x", new double[]{1, 2}, "y", new double[]{3, 4},
            "g", new String[]{"a", "b"});

    private static String message(Executable mistake) {
        return assertThrows(IllegalArgumentException.class, mistake).getMessage();
    }

    @Test
    void anAestheticNamingAMissingColumnListsTheColumns() {
        assertEquals("aesthetic color refers to column 'grp', which is not in the data; columns: x, y, g",
                message(() -> Figure.of(DATA).add(Geom.point().aes(Aes.x("x"), Aes.y("y"), Aes.color("grp")))));
        assertEquals("aesthetic y refers to column 'v', which is not in the data; columns: x, y, g",
                message(() -> Figure.of(DATA, Aes.y("v")).add(Geom.point().aes(Aes.x("x")))));
        assertEquals("aesthetic y refers to column 'v', which is not in the data; columns: x, y, g",
                message(() -> Figure.of(DATA).aes(Aes.y("v"))));
    }

    @Test
    void layerDataAreCheckedOnTheirOwn() {
        Layer own = Geom.line().aes(Aes.x("t"), Aes.y("y")).data(Data.of("t", new double[]{1}, "v", new double[]{2}));
        assertEquals("aesthetic y refers to column 'y', which is not in the line layer's data; columns: t, v",
                message(() -> Figure.of(DATA).add(own)));
    }

    @Test
    void aLayersOwnMappingReplacesTheInheritedOneBeforeChecking() {
        Data other = Data.of("t", new double[]{1}, "v", new double[]{2});
        Figure figure = Figure.of(DATA, Aes.x("x"), Aes.y("y"))
                .add(Geom.point().aes(Aes.x("t"), Aes.y("v")).data(other));
        assertEquals(Map.of("x", "t", "y", "v"), figure.layers().get(0).mapping());
        assertEquals("aesthetic y refers to column 'y', which is not in the point layer's data; columns: t, v",
                message(() -> Figure.of(DATA, Aes.x("x"), Aes.y("y"))
                        .add(Geom.point().aes(Aes.x("t")).data(other))));
    }

    @Test
    void mappingsWithoutAnyDataSayWhereDataGo() {
        assertEquals("aesthetic x refers to column 'x', but the point layer has no data; give the figure data with "
                        + "Figure.of(Data.of(...)) or the layer its own with layer.data(...).",
                message(() -> Figure.of().add(Geom.point().aes(Aes.x("x")))));
    }

    @Test
    void replacingTheDataChecksTheLayersAgain() {
        Figure figure = Figure.of(DATA).add(Geom.point().aes(Aes.x("x"), Aes.y("y")));
        assertEquals("aesthetic y refers to column 'y', which is not in the data; columns: x",
                message(() -> figure.data(Data.of("x", new double[]{1}))));
    }

    @Test
    void facetsMustNameAColumnSomeLayerHas() {
        Figure figure = Figure.of(DATA).add(Geom.point().aes(Aes.x("x"), Aes.y("y")));
        assertEquals("facet refers to column 'h', which is not in the data; columns: x, y, g",
                message(() -> figure.facetWrap("h")));
        assertEquals("facet refers to column 'h', which is not in the data; columns: x, y, g",
                message(() -> figure.facetGrid("g", "h")));
        assertEquals("facet refers to column 'h', which is not in the data; columns: x, y, g",
                message(() -> Figure.of(DATA).facetWrap("h")));
        assertEquals("Facet.wrap needs at least one column name.", message(Facet::wrap));
        assertEquals("Facet.grid needs a column to split by, across or down (or both).",
                message(() -> Facet.grid(null, null)));
        assertEquals("ncol applies to Facet.wrap, not to a grid.", message(() -> Facet.grid("g", null).ncol(2)));
        assertEquals("nrow must be at least 1, got 0.", message(() -> Facet.wrap("g").nrow(0)));
        assertEquals("Facet scales must be fixed, free, free_x or free_y, got 'loose'.",
                message(() -> Facet.wrap("g").scales("loose")));
        assertEquals("A facet column name must not be null or blank.", message(() -> Facet.wrap("g", " ")));
    }

    @Test
    void unknownNamesListTheKnownOnes() {
        String aes = message(() -> Aes.of("colr", "g"));
        assertTrue(aes.startsWith("Unknown aesthetic 'colr'; known aesthetics: alpha, angle, binwidth, color,"), aes);
        assertEquals("color", Aes.of("Colour", "g").aesthetic());
        assertEquals("color", Aes.of("col", "g").aesthetic());
        assertEquals("Aesthetic x needs a column name, got null.", message(() -> Aes.x(null)));
        assertEquals("Aesthetic x needs a column name, got a blank name.", message(() -> Aes.x(" ")));
        String geom = message(() -> Geom.of("scater"));
        assertTrue(geom.startsWith("Unknown geom 'scater'; known geoms: abline, area, area_ridges, bar,"), geom);
        String flavor = message(() -> Theme.minimal().flavor("dracula"));
        assertEquals("Unknown theme flavor 'dracula'; known flavors: darcula, high_contrast_dark, high_contrast_light,"
                + " solarized_dark, solarized_light.", flavor);
        assertEquals("Legend position must be one of left, right, top, bottom or none, got 'middle'; use "
                + "legendPosition(x, y) to place it inside the plot.", message(() -> Theme.bw().legendPosition("middle")));
    }

    @Test
    void coloursLetsPlotCannotReadAreRefusedWithTheFormsThatWork() {
        String threeDigits = message(() -> Geom.col().fill("#ccc"));
        assertTrue(threeDigits.startsWith("Unknown colour '#ccc' for fill (hex colours need exactly six digits, "
                + "e.g. #cccccc); use #rrggbb (e.g. #1f77b4), rgb(31, 119, 180), or one of the names: black, blue,"),
                threeDigits);
        assertTrue(message(() -> Geom.point().color("steelblue")).startsWith("Unknown colour 'steelblue' for color;"));
        assertTrue(message(() -> Scale.colorManual("red", "purple")).startsWith("Unknown colour 'purple' for a manual"));
        assertTrue(message(() -> Scale.fillGradient("white", "navy")).startsWith("Unknown colour 'navy' for high;"));
        assertEquals("color needs a colour, got null.", message(() -> Geom.point().color(null)));
        for (String fine : List.of("red", "#A1b2C3", "rgb(1, 2, 3)", "rgba(1,2,3,0.5)", "light_gray", "light-grey",
                "lightgray", "Dark_Green", "very_light_yellow", "pen", "paper")) {
            assertEquals(fine, Geom.point().color(fine).options().get("color"));
        }
        assertEquals("Give one or more colours and no nulls, e.g. colorManual(\"#1b9e77\", \"#d95f02\").",
                message(Scale::colorManual));
    }

    @Test
    void settingsOutOfRangeSayWhatIsAllowed() {
        assertEquals("alpha must be between 0 and 1, got 1.5.", message(() -> Geom.point().alpha(1.5)));
        assertEquals("shape must be between 0 and 25, got 26.", message(() -> Geom.point().shape(26)));
        assertEquals("size must be a number of at least 0, got -1.0.", message(() -> Geom.point().size(-1)));
        assertEquals("width must be a number of at least 0, got NaN.", message(() -> Geom.col().width(Double.NaN)));
        assertEquals("bins must be at least 1, got 0.", message(() -> Geom.histogram().bins(0)));
        assertEquals("binwidth must be a positive number, got 0.0.", message(() -> Geom.histogram().binwidth(0)));
        assertEquals("stat must not be null or blank.", message(() -> Geom.point().stat("")));
        assertEquals("'mapping' is not a parameter; use Geom.of(...), aes(...) or data(...).",
                message(() -> Geom.point().param("mapping", Map.of())));
        assertEquals("Figure width must be between 1 and 10000 CSS pixels, got 0.0.",
                message(() -> Figure.of().size(0, 400)));
        assertEquals("Figure height must be between 1 and 10000 CSS pixels, got 20000.0.",
                message(() -> Figure.of().size(400, 20_000)));
        assertEquals("Scale limits need min < max, got 5.0 and 1.0.", message(() -> Figure.of().xlim(5, 1)));
        assertEquals("The aspect ratio must be a positive number, got -2.0.", message(() -> Figure.of().fixedRatio(-2)));
        assertEquals("text size must be a positive number, got 0.0.", message(() -> Theme.custom().textSize(0)));
        assertEquals("Legend coordinates must be between 0 and 1, got (2.0, 0.5).",
                message(() -> Theme.custom().legendPosition(2, 0.5)));
        assertEquals("A scale option needs a name other than 'aesthetic', got 'aesthetic'.",
                message(() -> Scale.x().option("aesthetic", "y")));
    }

    @Test
    void parametersMustBeValuesASpecCanHold() {
        assertEquals("layer parameter 'when' has a value of type java.lang.Thread, which a figure spec cannot hold; "
                        + "use a string, number, boolean, list, map or null.",
                message(() -> Geom.point().param("when", Thread.currentThread())));
        assertEquals("theme option 'text' has a key of type java.lang.Integer; figure spec keys must be strings.",
                message(() -> Theme.custom().option("text", Map.of(1, 2))));
    }
}
