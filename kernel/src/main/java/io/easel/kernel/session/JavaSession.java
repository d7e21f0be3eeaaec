package io.easel.kernel.session;

import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.ImportSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The user's Java session: a JShell whose snippets run in this JVM.
 *
 * <p>It is long because everything JShell reports about one snippet (status, diagnostics, dependent updates,
 * exceptions, values) has to be read at one place, in JShell's order; splitting, the class loaders, the cell
 * threads and error formatting live in their own classes beside it.
 * Declarations persist across cells; a cell is
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
    /**
     * JShell takes most of a second to build (javac starts, then the imports compile), and nothing else the kernel
     * does at start needs it: it builds on a thread of its own, so the kernel binds its sockets and the renderer's
     * JVM starts on the other core meanwhile. Every use waits for it.
     */
    private final CompletableFuture<JShell> building;
    private final Map<String, SourceLocation> snippetOrigins = new ConcurrentHashMap<>();
    private final StackTraceFormatter stackTraces = new StackTraceFormatter(snippetOrigins::get);
    private final PrintStream warnings;
    private final AtomicLong changes = new AtomicLong();

    /**
     * @param api      what cells share with the kernel (the figure API among them), and the class path they compile
     *                 against
     * @param warnings where notes about partly defined snippets go (the cell's stderr while it runs)
     */
    public JavaSession(SessionApi api, PrintStream warnings) {
        this(api, warnings, new ThreadGroup("easel-cells"), List.of());
    }

    /**
     * @param cellThreads the thread group every cell's threads are made in
     * @param setupCode   kernel code every cell builds on, one snippet (an import) each, run after the jshell tool's
     *                    default imports
     */
    public JavaSession(SessionApi api, PrintStream warnings, ThreadGroup cellThreads, List<String> setupCode) {
        this.classLoader = new SessionClassLoader(api);
        this.control = new CellExecutionControl(classLoader, cellThreads);
        this.warnings = warnings;
        this.building = new CompletableFuture<>();
        List<String> setup = new ArrayList<>();
        DEFAULT_IMPORTS.forEach(pkg -> setup.add("import " + pkg + ";"));
        setup.addAll(setupCode);
        Thread builder = new Thread(() -> {
            try {
                JShell shell = buildShell(control, api);
                setup.forEach(code -> runSetup(shell, code));
                building.complete(shell);
            } catch (Throwable e) {
                building.completeExceptionally(e);
            }
        }, "easel-session-start");
        builder.setDaemon(true);
        builder.start();
    }

    /** Setup code is the kernel's own: a snippet that is not valid is the kernel's bug. */
    private static void runSetup(JShell shell, String code) {
        for (SnippetEvent event : shell.eval(code)) {
            if (event.causeSnippet() == null && !event.status().isDefined()) {
                throw new IllegalStateException("Kernel setup code failed: " + code + ": " + shell.diagnostics(event.snippet())
                        .map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.joining("; ")));
            }
        }
    }

    /** The shell, once built; a failure to build it (a JRE without jdk.jshell, say) surfaces at each use. */
    private JShell shell() {
        try {
            return building.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("The Java session could not be started: " + e.getCause(), e.getCause());
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

    /**
     * Evaluates the code snippet by snippet.
     *
     * @return the value of the last snippet when it is an expression, else {@link EvalResult#NONE}
     */
    public EvalResult eval(String code, SourceLocation where) throws CellError {
        changes.incrementAndGet();
        int tooLong = StringConstantCheck.firstTooLongConstant(code);
        if (tooLong > 0) {
            throw ClassFileLimits.explain(CellError.simple("CompileError", "constant string too long at "
                    + where.describe(tooLong) + " (over " + StringConstantCheck.MAX_CONSTANT_BYTES + " bytes)"));
        }
        EvalResult last = EvalResult.NONE;
        List<CellSplitter.Piece> pieces = CellSplitter.split(code, analysis());
        int[] lineOf = lineStarts(code, pieces);
        try {
            int i = 0;
            while (i < pieces.size()) {
                int run = plainRun(pieces, i);
                if (run >= 2 && evalAsBlock(code, pieces.subList(i, i + run), where.atLine(lineOf[i]))) {
                    last = EvalResult.NONE;
                    i += run;
                    continue;
                }
                CellSplitter.Piece piece = pieces.get(i);
                String consumed = code.substring(piece.start(), piece.end());
                last = evalSnippet(piece.source(), where.atLine(lineOf[i] + leadingLines(consumed, piece.source())));
                i++;
            }
        } finally {
            control.forgetValues();
            changes.incrementAndGet(); // again: an analysis while the cell ran may have seen it half done
        }
        return last;
    }

    /** The most plain statements to run as one block: enough to save the compilations, far below 64 KB of bytecode. */
    private static final int MAX_BLOCK = 200;

    /** How many pieces from {@code from} on are plain statements that may run together. */
    private static int plainRun(List<CellSplitter.Piece> pieces, int from) {
        int n = 0;
        while (from + n < pieces.size() && n < MAX_BLOCK && PlainStatements.isPlain(pieces.get(from + n).source())) {
            boolean lastOfCell = from + n == pieces.size() - 1;
            if (lastOfCell && PlainStatements.mayHaveValue(pieces.get(from + n).source())) {
                break; // the cell shows the value of its last expression: it stays a snippet of its own
            }
            n++;
        }
        return n;
    }

    /**
     * Runs plain statements as one block snippet, with the cell's own text inside so lines stay where they were.
     *
     * @return false when the block did not compile (nothing ran): then its snippets are evaluated one by one, which
     *     reports whatever is wrong the way a single snippet does
     */
    private boolean evalAsBlock(String code, List<CellSplitter.Piece> run, SourceLocation where) throws CellError {
        String block = "{" + code.substring(run.get(0).start(), run.get(run.size() - 1).end()) + "\n}";
        List<SnippetEvent> events = shell().eval(block);
        SnippetEvent main = events.stream().filter(e -> e.causeSnippet() == null).findFirst().orElse(null);
        if (main == null || main.status() != Snippet.Status.VALID) {
            if (main != null && shell().status(main.snippet()).isActive()) {
                shell().drop(main.snippet());
            }
            return false;
        }
        snippetOrigins.put(main.snippet().id(), where.atLine(blankLinesAtStart(main.snippet().source())));
        control.takeValue(main.value());
        if (control.wasStopped()) {
            throw CellError.interrupted();
        }
        throwIfFailed(main);
        return true;
    }

    /** The line (0-based) of the cell on which each piece's consumed text starts. */
    private static int[] lineStarts(String code, List<CellSplitter.Piece> pieces) {
        int[] lines = new int[pieces.size()];
        int line = 0;
        int pos = 0;
        for (int i = 0; i < pieces.size(); i++) {
            int start = pieces.get(i).start();
            for (; pos < start; pos++) {
                if (code.charAt(pos) == '\n') {
                    line++;
                }
            }
            lines[i] = line;
        }
        return lines;
    }

    private EvalResult evalSnippet(String source, SourceLocation where) throws CellError {
        List<SnippetEvent> events = shell().eval(source);
        EvalResult result = EvalResult.NONE;
        for (SnippetEvent event : events) {
            if (event.causeSnippet() != null) {
                noteUpdate(event); // a dependent snippet being updated, not the one just written
                continue;
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
                        shell().diagnostics(snippet).collect(Collectors.toList()), where.atLine(leadingLines(source, snippet.source())));
                case RECOVERABLE_DEFINED, RECOVERABLE_NOT_DEFINED -> {
                    List<Diag> errors = shell().diagnostics(snippet).filter(Diag::isError).collect(Collectors.toList());
                    if (snippet instanceof DeclarationSnippet declaration
                            && shell().unresolvedDependencies(declaration).findAny().isPresent()) {
                        warnUnresolved(declaration);
                    } else if (!errors.isEmpty()) {
                        // JShell keeps such a snippet to retry with every later one, which then fails too:
                        // "constant string too long", "code too large" are not missing names but hard limits
                        shell().drop(snippet);
                        throw ClassFileLimits.explain(CompileErrorFormatter.format(snippet.source(), errors,
                                where.atLine(leadingLines(source, snippet.source()))));
                    }
                }
                default -> {
                }
            }
            throwIfFailed(event);
            if (event.status() == Snippet.Status.VALID && event.previousStatus() == Snippet.Status.NONEXISTENT
                    && snippet instanceof TypeDeclSnippet type && hidesJavaLang(type.name())) {
                warnings.println("Note: " + describe(type) + " hides java.lang." + type.name() + " in every later cell."
                        + " If that was not meant, %drop " + type.name() + " removes it.");
            }
            if (showsValue(snippet)) {
                result = new EvalResult(true, value);
            }
        }
        return result;
    }

    /** A snippet whose code threw: the user's exception (as read on the cell thread) becomes the cell's error. */
    private void throwIfFailed(SnippetEvent event) throws CellError {
        if (event.exception() instanceof UnresolvedReferenceException unresolved) {
            throw unresolvedError(unresolved.getSnippet());
        }
        if (event.exception() instanceof EvalException evalException) {
            UserFailure failure = control.takeFailure(evalException.getMessage());
            throw failure != null ? stackTraces.format(failure.withFramesOf(evalException))
                    : CellError.simple(evalException.getExceptionClassName(), String.valueOf(evalException.getMessage()));
        }
        if (event.exception() != null) {
            throw CellError.simple(event.exception().getClass().getSimpleName(), event.exception().getMessage());
        }
    }

    /** Only expressions show a value, as in IPython: not declarations, not assignments. */
    private static boolean showsValue(Snippet snippet) {
        if (snippet instanceof VarSnippet) {
            return snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
        }
        return snippet instanceof ExpressionSnippet && snippet.subKind() == Snippet.SubKind.VAR_VALUE_SUBKIND;
    }

    /**
     * A declaration changed what an earlier one means: as jshell says, a variable whose type was redefined is reset
     * (its value is gone), and a declaration that no longer compiles waits for what it now misses.
     */
    private void noteUpdate(SnippetEvent event) {
        if (!(event.snippet() instanceof DeclarationSnippet declaration) || event.status() == Snippet.Status.OVERWRITTEN) {
            return; // an OVERWRITTEN one is the old version of what the cell just declared again
        }
        if (event.previousStatus() == Snippet.Status.VALID && event.status() == Snippet.Status.VALID
                && declaration instanceof VarSnippet variable) {
            warnings.println("Note: variable " + variable.name() + " was reset to its default value because "
                    + ((DeclarationSnippet) event.causeSnippet()).name() + " was redefined; assign it again.");
        } else if (event.previousStatus() == Snippet.Status.VALID && !event.status().isDefined()) {
            warnings.println("Note: " + describe(declaration) + " can no longer be used: "
                    + describeCause(event.causeSnippet()) + " changed what it depends on.");
        } else if (event.previousStatus() == Snippet.Status.VALID && event.status() == Snippet.Status.RECOVERABLE_DEFINED) {
            warnUnresolved(declaration);
        }
    }

    private static boolean hidesJavaLang(String simpleName) {
        try {
            Class.forName("java.lang." + simpleName, false, ClassLoader.getPlatformClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static String describeCause(Snippet cause) {
        return cause instanceof DeclarationSnippet d ? describe(d) : "a later cell";
    }

    private void warnUnresolved(DeclarationSnippet snippet) {
        String missing = shell().unresolvedDependencies(snippet).collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            warnings.println("Note: " + describe(snippet) + " was defined, but it cannot be used until "
                    + missing + " is declared.");
        }
    }

    private CellError unresolvedError(DeclarationSnippet snippet) {
        String missing = shell().unresolvedDependencies(snippet).collect(Collectors.joining(", "));
        return CellError.simple("UnresolvedReference", describe(snippet)
                + " cannot be used until " + (missing.isEmpty() ? "its dependencies are" : missing + " is")
                + " declared. Declare it in a cell, then run this cell again.");
    }

    private static String describe(DeclarationSnippet snippet) {
        String kind = switch (snippet.kind()) {
            case METHOD -> "method";
            case TYPE_DECL -> switch (snippet.subKind()) {
                case INTERFACE_SUBKIND -> "interface";
                case ENUM_SUBKIND -> "enum";
                case RECORD_SUBKIND -> "record";
                case ANNOTATION_TYPE_SUBKIND -> "annotation";
                default -> "class";
            };
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

    /**
     * Drops every active declaration of that name (variables, methods of any signature, classes and other types), as
     * jshell's {@code /drop} does.
     *
     * @return what was dropped, described for the user ("class Object"); empty when nothing has that name
     */
    public List<String> drop(String name) {
        changes.incrementAndGet();
        List<String> dropped = new ArrayList<>();
        for (Snippet snippet : shell().snippets().toList()) {
            if (snippet instanceof DeclarationSnippet declaration && declaration.name().equals(name)
                    && shell().status(snippet).isActive()) {
                shell().drop(snippet);
                dropped.add(describe(declaration));
            }
        }
        return dropped;
    }

    /**
     * Marks the start of a cell: the threads it runs on, and those its code starts, form a thread group of that name,
     * by which output of background threads is traced back to the cell.
     */
    public ThreadGroup beginCell(String name) {
        return control.beginCell(name);
    }

    /** The group every cell's threads belong to. */
    public ThreadGroup cellThreads() {
        return control.cellThreads();
    }

    /**
     * Runs kernel work that calls into user objects (turning a cell's value into display data calls its
     * {@code toString()}) on a cell thread, where an interrupt stops it and no Error it throws reaches the kernel.
     *
     * @param what what the work is, for the error message ("Showing the cell's value")
     */
    public <T> T runUserCode(Callable<T> work, String what) throws CellError {
        CellExecutionControl.Outcome outcome = control.call(work);
        if (outcome.stopped()) {
            throw CellError.interrupted();
        }
        if (outcome.failure() != null) {
            CellError error = stackTraces.format(outcome.failure());
            List<String> traceback = new ArrayList<>();
            traceback.add(what + " failed: " + outcome.failure().top().headline());
            traceback.addAll(error.traceback());
            throw new CellError(error.errorName(), error.errorValue(), traceback);
        }
        @SuppressWarnings("unchecked")
        T value = (T) outcome.value();
        return value;
    }

    public void addToClasspath(Path path) {
        changes.incrementAndGet();
        shell().addToClasspath(path.toAbsolutePath().toString());
    }

    /**
     * How often the session's declarations, imports or class path may have changed: what the analysis says about a
     * name stays true as long as this stays the same, so answers can be kept until it moves.
     */
    public long changes() {
        return changes.get();
    }

    /** Interrupts the running cell; safe to call from any thread. */
    public void stop() {
        JShell shell = building.getNow(null);
        if (shell != null) {
            shell.stop();
        }
    }

    public SourceCodeAnalysis analysis() {
        return shell().sourceCodeAnalysis();
    }

    /**
     * The static imports in force, as {@code io.easel.notebook.Notebook.*} or {@code java.lang.Math.max}: where an
     * unqualified method of a cell ({@code display}) may come from.
     */
    public List<String> staticImports() {
        JShell shell = shell();
        return shell.imports().filter(ImportSnippet::isStatic).filter(i -> shell.status(i).isActive())
                .map(ImportSnippet::fullname).toList();
    }

    @Override
    public void close() {
        shell().close();
    }

    /** The outcome of evaluating code: whether it produced a value to show, and the value (which may be null). */
    public record EvalResult(boolean hasValue, Object value) {
        public static final EvalResult NONE = new EvalResult(false, null);
    }
}
