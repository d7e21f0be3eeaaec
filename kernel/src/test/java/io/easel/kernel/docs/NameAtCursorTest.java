package io.easel.kernel.docs;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NameAtCursorTest {

    private static Optional<NameAtCursor> at(String marked) {
        int cursor = marked.indexOf('|');
        return NameAtCursor.find(marked.replace("|", ""), cursor);
    }

    @Test
    void cursorInsideOrRightAfterAName() {
        assertEquals(Optional.of(new NameAtCursor("Plot", "line")), at("Plot.li|ne(x, y)"));
        assertEquals(Optional.of(new NameAtCursor("Plot", "line")), at("Plot.line|"));
        assertEquals(Optional.of(new NameAtCursor("Plot", "line")), at("Plot.|line"));
        assertEquals(Optional.of(new NameAtCursor(null, "display")), at("display|"));
        assertEquals(Optional.of(new NameAtCursor("fig", "save")), at("var p = fig . save|"));
    }

    @Test
    void qualifiersMayBeCallsAndPackages() {
        assertEquals(Optional.of(new NameAtCursor("Plot.line(x, y)", "title")), at("Plot.line(x, y).title|"));
        assertEquals(Optional.of(new NameAtCursor("io.easel.plot", "Plot")), at("io.easel.plot.Plot|"));
        assertEquals(Optional.of(new NameAtCursor("a[0]", "save")), at("a[0].save|"));
    }

    @Test
    void amongACallsArgumentsTheCalledName() {
        assertEquals(Optional.of(new NameAtCursor("Live", "show")), at("Live.show(fig, |"));
        assertEquals(Optional.of(new NameAtCursor("Live", "show")), at("Live.show(f(\"(\"), |"));
        assertEquals(Optional.of(new NameAtCursor(null, "display")), at("display( | )"));
    }

    @Test
    void nothingToNameGivesNothing() {
        assertEquals(Optional.empty(), at("1 + |"));
        assertEquals(Optional.empty(), at("x = 12|"));
        assertEquals(Optional.empty(), at("(1 + |"));
        assertEquals(Optional.empty(), at("|"));
    }
}
