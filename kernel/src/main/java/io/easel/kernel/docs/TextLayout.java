package io.easel.kernel.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain text built from flowing words, paragraphs, list items and preformatted blocks, wrapped at one width.
 *
 * <p>Javadoc's line breaks are those of the source file, not of the reader's screen, so flowing text is re-wrapped;
 * preformatted text ({@code <pre>}) keeps its lines.
 */
final class TextLayout {

    private final int width;
    private final List<String> lines = new ArrayList<>();
    private final StringBuilder words = new StringBuilder();
    private String indent = "";
    private String firstLinePrefix = null;
    private boolean blankLinePending;

    TextLayout(int width) {
        this.width = width;
    }

    /** Flowing text: its whitespace only separates words. */
    TextLayout text(String text) {
        words.append(text);
        return this;
    }

    /** Ends the paragraph, leaving a blank line before the next one. */
    TextLayout paragraph() {
        flushWords();
        blankLinePending = !lines.isEmpty();
        return this;
    }

    /** Ends the line without a blank line after it. */
    TextLayout lineBreak() {
        flushWords();
        return this;
    }

    /** Indents what follows by this much more (a list, the text of a parameter). */
    TextLayout indentBy(String more) {
        flushWords();
        indent = indent + more;
        return this;
    }

    TextLayout outdentBy(String less) {
        flushWords();
        if (indent.endsWith(less)) {
            indent = indent.substring(0, indent.length() - less.length());
        }
        return this;
    }

    /** Starts a list item: its first line begins with the bullet, the others line up after it. */
    TextLayout item(String bullet) {
        flushWords();
        firstLinePrefix = bullet;
        return this;
    }

    /** Lines kept as they are, with their common indentation removed. */
    TextLayout preformatted(String text) {
        flushWords();
        if (text.isBlank()) {
            return this;
        }
        if (!lines.isEmpty()) { // a block of its own, as javadoc shows it
            lines.add("");
        }
        blankLinePending = false;
        for (String line : text.stripIndent().strip().split("\n", -1)) {
            lines.add(line.isBlank() ? "" : indent + "    " + line.stripTrailing());
        }
        blankLinePending = true;
        return this;
    }

    boolean isEmpty() {
        return lines.isEmpty() && words.toString().isBlank();
    }

    @Override
    public String toString() {
        flushWords();
        return String.join("\n", lines).strip();
    }

    private void flushWords() {
        String[] split = words.toString().strip().split("\\s+");
        words.setLength(0);
        if (split.length == 1 && split[0].isEmpty()) {
            return;
        }
        if (blankLinePending) {
            lines.add("");
            blankLinePending = false;
        }
        String first = firstLinePrefix == null ? indent : indent + firstLinePrefix;
        String rest = firstLinePrefix == null ? indent : indent + " ".repeat(firstLinePrefix.length());
        firstLinePrefix = null;
        StringBuilder line = new StringBuilder(first);
        int lineStart = first.length();
        for (String word : split) {
            if (line.length() > lineStart && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line = new StringBuilder(rest);
                lineStart = rest.length();
            } else if (line.length() > lineStart) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
    }
}
