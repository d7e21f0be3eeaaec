package io.easel.kernel.session;

import jdk.jshell.DeclarationSnippet;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The user's Java session: a JShell whose snippets run in this JVM. Declarations persist across cells; a cell is
 * split into snippets the way JShell's own tool does it, and evaluation stops at the first snippet that fails.
 */
public final class JavaSession implements AutoCloseable {

    /** The imports the jshell tool starts with, so cells read the same as there. */
    private static final List<String> DEFAULT_IMPORTS = List.of(
            "java.io.*", "java.math.*", "java.net.*", "java.nio.file.*", "java.util.*",
            "java.util.concurrent.*", "java.util.function.*", "java.util.regex.*", "java.util.stream.*",
            "java.time.*");

    private final SessionClassLoader classLoader;
    private final CellExecutionControl control;
    private final JShell shell;
    private final SourceCodeAnalysis analysis;
    private final Map<String, SourceLocation> snippetOrigins = new ConcurrentHashMap<>();
    private final StackTraceFormatter stackTraces = new StackTraceFormatter(snippetOrigins::get);
    private final PrintStream warnings;

    /**
     * @param api      what cells share with the kernel (the figure API among them), and the class path they compile
     *                 against
     * @param warnings where notes about partly defined snippets go (the cell's stderr while it runs)
     */
    public JavaSession(SessionApi api, PrintStream warnings) {
        this.classLoader = new SessionClassLoader(api);
        this.control = new CellExecutionControl(classLoader);
        this.warnings = warnings;
        this.shell = buildShell(control, api);
        this.analysis = shell.sourceCodeAnalysis();
        for (String pkg : DEFAULT_IMPORTS) {
            evalQuietly("import " + pkg + ";");
        }
    }

    /**
     * JShell's compiler starts from the JVM's {@code java.class.path} (the kernel's own jars) and keeps it as the head
     * of every later class path. Cells must compile against Easel's API alone, as they run against it alone, so the
     * shell is built, and its class path first set, while that property names the API.
     */
    private static JShell buildShell(CellExecutionControl control, SessionApi api) {
        synchronized (System.class) {
            String kernelClasspath = System.getProperty("java.class.path");
            System.setProperty("java.class.path", api.compileClasspath());
            try {
                JShell shell = JShell.builder()
                        .executionEngine(new CellExecutionControlProvider(control), Map.of())
                        .compilerOptions("-Xlint:none", "-proc:none")
                        .build();
                shell.addToClasspath(api.compileClasspath());
                return shell;
            } finally {
                System.setProperty("java.class.path", kernelClasspath);
            }
        }
    }

    public SessionClassLoader classLoader() {
        return classLoader;
    }

    /** Runs kernel-provided code such as an import; a failure here is the kernel's bug, so it is thrown as such. */
    public void evalQuietly(String code) {
        try {
            eval(code, SourceLocation.KERNEL);
        } catch (CellError e) {
            throw new IllegalStateException("Kernel setup code failed: " + code + "\n" + String.join("\n", e.traceback()));
        }
    }

