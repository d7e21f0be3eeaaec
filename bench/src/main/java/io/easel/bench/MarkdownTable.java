package io.easel.bench;

import java.util.ArrayList;
import java.util.List;

/** A table printed as GitHub Markdown. */
final class MarkdownTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    MarkdownTable(String... header) {
        this.header = List.of(header);
    }

    MarkdownTable row(String... cells) {
        rows.add(List.of(cells));
        return this;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        line(text, header);
        text.append('|');
        for (int i = 0; i < header.size(); i++) {
            // text columns left, number columns right
            text.append(i == 0 || header.get(i).equals("notes") ? "---|" : "---:|");
        }
        text.append('\n');
        for (List<String> row : rows) {
            line(text, row);
        }
        return text.toString();
    }

    private static void line(StringBuilder text, List<String> cells) {
        text.append('|');
        for (String cell : cells) {
            text.append(' ').append(cell).append(" |");
        }
        text.append('\n');
    }
}
