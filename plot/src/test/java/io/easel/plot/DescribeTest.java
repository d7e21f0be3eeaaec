package io.easel.plot;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DescribeTest {

    @Test
    void namesTheGeomAndCountsPointsWithSeparators() {
        assertEquals("Figure: line, 1,000 points", Plot.line(new double[1000], new double[1000]).describe());
        assertEquals("Figure: histogram, 1,234,567 points", Plot.histogram(new double[1_234_567]).describe());
        assertEquals("Figure: point, 1 point", Plot.scatter(new double[1], new double[1]).describe());
    }

    @Test
    void joinsLayersAndQuotesTheTitle() {
        Data data = Data.of("x", new double[1000], "y", new double[1000]);
        Figure figure = Figure.of(data, Aes.x("x"), Aes.y("y")).add(Geom.point()).add(Geom.smooth()).title("Demo");
        assertEquals("Figure: point + smooth, 1,000 points, title \"Demo\"", figure.describe());
        assertEquals(figure.describe(), figure.toString());
    }

    @Test
    void countsTheFigureDataOnceAndEachLayersOwnData() {
        Data shared = Data.of("x", new double[10]);
        Data own = Data.of("x", new double[5]);
        assertEquals("Figure: point + point + line, 15 points", Figure.of(shared)
                .add(Geom.point().aes(Aes.x("x"))).add(Geom.point().aes(Aes.x("x")))
                .add(Geom.line().aes(Aes.x("x")).data(own)).describe());
        assertEquals("Figure: line, 5 points", Figure.of(shared).add(Geom.line().aes(Aes.x("x")).data(own)).describe());
        assertEquals("Figure: no layers, 10 points", Figure.of(shared).describe());
    }
}
