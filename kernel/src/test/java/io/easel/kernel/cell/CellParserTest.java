package io.easel.kernel.cell;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CellParserTest {

    @Test
    void splitsCodeAroundLineMagicsKeepingLineNumbers() {
        List<CellPart> parts = CellParser.parse("int a = 1;\n%classpath lib/*.jar \"my dir\"\nint b = 2;\nint c = 3;");
        assertEquals(3, parts.size());
        assertEquals(new CellPart.Code("int a = 1;\n", 1), parts.get(0));
        CellPart.LineMagic magic = assertInstanceOf(CellPart.LineMagic.class, parts.get(1));
        assertEquals("classpath", magic.name());
        assertEquals(List.of("lib/*.jar", "my dir"), magic.args());
        assertEquals("lib/*.jar \"my dir\"", magic.rawArgs());
        assertEquals(2, magic.line());
        assertEquals(new CellPart.Code("int b = 2;\nint c = 3;", 3), parts.get(2));
    }

    @Test
    void cellMagicTakesTheRestOfTheCellAsBody() {
        List<CellPart> parts = CellParser.parse("\n%%time --quiet\nint x = 1;\nx");
        CellPart.CellMagic magic = assertInstanceOf(CellPart.CellMagic.class, parts.get(0));
        assertEquals("time", magic.name());
        assertEquals(List.of("--quiet"), magic.args());
        assertEquals("int x = 1;\nx", magic.body());
        assertEquals(3, magic.bodyFirstLine());
    }

    @Test
    void moduloAtLineStartWithoutANameIsCode() {
        List<CellPart> parts = CellParser.parse("int m = 10\n % 3;");
        assertEquals(1, parts.size());
        assertInstanceOf(CellPart.Code.class, parts.get(0));
    }

    @Test
    void javaOnlyBlanksMagicsButKeepsOffsets() {
        String cell = "%time x\nint y = 1;";
        String java = CellParser.javaOnly(cell);
        assertEquals(cell.length(), java.length());
        assertEquals("       \nint y = 1;", java);
        assertTrue(CellParser.isCellMagic("\n%%time\n1"));
        assertFalse(CellParser.isCellMagic("%time 1"));
    }

    @Test
    void argumentsHonourQuotesAndEscapes() {
        assertEquals(List.of("a b", "c", "d'e", "f\"g"), MagicArguments.split(" \"a b\"  c \"d'e\" f\\\"g "));
        assertEquals(List.of("single quoted", ""), MagicArguments.split("'single quoted' ''"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MagicArguments.split("\"open"));
        assertTrue(e.getMessage().contains("Unclosed"));
    }
}
