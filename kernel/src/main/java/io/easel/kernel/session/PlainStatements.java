package io.easel.kernel.session;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells, from its first tokens, whether a snippet is a plain statement that can run inside a block together with its
 * neighbours: a loop, an {@code if}, an assignment, a method call. Each snippet costs JShell a compilation of its
 * own (tens of milliseconds); a run of statements evaluated as one block costs one. Declarations are never plain:
 * inside a block they would stop being the session's.
 *
 * <p>The test is deliberately narrow: what it lets through is a statement in any context, and if the block does not
 * compile after all, the kernel evaluates its snippets one by one, so a wrong guess costs time, never meaning.
 */
final class PlainStatements {

    private static final Set<String> STATEMENT_KEYWORDS = Set.of("if", "for", "while", "do", "switch", "try",
            "synchronized", "throw", "assert");

    /** A name chain ("a", "this.a", "a.b[2].c") followed by an assignment, ++/--, or a call ("f(", "a.b.f("). */
    private static final Pattern EXPRESSION_STATEMENT = Pattern.compile(
            "^(?:this\\.)?[\\p{L}_$][\\p{L}\\p{N}_$]*(?:\\s*(?:\\.\\s*[\\p{L}_$][\\p{L}\\p{N}_$]*|\\[[^\\[\\]]*\\]))*"
                    + "\\s*(?:[-+*/%&|^]?=(?!=)|<<=|>>>?=|\\+\\+|--|\\()");
    private static final Pattern PREFIX_INCREMENT = Pattern.compile("^(?:\\+\\+|--)\\s*[\\p{L}_$]");
    private static final Pattern FIRST_WORD = Pattern.compile("^([\\p{L}_$][\\p{L}\\p{N}_$]*)");

    private PlainStatements() {
    }

    /** @param source a snippet's source, as {@link CellSplitter} found it */
    static boolean isPlain(String source) {
        String s = source.strip();
        if (s.isEmpty() || !s.endsWith(";") && !s.endsWith("}")) {
            return false;
        }
        var word = FIRST_WORD.matcher(s);
        if (word.find() && STATEMENT_KEYWORDS.contains(word.group(1))) {
            return true;
        }
        if (s.startsWith("{")) {
            return true;
        }
        return PREFIX_INCREMENT.matcher(s).find() || EXPRESSION_STATEMENT.matcher(s).find();
    }

    /** A plain statement whose value a cell could show (a call that returns something): kept apart at a cell's end. */
    static boolean mayHaveValue(String source) {
        var word = FIRST_WORD.matcher(source.strip());
        return !(word.find() && STATEMENT_KEYWORDS.contains(word.group(1))) && !source.strip().startsWith("{");
    }
}
