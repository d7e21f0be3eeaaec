package io.easel.kernel.cell;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits magic arguments into words at blanks, honouring double and single quotes and backslash escapes, like a
 * shell. What the words mean is each magic's: those with options read them with picocli (see {@link MagicUsageError}).
 */
public final class MagicArguments {

    private MagicArguments() {
    }

    public static List<String> split(String text) {
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inToken = false;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && quote != '\'') {
                current.append(text.charAt(++i));
                inToken = true;
            } else if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    current.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inToken = true;
            } else if (Character.isWhitespace(c)) {
                if (inToken) {
                    args.add(current.toString());
                    current.setLength(0);
                    inToken = false;
                }
            } else {
                current.append(c);
                inToken = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("Unclosed " + quote + " in magic arguments: " + text);
        }
        if (inToken) {
            args.add(current.toString());
        }
        return args;
    }
}
