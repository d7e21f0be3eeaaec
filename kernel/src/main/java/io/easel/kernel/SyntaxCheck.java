package io.easel.kernel;

import com.sun.source.util.JavacTask;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
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
    /** One file manager for every parse: making one per task costs more than the parse. */
    private static final StandardJavaFileManager FILES = JAVAC == null ? null
            : JAVAC.getStandardFileManager(null, null, java.nio.charset.StandardCharsets.UTF_8);
    private static final List<String> OPTIONS = List.of("-proc:none", "-Xlint:none", "--release", "17");

    private SyntaxCheck() {
    }

    /**
     * Loads and warms javac's parser in the background, once: its first use takes a second, and a console waits for
     * is_complete with a short timeout. It starts a moment after the kernel (so as not to compete with the kernel's
     * own start for the CPU), or at the first is_complete if that comes sooner.
     *
     * @param delayMillis how long to wait first
     */
    static void warmUpInBackground(long delayMillis) {
        if (JAVAC == null || !warming.compareAndSet(false, true)) {
            return;
        }
        Thread warm = new Thread(() -> {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                return;
            }
            parsesAs("class $EaselWarm { int warm = 1; }");
            ready = true;
        }, "easel-syntax-warmup");
        warm.setDaemon(true);
        warm.start();
    }

    /** Until the parser is warm, a check would outlast a console's is_complete timeout: JShell's answer stands. */
    private static volatile boolean ready;
    private static final java.util.concurrent.atomic.AtomicBoolean warming = new java.util.concurrent.atomic.AtomicBoolean();

    static boolean parses(String snippet) {
        if (JAVAC == null || !ready) {
            warmUpInBackground(0);
            return true; // no javac (a JRE cannot run JShell either), or not warm yet: nothing to add
        }
        // the forms in the order cells use them most, so that a valid snippet usually costs one parse
        return parsesAs("class $EaselWrap { void $m() throws Throwable {\n" + snippet + "\n} }")
                || parsesAs("class $EaselWrap { Object $v = (\n" + stripSemicolon(snippet) + "\n); }")
                || parsesAs("class $EaselWrap {\n" + snippet + "\n}")
                || parsesAs(snippet);
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
        JavacTask task;
        synchronized (FILES) {
            task = (JavacTask) JAVAC.getTask(new StringWriter(), FILES, diagnostics, OPTIONS, null, List.of(source));
        }
        try {
            task.parse();
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return diagnostics.getDiagnostics().stream().noneMatch(d -> d.getKind() == Diagnostic.Kind.ERROR);
    }
}
