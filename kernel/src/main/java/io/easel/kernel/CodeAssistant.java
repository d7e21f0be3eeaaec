package io.easel.kernel;

import io.easel.kernel.cell.CellParser;
import io.easel.kernel.docs.DocLibrary;
import io.easel.kernel.docs.RenderedPage;
import io.easel.kernel.docs.SessionDocs;
import io.easel.kernel.session.JavaSession;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completion, inspection and "is this complete?" for cells, from JShell's source analysis; inspection shows the
 * Javadoc of what has sources at hand (Easel's API, the JDK with its src.zip), see {@link SessionDocs}.
 */
final class CodeAssistant {

    private static final Pattern MAGIC_PREFIX = Pattern.compile("(?m)^\\s*(%%?)(\\w*)$");

    private final JavaSession session;
    private final SessionDocs docs;
    /** JShell looks for Javadoc in the JDK's src.zip only, and costs a second or so doing so under load. */
    private final boolean jshellJavadoc = DocLibrary.jdkSourcesPresent();

    CodeAssistant(JavaSession session, DocLibrary library) {
        this.session = session;
        this.docs = new SessionDocs(library, session::analysis, session::staticImports, session::changes);
    }

    ReplacementOptions complete(String cell, int cursor, MagicsRegistry magics) {
        ReplacementOptions magic = completeMagicName(cell, cursor, magics);
        if (magic != null) {
            return magic;
        }
        String code = CellParser.javaOnly(cell);
        int start = currentSnippetStart(code, cursor);
        int[] anchor = new int[1];
        List<SourceCodeAnalysis.Suggestion> suggestions =
                session.analysis().completionSuggestions(code.substring(start), cursor - start, anchor);
        Set<String> options = new LinkedHashSet<>();
        // type-matching suggestions first: those are what the user most likely wants
        suggestions.stream().filter(SourceCodeAnalysis.Suggestion::matchesType).forEach(s -> options.add(s.continuation()));
        suggestions.forEach(s -> options.add(s.continuation()));
        return new ReplacementOptions(new ArrayList<>(options), start + anchor[0], cursor);
    }

    private static ReplacementOptions completeMagicName(String cell, int cursor, MagicsRegistry magics) {
        int lineStart = cell.lastIndexOf('\n', cursor - 1) + 1;
        Matcher m = MAGIC_PREFIX.matcher(cell.substring(lineStart, cursor));
        if (!m.matches()) {
            return null;
        }
        boolean cellMagic = m.group(1).equals("%%");
        Set<String> names = new TreeSet<>(cellMagic ? magics.getCellMagicNames() : magics.getLineMagicNames());
        List<String> options = new ArrayList<>();
        for (String name : names) {
            if (name.startsWith(m.group(2))) {
                options.add(name);
            }
        }
        return new ReplacementOptions(options, cursor - m.group(2).length(), cursor);
    }

    DisplayData inspect(String cell, int cursor, boolean detail) {
        String code = CellParser.javaOnly(cell);
        int start = currentSnippetStart(code, cursor);
        String snippet = code.substring(start);
        int at = cursor - start;
        Optional<RenderedPage> page = this.docs.describe(snippet, at, detail);
        if (page.isPresent()) {
            DisplayData data = new DisplayData(page.get().text());
            data.putHTML(page.get().html());
            return data;
        }
        List<SourceCodeAnalysis.Documentation> docs = session.analysis().documentation(snippet, at, jshellJavadoc);
        if (docs.isEmpty()) {
            // JShell documents a call from inside its parentheses; people ask with the cursor on the name
            int open = openingParenAfterName(snippet, at);
            if (open >= 0) {
                docs = session.analysis().documentation(snippet, open + 1, jshellJavadoc);
            } else if (at > 0 && at <= snippet.length() && Character.isJavaIdentifierPart(snippet.charAt(at - 1))) {
                // right after a name with no call yet ("Math.max|"): ask as if its parenthesis were typed
                int end = nameEnd(snippet, at);
                String asCall = snippet.substring(0, end) + "(" + snippet.substring(end);
                docs = session.analysis().documentation(asCall, end + 1, jshellJavadoc);
            }
        }
        StringBuilder text = new StringBuilder();
        for (SourceCodeAnalysis.Documentation doc : docs) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(doc.signature());
            if (doc.javadoc() != null && !doc.javadoc().isBlank()) {
                text.append("\n").append(doc.javadoc().strip());
            }
        }
        if (text.length() == 0) {
            String type = session.analysis().analyzeType(snippet, at);
            if (type == null || type.isBlank()) {
                return null;
            }
            text.append(type);
        }
        return new DisplayData(text.toString());
    }

    private static int nameEnd(String code, int at) {
        int i = at;
        while (i < code.length() && Character.isJavaIdentifierPart(code.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int openingParenAfterName(String code, int at) {
        int i = nameEnd(code, Math.min(at, code.length()));
        while (i < code.length() && Character.isWhitespace(code.charAt(i))) {
            i++;
        }
        return i < code.length() && code.charAt(i) == '(' ? i : -1;
    }

    /**
     * What Jupyter's is_complete asks: "complete", "invalid", or the indent for the next line when more is needed.
     */
    String isComplete(String cell) {
        if (CellParser.isCellMagic(cell)) {
            return BaseKernel.IS_COMPLETE_YES;
        }
        String remaining = CellParser.javaOnly(cell);
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = session.analysis().analyzeCompletion(remaining);
            Completeness c = info.completeness();
            switch (c) {
                case EMPTY:
                    return BaseKernel.IS_COMPLETE_YES;
                case DEFINITELY_INCOMPLETE:
                case CONSIDERED_INCOMPLETE:
                    return indentFor(remaining);
                case UNKNOWN:
                    return BaseKernel.IS_COMPLETE_BAD;
                default:
                    if (info.source() != null && !SyntaxCheck.parses(info.source())) {
                        return BaseKernel.IS_COMPLETE_BAD;
                    }
                    remaining = info.remaining();
            }
        }
        return BaseKernel.IS_COMPLETE_YES;
    }

    /** Four spaces per bracket still open, at least one level. */
    static String indentFor(String code) {
        int depth = 0;
        boolean inString = false;
        char quote = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    inString = false;
                }
            } else if (c == '"' || c == '\'') {
                inString = true;
                quote = c;
            } else if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '/') {
                int eol = code.indexOf('\n', i);
                i = eol < 0 ? code.length() : eol;
            } else if (c == '{' || c == '(' || c == '[') {
                depth++;
            } else if (c == '}' || c == ')' || c == ']') {
                depth = Math.max(0, depth - 1);
            }
        }
        return "    ".repeat(Math.max(1, depth));
    }

    /** Where the snippet that contains the cursor begins: earlier complete snippets are not the user's concern now. */
    private int currentSnippetStart(String code, int cursor) {
        String before = code.substring(0, Math.min(cursor, code.length()));
        int start = 0;
        String remaining = before;
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = session.analysis().analyzeCompletion(remaining);
            Completeness c = info.completeness();
            if (!c.isComplete() || info.remaining().isBlank()) {
                break;
            }
            start += remaining.length() - info.remaining().length();
            remaining = info.remaining();
        }
        return start;
    }
}
