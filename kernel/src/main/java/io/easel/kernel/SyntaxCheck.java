package io.easel.kernel;

import com.sun.source.util.JavacTask;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.util.List;

/**
 * Whether a snippet JShell calls complete is also valid Java syntax. JShell only asks whether the input ends where a
 * snippet may end, so {@code int 1x = 2;} and {@code 1 +* 2} are "complete" to it; a console then runs them instead
 * of telling the user at once. javac's parser (no attribution, no class path) answers in milliseconds.
 *
 * <p>A snippet is one of: a top-level form (an import, a class), a class member (a method, a field), a statement,
 * or an expression; it is valid when javac parses it as any of them.
 */
final class SyntaxCheck {

    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();
    private static final List<String> OPTIONS = List.of("-proc:none", "-Xlint:none", "--release", "17");

    private SyntaxCheck() {
    }

    /**
     * Loads and warms javac's parser in the background: its first use takes a second, and a console asks
     * is_complete on the first Enter, with a short timeout.
     */
    static void warmUpInBackground() {
        Thread warm = new Thread(() -> {
            parsesAs("class $EaselWarm { int warm = 1; }");
            ready = true;
        }, "easel-syntax-warmup");
        warm.setDaemon(true);
        warm.start();
    }

    /** Until the parser is warm, a check would outlast a console's is_complete timeout: JShell's answer stands. */
    private static volatile boolean ready;

    static boolean parses(String snippet) {
        if (JAVAC == null || !ready) {
            return true; // no javac (a JRE cannot run JShell either), or not warm yet: nothing to add
        }
        return parsesAs(snippet)
                || parsesAs("class $EaselWrap {\n" + snippet + "\n}")
                || parsesAs("class $EaselWrap { void $m() throws Throwable {\n" + snippet + "\n} }")
                || parsesAs("class $EaselWrap { Object $v = (\n" + stripSemicolon(snippet) + "\n); }");
    }

    private static String stripSemicolon(String snippet) {
        String s = snippet.strip();
        return s.endsWith(";") ? s.substring(0, s.length() - 1) : s;
    }

    private static boolean parsesAs(String unit) {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaFileObject source = new SimpleJavaFileObject(URI.create("string:///EaselSnippet.java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return unit;
            }
        };
        JavacTask task = (JavacTask) JAVAC.getTask(new StringWriter(), null, diagnostics, OPTIONS, null,
                List.of(source));
        try {
            task.parse();
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return diagnostics.getDiagnostics().stream().noneMatch(d -> d.getKind() == Diagnostic.Kind.ERROR);
    }
}
