package io.easel.kernel.cell;

import java.util.List;

/** A piece of a cell: Java code, or a magic. Line numbers are 1-based lines of the cell. */
public sealed interface CellPart {

    record Code(String code, int firstLine) implements CellPart {
    }

    /** {@code %name args}; {@code rawArgs} keeps the text after the name as written (quotes included). */
    record LineMagic(String name, List<String> args, String rawArgs, int line) implements CellPart {
    }

    /** {@code %%name args} on the first line; the rest of the cell is the body. */
    record CellMagic(String name, List<String> args, String rawArgs, String body, int bodyFirstLine) implements CellPart {
    }
}
