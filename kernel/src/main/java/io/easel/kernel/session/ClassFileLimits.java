package io.easel.kernel.session;

import java.util.ArrayList;
import java.util.List;

/**
 * Adds what to do to the compile errors of Java's class-file limits, which a cell reaches with a large literal. The
 * compiler names the limit but not the way around it.
 */
final class ClassFileLimits {

    private ClassFileLimits() {
    }

    static CellError explain(CellError error) {
        String text = error.errorValue() + "\n" + String.join("\n", error.traceback());
        String hint = null;
        if (text.contains("constant string too long") || text.contains("too long for the constant pool")) {
            hint = "A string literal holds at most 65,535 bytes of UTF-8 in a class file. Read long text from a file "
                    + "(Files.readString(Path.of(...))) or build it at run time (\"x\".repeat(n), a StringBuilder).";
        } else if (text.contains("code too large")) {
            hint = "The code of one method or initialiser is limited to 64 KB of bytecode, which a large array "
                    + "literal exceeds. Load large data from a file, or fill the array in a loop.";
        } else if (text.contains("too many constants")) {
            hint = "A class file holds at most 65,535 constants. Load large data from a file instead of writing it "
                    + "into the cell.";
        }
        if (hint == null) {
            return error;
        }
        List<String> traceback = new ArrayList<>(error.traceback());
        traceback.add(hint);
        return new CellError(error.errorName(), error.errorValue() + ". " + hint, traceback);
    }
}