    /**
     * Evaluates the code snippet by snippet.
     *
     * @return the value of the last snippet when it is an expression, else {@link EvalResult#NONE}
     */
    public EvalResult eval(String code, SourceLocation where) throws CellError {
        EvalResult last = EvalResult.NONE;
        String remaining = code;
        int consumedLines = 0;
        try {
            while (!remaining.isBlank()) {
                SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
                if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
                    break;
                }
                String source = info.source() != null ? info.source() : remaining;
                String rest = info.source() != null ? info.remaining() : "";
                String consumed = remaining.substring(0, remaining.length() - rest.length());
                int leading = leadingLines(consumed, source);
                last = evalSnippet(source, where.atLine(consumedLines + leading));
                consumedLines += countNewlines(consumed);
                remaining = rest;
            }
        } finally {
            control.forgetValues();
        }
        return last;
    }

    private EvalResult evalSnippet(String source, SourceLocation where) throws CellError {
        List<SnippetEvent> events = shell.eval(source);
        EvalResult result = EvalResult.NONE;
        for (SnippetEvent event : events) {
            if (event.causeSnippet() != null) {
                continue; // a dependent snippet being updated, not the one just written
            }
            Snippet snippet = event.snippet();
            // JShell numbers stack-frame lines from the snippet's first non-blank line, diagnostics from its start
            snippetOrigins.put(snippet.id(), where.atLine(leadingLines(source, snippet.source()) + blankLinesAtStart(snippet.source())));
            Object value = control.takeValue(event.value());
            if (control.wasStopped()) {
                throw CellError.interrupted();
            }
            switch (event.status()) {
                case REJECTED -> throw CompileErrorFormatter.format(snippet.source(),
                        shell.diagnostics(snippet).collect(Collectors.toList()), where.atLine(leadingLines(source, snippet.source())));
                case RECOVERABLE_DEFINED, RECOVERABLE_NOT_DEFINED -> warnUnresolved((DeclarationSnippet) snippet);
                default -> {
                }
            }
            if (event.exception() instanceof UnresolvedReferenceException unresolved) {
                throw unresolvedError(unresolved.getSnippet());
            }
            if (event.exception() instanceof EvalException evalException) {
                throw stackTraces.format(evalException);
            }
            if (event.exception() != null) {
                throw CellError.simple(event.exception().getClass().getSimpleName(), event.exception().getMessage());
            }
            if (showsValue(snippet)) {
                result = new EvalResult(true, value);
            }
        }
        return result;
    }

    /** Only expressions show a value, as in IPython: not declarations, not assignments. */
    private static boolean showsValue(Snippet snippet) {
        if (snippet instanceof VarSnippet) {
            return snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
        }
        return snippet instanceof ExpressionSnippet && snippet.subKind() == Snippet.SubKind.VAR_VALUE_SUBKIND;
    }

    private void warnUnresolved(DeclarationSnippet snippet) {
        String missing = shell.unresolvedDependencies(snippet).collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            warnings.println("Note: " + describe(snippet) + " was defined, but it cannot be used until "
                    + missing + " is declared.");
        }
    }

    private CellError unresolvedError(DeclarationSnippet snippet) {
        String missing = shell.unresolvedDependencies(snippet).collect(Collectors.joining(", "));
        return CellError.simple("UnresolvedReference", describe(snippet)
                + " cannot be used until " + (missing.isEmpty() ? "its dependencies are" : missing + " is")
                + " declared. Declare it in a cell, then run this cell again.");
    }

    private static String describe(DeclarationSnippet snippet) {
        String kind = switch (snippet.kind()) {
            case METHOD -> "method";
            case TYPE_DECL -> "type";
            case VAR -> "variable";
            default -> "declaration";
        };
        return kind + " " + snippet.name();
    }

    /**
     * Lines between the start of the consumed text and the first line of the snippet's source. JShell's source may
     * keep leading blank lines or drop them, so both are measured up to the first real character.
     */
    private static int leadingLines(String consumed, String source) {
        String head = source.strip();
        if (head.isEmpty()) {
            return 0;
        }
        String probe = head.substring(0, Math.min(head.length(), 40));
        int inConsumed = consumed.indexOf(probe);
        int inSource = source.indexOf(probe);
        if (inConsumed < 0 || inSource < 0) {
            return 0;
        }
        return Math.max(0, countNewlines(consumed.substring(0, inConsumed)) - countNewlines(source.substring(0, inSource)));
    }

    private static int blankLinesAtStart(String text) {
        String head = text.strip();
        return head.isEmpty() ? 0 : countNewlines(text.substring(0, text.indexOf(head.charAt(0))));
    }

    private static int countNewlines(String text) {
        return (int) text.chars().filter(c -> c == '\n').count();
    }

    public void addToClasspath(Path path) {
        shell.addToClasspath(path.toAbsolutePath().toString());
    }

    /** Interrupts the running cell; safe to call from any thread. */
    public void stop() {
        shell.stop();
    }

    public SourceCodeAnalysis analysis() {
        return analysis;
    }

    @Override
    public void close() {
        shell.close();
    }

    /** The outcome of evaluating code: whether it produced a value to show, and the value (which may be null). */
    public record EvalResult(boolean hasValue, Object value) {
        public static final EvalResult NONE = new EvalResult(false, null);
    }
}
