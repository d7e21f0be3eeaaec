package io.easel.kernel.session;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StringConstantCheckTest {

    private static final String BIG = "x".repeat(70_000);
    private static final String HALF = "y".repeat(40_000);

    @Test
    void findsALiteralOverTheLimitAndItsLine() {
        assertEquals(2, StringConstantCheck.firstTooLongConstant("int a = 1;\nString s = \"" + BIG + "\";"));
        assertEquals(1, StringConstantCheck.firstTooLongConstant("String t = \"\"\"\n" + BIG + "\"\"\";"));
    }

    @Test
    void literalsJoinedByPlusAreOneConstantButOtherwiseApart() {
        assertEquals(1, StringConstantCheck.firstTooLongConstant("String s = \"" + HALF + "\" + \"" + HALF + "\";"));
        assertEquals(0, StringConstantCheck.firstTooLongConstant("String s = \"" + HALF + "\" + n + \"" + HALF + "\";"));
        assertEquals(0, StringConstantCheck.firstTooLongConstant("String a = \"" + HALF + "\"; String b = \"" + HALF + "\";"));
    }

    @Test
    void commentsCharactersAndEscapesAreNotMistakenForLiterals() {
        assertEquals(0, StringConstantCheck.firstTooLongConstant("// \"" + BIG + "\n int x = 1;"));
        assertEquals(0, StringConstantCheck.firstTooLongConstant("/* \"" + BIG + "\" */ char q = '\"';"));
        // 20,000 escapes are 20,000 characters, not 120,000
        assertEquals(0, StringConstantCheck.firstTooLongConstant("String s = \"" + "\\u0041".repeat(20_000) + "\";"));
        // three bytes a character in UTF-8: 25,000 of them are over the limit
        assertEquals(1, StringConstantCheck.firstTooLongConstant("String s = \"" + "\u20ac".repeat(25_000) + "\";"));
    }
}
