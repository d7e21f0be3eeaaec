package io.easel.kernel.cell;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a cell into code and magics. A line magic is a line whose first non-blank character is {@code %} followed
 * by a name: no Java statement starts that way. A cell magic is {@code %%name} on the cell's first line.
 */
public final class CellParser {

    private static final Pattern LINE_MAGIC = Pattern.compile("^\\s*%(?!%)([A-Za-z_][\\w.-]*)(.*)$");
    private static final Pattern CELL_MAGIC = Pattern.compile("^\\s*%%([A-Za-z_][\\w.-]*)(.*)$");

    private CellParser() {
    }

    public static List<CellPart> parse(String cell) {
        String[] lines = cell.split("\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first < lines.length) {
            Matcher cellMagic = CELL_MAGIC.matcher(lines[first]);
            if (cellMagic.matches()) {
                String body = String.join("\n", java.util.Arrays.copyOfRange(lines, first + 1, lines.length));
                String raw = cellMagic.group(2).trim();
                return List.of(new CellPart.CellMagic(cellMagic.group(1), MagicArguments.split(raw), raw, body, first + 2));
            }
        }

        List<CellPart> parts = new ArrayList<>();
        StringBuilder code = new StringBuilder();
        int codeStart = 1;
        for (int i = 0; i < lines.length; i++) {
            Matcher lineMagic = LINE_MAGIC.matcher(lines[i]);
            if (lineMagic.matches()) {
                addCode(parts, code, codeStart);
                String raw = lineMagic.group(2).trim();
                parts.add(new CellPart.LineMagic(lineMagic.group(1), MagicArguments.split(raw), raw, i + 1));
                code.setLength(0);
                codeStart = i + 2;
            } else {
                code.append(lines[i]);
                if (i < lines.length - 1) {
                    code.append('\n');
                }
            }
        }
        addCode(parts, code, codeStart);
        return parts;
    }

    private static void addCode(List<CellPart> parts, StringBuilder code, int firstLine) {
        if (!code.toString().isBlank()) {
            parts.add(new CellPart.Code(code.toString(), firstLine));
        }
    }

    /** The cell with every magic line blanked out, keeping offsets, for code analysis of the Java parts alone. */
    public static String javaOnly(String cell) {
        String[] lines = cell.split("\n", -1);
        StringBuilder out = new StringBuilder(cell.length());
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean magic = LINE_MAGIC.matcher(line).matches() || CELL_MAGIC.matcher(line).matches();
            out.append(magic ? " ".repeat(line.length()) : line);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    public static boolean isCellMagic(String cell) {
        return cell.lines().filter(l -> !l.isBlank()).findFirst().map(l -> CELL_MAGIC.matcher(l).matches()).orElse(false);
    }
}
