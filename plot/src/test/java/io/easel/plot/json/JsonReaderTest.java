package io.easel.plot.json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonReaderTest {

    @Test
    void readsObjectsInKeyOrderWithEveryValueType() {
        Object parsed = Json.parse("{\"b\": [1, 2.5, -3e2, true, false, null], \"a\": {\"s\": \"t\"}, \"c\": {}}");
        Map<?, ?> map = assertInstanceOf(Map.class, parsed);
        assertEquals(List.of("b", "a", "c"), List.copyOf(map.keySet()));
        assertEquals(Arrays.asList(1, 2.5, -300.0, true, false, null), map.get("b"));
        assertEquals(Map.of("s", "t"), map.get("a"));
        assertEquals(Map.of(), map.get("c"));
    }

    @Test
    void wholeNumbersBecomeIntegerOrLongAndOthersDouble() {
        assertEquals(7, Json.parse("7"));
        assertEquals(-2147483648, Json.parse("-2147483648"));
        assertEquals(2147483648L, Json.parse("2147483648"));
        assertEquals(1704067200000L, Json.parse("1704067200000"));
        assertEquals(3.0, Json.parse("3.0"));
        assertEquals(1e300, Json.parse("1e300"));
        assertEquals(1.0E19, Json.parse("10000000000000000000"));
        assertEquals(0.5, Json.parse("5E-1"));
    }

    @Test
    void decodesEscapesAndKeepsUnicode() {
        assertEquals("q\" b\\ s/ \b\f\n\r\t é ☃ 😀", Json.parse("\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u00e9 ☃ \\ud83d\\ude00\""));
    }

    @Test
    void allowsWhitespaceAroundEverything() {
        assertEquals(List.of(1, 2), Json.parse(" \t\r\n[ 1 ,\n 2 ] \n"));
    }

    @Test
    void reportsLineAndColumnAsTheBriefShows() {
        String text = "{\n  \"kind\": \"plot\",\n  \"layers\": [] \"x\"\n}";
        JsonParseException e = assertThrows(JsonParseException.class, () -> Json.parse(text, "figure spec JSON"));
        assertEquals("Invalid figure spec JSON at line 3, column 16: expected ',' or '}'", e.getMessage());
        assertEquals(3, e.line());
        assertEquals(16, e.column());
        assertEquals("expected ',' or '}'", e.problem());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "[1 2]|1|4|expected ',' or ']'",
            "{\"a\" 1}|1|6|expected ':' after the key 'a'",
            "{\"a\": 1,}|1|9|expected a key after ','; trailing commas are not allowed in JSON",
            "[1,]|1|4|expected a value after ','; trailing commas are not allowed in JSON",
            "{a: 1}|1|2|expected '\"' to start a key, or '}'",
            "{'a': 1}|1|2|expected '\"' to start a key, or '}'",
            "['a']|1|2|single quotes are not valid JSON; use double quotes",
            "[NaN]|1|2|NaN and Infinity are not valid JSON; write null for a missing number",
            "// c\\n1|1|1|comments are not allowed in JSON",
            "[01]|1|2|numbers must not have leading zeros",
            "[1.]|1|2|a number needs digits after the decimal point",
            "[1e]|1|2|a number needs digits in its exponent",
            "[-]|1|2|a number needs digits after '-'",
            "[tru]|1|2|unexpected character 't'; expected a value (object, array, string, number, true, false or null)",
            "{\"a\": 1, \"a\": 2}|1|10|duplicate key 'a'",
            "[1] 2|1|5|unexpected character '2' after the end of the JSON value",
            "\"ab|1|1|this string is never closed (missing '\"')",
            "\"a\\x\"|1|3|invalid escape sequence '\\x'",
            "\"\\u12g4\"|1|2|\\u must be followed by four hex digits",
            "[1,|1|4|unexpected end of input; expected a value",
            "{\"a\": [1,\\n 2|2|3|unexpected end of input; expected ',' or ']'",
            "|1|1|the text is empty; expected a JSON value",
    })
    void rejectsMalformedTextWithItsPosition(String text, int line, int column, String problem) {
        String input = text == null ? "" : text.replace("\\n", "\n");
        JsonParseException e = assertThrows(JsonParseException.class, () -> Json.parse(input));
        assertEquals(problem, e.problem(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.getMessage().startsWith("Invalid JSON at line " + line + ", column " + column + ": "));
    }

    @Test
    void rejectsRawControlCharactersInStrings() {
        JsonParseException e = assertThrows(JsonParseException.class, () -> Json.parse("\"a\nb\""));
        assertEquals("control character U+000A inside a string; escape it (e.g. \\n for a line break)", e.problem());
        assertEquals(1, e.line());
        assertEquals(3, e.column());
    }

    @Test
    void refusesNestingBeyondTheLimitInsteadOfOverflowingTheStack() {
        String deep = "[".repeat(Json.MAX_DEPTH + 1) + "]".repeat(Json.MAX_DEPTH + 1);
        JsonParseException e = assertThrows(JsonParseException.class, () -> Json.parse(deep));
        assertEquals("nesting deeper than " + Json.MAX_DEPTH + " levels", e.problem());
        String allowed = "[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH);
        assertInstanceOf(List.class, Json.parse(allowed));
    }

    @Test
    void readsNullAtTheTopLevel() {
        assertNull(Json.parse("null"));
    }
}
