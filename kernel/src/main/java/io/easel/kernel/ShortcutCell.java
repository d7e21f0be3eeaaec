package io.easel.kernel;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The IPython conventions a cell may use instead of Java: {@code name?} (and {@code name??}) for documentation in
 * the pager, and {@code exit} / {@code quit} to end a console.
 *
 * @param kind   what the cell asks for
 * @param target the name to document, for {@link Kind#HELP}
 */
record ShortcutCell(Kind kind, String target) {

    enum Kind { HELP, MORE_HELP, EXIT }

    /** A dotted name, optionally with a call's parentheses: {@code Math.max}, {@code fig.title}, {@code String}. */
    private static final Pattern HELP = Pattern.compile("\\s*([\\p{L}_$][\\p{L}\\p{N}_$]*(?:\\s*\\.\\s*[\\p{L}_$][\\p{L}\\p{N}_$]*)*)"
            + "\\s*(?:\\(\\s*\\))?\\s*(\\?\\??)\\s*");
    private static final Set<String> EXIT = Set.of("exit", "quit", "exit()", "quit()");

    static Optional<ShortcutCell> of(String cell) {
        String code = cell.strip();
        if (EXIT.contains(code)) {
            return Optional.of(new ShortcutCell(Kind.EXIT, null));
        }
        Matcher m = HELP.matcher(code);
        if (m.matches()) {
            String name = m.group(1).replaceAll("\\s+", "");
            return Optional.of(new ShortcutCell(m.group(2).length() == 2 ? Kind.MORE_HELP : Kind.HELP, name));
        }
        return Optional.empty();
    }
}
