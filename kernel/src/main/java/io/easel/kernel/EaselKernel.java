package io.easel.kernel;

import io.easel.kernel.cell.CellParser;
import io.easel.kernel.cell.MagicUsageError;
import io.easel.kernel.cell.CellPart;
import io.easel.kernel.docs.DocLibrary;
import io.easel.kernel.replies.CommInfoStatusReply;
import io.easel.kernel.replies.ExecuteReplyWithPayload;
import java.util.Optional;
import io.easel.kernel.replies.HistoryTupleReply;
import io.easel.kernel.replies.KernelInfoStatusReply;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.comm.Comm;
import org.dflib.jjava.jupyter.messages.reply.CommInfoReply;
import org.dflib.jjava.jupyter.messages.request.CommInfoRequest;
import org.dflib.jjava.jupyter.messages.request.KernelInfoRequest;
import java.util.LinkedHashMap;
import io.easel.kernel.replies.ShutdownStatusReply;
import org.dflib.jjava.jupyter.messages.request.ShutdownRequest;
import io.easel.kernel.history.SessionHistory;
import org.dflib.jjava.jupyter.kernel.history.HistoryEntry;
import org.dflib.jjava.jupyter.kernel.history.HistoryManager;
import org.dflib.jjava.jupyter.messages.request.HistoryRequest;
import java.util.EnumSet;
import java.util.Set;
import io.easel.kernel.magic.ClasspathMagic;
import io.easel.kernel.magic.CodeRunner;
import io.easel.kernel.magic.DropMagic;
import io.easel.kernel.magic.SessionClasspath;
import io.easel.kernel.magic.LoadMagic;
import io.easel.kernel.magic.TimeMagic;
import io.easel.kernel.resolverloading.MavenMagicsInstaller;
import io.easel.kernel.session.CellError;
import io.easel.kernel.session.JavaSession;
import io.easel.kernel.session.JavaSession.EvalResult;
import io.easel.kernel.session.SessionApi;
import io.easel.kernel.session.SourceLocation;
import io.easel.kernel.outputs.BackgroundDisplays;
import io.easel.kernel.outputs.RunningCell;
import io.easel.notebook.DisplayHandle;
import io.easel.notebook.Live;
import io.easel.notebook.MimeBundle;
import io.easel.notebook.spi.NotebookBackend;
import org.dflib.jjava.jupyter.messages.publish.PublishClearOutput;
import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.HelpLink;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.JupyterIOBinding;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.dflib.jjava.jupyter.kernel.magic.UndefinedMagicException;
import picocli.CommandLine.ParameterException;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.publish.PublishError;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteInput;
import org.dflib.jjava.jupyter.messages.publish.PublishDisplayData;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteResult;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import java.util.stream.Stream;
import org.dflib.jjava.jupyter.messages.reply.ErrorReply;
import org.dflib.jjava.jupyter.messages.reply.ExecuteReply;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Easel's Jupyter kernel: Java evaluated by JShell in this JVM, magics, and the JJava extension mechanism through
 * which the display module plugs in.
 *
 * <p>It is long because JJava funnels every Jupyter request through overrides of one class (BaseKernel): execute,
 * inspect, complete, is_complete, history, kernel_info, comm_info, shutdown, interrupt all meet here. Each handler
 * only wires the request to the class that does the work: {@code JavaSession} (evaluation), {@code CodeAssistant},
 * {@code CellOutput}, {@code BackgroundDisplays}, {@code KernelClasspath}, {@code SessionHistory}.
 */
public final class EaselKernel extends BaseKernel {

    public static final String VERSION = "0.1.0";

    /** The Jupyter messaging protocol version the kernel speaks (JJava's). */
    static final String PROTOCOL_VERSION = "5.3";

    private static final Logger LOG = LoggerFactory.getLogger(EaselKernel.class);

    /**
     * What every cell has without imports: the statics display, render, updateDisplay, clearOutput, and the types
     * they deal in (Live, DisplayHandle, MimeBundle).
     */
    private static final List<String> NOTEBOOK_STATICS = List.of("import static io.easel.notebook.Notebook.*;",
            "import io.easel.notebook.*;");

    private final JavaSession session;
    private final CellOutput output;
    private final SessionHistory history;
    private final CodeAssistant assistant;
    private final KernelClasspath classpath;
    /** Where the text after the magic being run starts; see {@link CodeRunner#magicBody()}. */
    private volatile SourceLocation magicBody = SourceLocation.KERNEL;
    private final SessionThread sessionThread = new SessionThread();
    private final BackgroundDisplays displays = new BackgroundDisplays();
    private final IdleCollection idleCollection = new IdleCollection();
    private volatile boolean closed;

    private EaselKernel(SessionHistory history, JupyterIO io, MagicsRegistry magics, ThreadGroup cellThreads,
                        CellOutput output) {
        super("Easel", VERSION, languageInfo(),
                List.of(new HelpLink("Easel on JShell", "https://docs.oracle.com/en/java/javase/17/jshell/")),
                history, io, new CommManager(), new Renderer(), null, magics, true,
                new StringStyler.Builder().build());
        this.history = history;
        this.output = output;
        SessionApi api = SessionApi.of(EaselKernel.class.getClassLoader());
        this.session = new JavaSession(api, output.err(), cellThreads, NOTEBOOK_STATICS);
        this.assistant = new CodeAssistant(session, DocLibrary.forKernel(api.kernelLoader()));
        this.classpath = new KernelClasspath(session, this::installExtensions);
        NotebookBackend.install(new KernelNotebookBackend(this, api, displays));
        // after the start and a first cell (about 3 s on two cores), whose JShell compile and renderer it would slow
        SyntaxCheck.warmUpInBackground(5_000);
        registerMagics(magics);
    }

    public static EaselKernel create() {
        ThreadGroup cellThreads = new ThreadGroup("easel-cells");
        // what no cell may have (a finished cell's thread, the kernel between cells) goes where the kernel logs
        CellOutput output = new CellOutput(outputLimits(), cellThreads, System.out, System.err);
        return new EaselKernel(new SessionHistory(), new JupyterIO(StandardCharsets.UTF_8), new MagicsRegistry(),
                cellThreads, output);
    }

    private static OutputLimits outputLimits() {
        try {
            return OutputLimits.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            LOG.warn("{} The default ({} bytes) is used.", e.getMessage(), OutputLimits.DEFAULT_BUDGET);
            return OutputLimits.defaults();
        }
    }

    private static LanguageInfo languageInfo() {
        return new LanguageInfo.Builder("java")
                .version(System.getProperty("java.version"))
                .mimetype("text/x-java-source")
                .fileExtension(".jshell")
                .pygments("java")
                .codemirror("java")
                .build();
    }

    private void registerMagics(MagicsRegistry magics) {
        CodeRunner runner = new CodeRunner() {
            @Override
            public EvalResult run(String code, SourceLocation where) throws CellError {
                return runSnippets(code, where);
            }

            @Override
            public SourceLocation magicBody() {
                return magicBody;
            }
        };
        ClasspathMagic classpathMagic = new ClasspathMagic(classpath);
        TimeMagic time = new TimeMagic(runner);
        magics.registerLineMagic("classpath", classpathMagic)
                .registerLineMagic("jars", classpathMagic)
                .registerLineMagic("load", new LoadMagic(runner))
                .registerLineMagic("drop", new DropMagic(session::drop))
                .registerLineMagic("time", time)
                .registerCellMagic("time", time);
        MavenMagicsInstaller.register(magics, classpath);
    }

    /* ---------------- execution ---------------- */

    @Override
    protected synchronized void handleExecuteRequest(ShellReplyEnvironment env, Message<ExecuteRequest> message) {
        commManager.setMessageContext(message);
        ExecuteRequest request = message.getContent();
        boolean silent = request.isSilent();
        int count = silent ? executionCount.get() : executionCount.getAndIncrement();

        env.setBusyDeferIdle();
        idleCollection.cellStarted();
        if (!silent) {
            env.publish(new PublishExecuteInput(request.getCode(), count));
        }

        PrintStream previousOut = System.out;
        PrintStream previousErr = System.err;
        InputStream previousIn = System.in;
        RunningCell cell = new RunningCell(count, session.beginCell("easel-cell-" + count), env);
        output.attach(env, cell.threads());
        displays.begin(cell);
        JupyterIOBinding.bind(io, env, request.isStdinEnabled());
        System.setOut(output.out());
        System.setErr(output.err());
        System.setIn(io.in);
        try {
            Optional<ShortcutCell> shortcut = ShortcutCell.of(request.getCode());
            String text = null;
            ExecuteReply reply = new ExecuteReply(count, Map.of());
            List<String> undrawn;
            try {
                if (shortcut.isPresent()) {
                    reply = sessionThread.call(() -> shortcutReply(shortcut.get(), count));
                } else {
                    text = sessionThread.call(() -> execute(env, request, count));
                }
            } finally {
                // every frame of what the cell displayed goes out before its reply, or clients never see it
                undrawn = displays.finish(cell);
            }
            if (!undrawn.isEmpty()) {
                throw figuresFailed(undrawn);
            }
            if (request.shouldStoreHistory()) {
                history.record(count, request.getCode(), text);
            }
            output.detach();
            env.defer().reply(reply);
        } catch (Throwable thrown) {
            CellError error = thrown instanceof CellError e ? e : internalError(thrown);
            if (request.shouldStoreHistory()) {
                history.record(count, request.getCode(), null);
            }
            output.detach();
            env.publish(new PublishError(error.errorName(), error.errorValue(), error.traceback()));
            ErrorReply reply = new ErrorReply(error.errorName(), error.errorValue(), error.traceback());
            reply.setExecutionCount(count);
            env.defer().replyError(ExecuteReply.MESSAGE_TYPE.error(), reply);
        } finally {
            JupyterIOBinding.unbind(io, env);
            System.setOut(previousOut);
            System.setErr(previousErr);
            System.setIn(previousIn);
            idleCollection.cellEnded();
        }
    }

    /**
     * Runs the cell and publishes its value, on the session thread.
     *
     * @return the value's text for the history, or null
     */
    private String execute(ShellReplyEnvironment env, ExecuteRequest request, int count) throws CellError {
        EvalResult result = runSnippets(request.getCode(), SourceLocation.cell(count));
        if (!result.hasValue() || result.value() == null || request.isSilent() || isHandle(result.value())) {
            return null;
        }
        DisplayData data = renderValue(result.value());
        output.flush();
        // pictures go out as display_data, as inline figures do in IPython: nbconvert and the notebook then
        // treat them as figures of the cell, not as the text-like value of its last expression
        if (isPicture(data)) {
            env.publish(new PublishDisplayData(data));
        } else {
            env.publish(new PublishExecuteResult(count, data));
        }
        output.flush();
        return String.valueOf(data.getData(MIMEType.TEXT_PLAIN));
    }

    /** {@code name?} pages the name's documentation, {@code exit} asks a console to end, as in IPython. */
    private ExecuteReply shortcutReply(ShortcutCell shortcut, int count) throws CellError {
        if (shortcut.kind() == ShortcutCell.Kind.EXIT) {
            return ExecuteReplyWithPayload.askExit(count);
        }
        String name = shortcut.target();
        DisplayData doc = assistant.inspect(name, name.length(), shortcut.kind() == ShortcutCell.Kind.MORE_HELP);
        if (doc == null) {
            throw CellError.simple("NoDocumentation", "Nothing named '" + name + "' is known here. Check the spelling,"
                    + " declare or import it first, or write the class with its package (java.time.LocalDate?).");
        }
        Map<String, String> page = new LinkedHashMap<>();
        page.put(MIMEType.TEXT_PLAIN.toString(), String.valueOf(doc.getData(MIMEType.TEXT_PLAIN)));
        if (doc.hasDataForType(MIMEType.TEXT_HTML)) {
            page.put(MIMEType.TEXT_HTML.toString(), String.valueOf(doc.getData(MIMEType.TEXT_HTML)));
        }
        return ExecuteReplyWithPayload.page(count, page);
    }

    /**
     * A figure the cell displayed could not be drawn: its error is at its place, and the cell fails too, so that
     * nbconvert --execute and other runs of the notebook notice.
     */
    private static CellError figuresFailed(List<String> failures) {
        String count = failures.size() == 1 ? "A figure" : failures.size() + " figures";
        List<String> traceback = new ArrayList<>();
        traceback.add(count + " of this cell could not be rendered; each error is also shown at the figure's place.");
        traceback.addAll(failures);
        return new CellError("FigureError", failures.get(0), traceback);
    }

    /** What display() and Live.show() return: the output is the point, as with IPython's display, not its handle. */
    private static boolean isHandle(Object value) {
        return value instanceof DisplayHandle || value instanceof Live;
    }

    /**
     * Whatever went wrong outside the user's code still ends in a reply: the kernel's own failure is reported as
     * such, and the session (its variables) is untouched by it.
     */
    private static CellError internalError(Throwable thrown) {
        if (thrown instanceof StackOverflowError) {
            return CellError.simple("CompileError", "The cell is nested too deeply for the Java compiler (it ran out"
                    + " of stack). Split long expressions into several statements, for example with intermediate"
                    + " variables. The kernel and your variables are intact.");
        }
        LOG.error("Running a cell failed inside the kernel", thrown);
        return CellError.simple("KernelError", "The kernel failed while running this cell (" + thrown.getClass().getName()
                + (thrown.getMessage() == null ? "" : ": " + thrown.getMessage()) + "). Your variables are intact;"
                + " run the cell again, and if it fails the same way, report it with the kernel's log.");
    }

    private static final List<MIMEType> PICTURE_TYPES = Stream.of("image/png", "image/svg+xml", "image/jpeg",
            "image/webp", "application/pdf").map(MIMEType::parse).toList();

    private static boolean isPicture(DisplayData data) {
        return PICTURE_TYPES.stream().anyMatch(data::hasDataForType);
    }

    /**
     * Renders a cell's value on a cell thread: its {@code toString()} is user code, which may throw, loop or recurse
     * without end. A failing renderer (say, a figure the renderer refused) becomes the cell's error.
     */
    private DisplayData renderValue(Object value) throws CellError {
        if (value instanceof MimeBundle bundle) {
            return KernelNotebookBackend.toDisplayData(bundle);
        }
        if (value.getClass().isArray()) {
            // toString() of an array is its identity ("[I@326f6d85"); its elements are user objects, hence the thread
            return new DisplayData(session.runUserCode(() -> ValueText.ofArray(value), "Showing the array"));
        }
        return session.runUserCode(() -> getRenderer().render(value),
                "Showing the cell's value (" + value.getClass().getName() + ")");
    }

    /** Runs cell text (Java and magics) in the session, stopping at the first failure. */
    public EvalResult runSnippets(String cell, SourceLocation where) throws CellError {
        EvalResult last = EvalResult.NONE;
        for (CellPart part : CellParser.parse(cell)) {
            if (part instanceof CellPart.Code code) {
                last = session.eval(code.code(), where.atLine(code.firstLine() - 1));
            } else {
                last = runMagic(part, where);
            }
        }
        return last;
    }

    private EvalResult runMagic(CellPart part, SourceLocation where) throws CellError {
        String name = part instanceof CellPart.LineMagic l ? l.name() : ((CellPart.CellMagic) part).name();
        boolean line = part instanceof CellPart.LineMagic;
        SourceLocation outer = magicBody;
        try {
            Object value;
            if (part instanceof CellPart.LineMagic l) {
                magicBody = where.atLine(l.line() - 1);
                List<String> args = TimeMagic.RAW_LINE_MAGICS.contains(l.name()) ? List.of(l.rawArgs()) : l.args();
                value = magicsRegistry.evalLineMagic(this, l.name(), args);
            } else {
                CellPart.CellMagic c = (CellPart.CellMagic) part;
                magicBody = where.atLine(c.bodyFirstLine() - 1);
                value = magicsRegistry.evalCellMagic(this, c.name(), c.args(), c.body());
            }
            return value == null ? EvalResult.NONE : new EvalResult(true, value);
        } catch (CellError e) {
            throw e;
        } catch (UndefinedMagicException e) {
            throw CellError.simple("UnknownMagic", "Unknown " + (line ? "line magic %" : "cell magic %%") + name
                    + ". Known line magics: " + known(magicsRegistry.getLineMagicNames(), "%")
                    + ". Known cell magics: " + known(magicsRegistry.getCellMagicNames(), "%%") + ".");
        } catch (ParameterException e) {
            throw CellError.simple("MagicError", (line ? "%" : "%%") + name + ": " + MagicUsageError.describe(e));
        } catch (IllegalArgumentException e) {
            throw CellError.simple("MagicError", (line ? "%" : "%%") + name + ": " + e.getMessage());
        } catch (Exception e) {
            throw CellError.simple("MagicError", (line ? "%" : "%%") + name + " failed: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } finally {
            magicBody = outer;
        }
    }

    private static String known(java.util.Set<String> names, String prefix) {
        return names.isEmpty() ? "none" : new TreeSet<>(names).stream().map(n -> prefix + n).collect(Collectors.joining(", "));
    }

    /** Code an extension or a statics call asks the kernel to run: no cell of its own. */
    @Override
    public Object evalRaw(String code) {
        try {
            EvalResult result = runSnippets(code, SourceLocation.KERNEL);
            return result.hasValue() ? result.value() : null;
        } catch (CellError e) {
            throw new IllegalStateException(String.join("\n", e.traceback()), e);
        }
    }

    @Override
    public void display(DisplayData data) {
        // earlier print output first, so the notebook shows things in the order the cell made them
        output.flush();
        super.display(data);
    }

    void updateDisplay(String displayId, DisplayData data) {
        output.flush();
        io.display.updateDisplay(displayId, data);
    }

    /** Clears the running cell's output; with {@code wait}, when its next output arrives. */
    void clearOutput(boolean wait) {
        output.flush();
        output.publish(wait ? PublishClearOutput.BEFORE_NEXT_OUTPUT : PublishClearOutput.NOW);
    }

    /* ---------------- class path and extensions ---------------- */

    /** Resolves each argument (path lists and globs allowed), adds every match to the session, installs extensions. */
    public List<Path> addToClasspath(List<String> specs) {
        return classpath.add(specs);
    }

    public List<Path> addedClasspath() {
        return classpath.added();
    }

    /** The thread group all threads of cells (and the threads they start) belong to. */
    public ThreadGroup cellThreads() {
        return session.cellThreads();
    }

    /** The session's class path, as the magics that grow it see it. */
    public SessionClasspath classpath() {
        return classpath;
    }

    /**
     * The loader JJava installs the default extensions from: the kernel's own, where the display extension lives. The
     * session's loader sees none of the kernel's jars; extensions in jars a user adds are installed from it by
     * {@link KernelClasspath}.
     */
    @Override
    protected ClassLoader getClassLoader() {
        return EaselKernel.class.getClassLoader();
    }

    /** One broken extension must not keep the others, or the kernel, from starting: it is logged and skipped. */
    @Override
    protected void installExtensions(ClassLoader loader) {
        Iterator<ServiceLoader.Provider<Extension>> providers = ServiceLoader.load(Extension.class, loader).stream().iterator();
        while (true) {
            ServiceLoader.Provider<Extension> provider;
            try {
                if (!providers.hasNext()) {
                    break;
                }
                provider = providers.next();
            } catch (ServiceConfigurationError e) {
                LOG.error("An extension could not be loaded and was skipped: {}", e.getMessage(), e);
                continue;
            }
            try {
                installExtension(provider.get());
            } catch (Throwable e) {
                LOG.error("Extension {} failed to install and was skipped: {}", provider.type().getName(), e.toString(), e);
            }
        }
    }

    public List<String> installedExtensions() {
        return new ArrayList<>(new TreeSet<>(extensions.keySet()));
    }

    /* ---------------- code assistance ---------------- */

    @Override
    protected void handleHistoryRequest(ShellReplyEnvironment env, Message<HistoryRequest> message) {
        HistoryRequest request = message.getContent();
        env.setBusyDeferIdle();
        Set<HistoryManager.ResultFlag> flags = EnumSet.noneOf(HistoryManager.ResultFlag.class);
        if (request.includeOutput()) {
            flags.add(HistoryManager.ResultFlag.INCLUDE_OUTPUT);
        }
        List<HistoryEntry> entries = switch (request.getAccessType()) {
            case TAIL -> history.lookupTail(((HistoryRequest.Tail) request).getMaxReturnLength(), flags);
            case RANGE -> {
                HistoryRequest.Range range = (HistoryRequest.Range) request;
                yield history.lookupRange(range.getSessionIndex(), range.getStart(), range.getStop(), flags);
            }
            case SEARCH -> {
                HistoryRequest.Search search = (HistoryRequest.Search) request;
                if (search.filterUnique()) {
                    flags.add(HistoryManager.ResultFlag.UNIQUE);
                }
                yield history.search(search.getPattern(), search.getMaxReturnLength(), flags);
            }
        };
        env.reply(new HistoryTupleReply(entries));
    }

    @Override
    protected void handleKernelInfoRequest(ShellReplyEnvironment env, Message<KernelInfoRequest> message) {
        env.setBusyDeferIdle();
        env.reply(new KernelInfoStatusReply(PROTOCOL_VERSION, getName(), getVersion(), getLanguageInfo(), getBanner(),
                getHelpLinks()));
    }

    @Override
    public void becomeHandlerForConnection(JupyterConnection connection) {
        super.becomeHandlerForConnection(connection);
        // JJava's comm_info_reply has no status; the protocol requires one
        connection.setHandler(CommInfoRequest.MESSAGE_TYPE, this::handleCommInfoRequest);
    }

    private void handleCommInfoRequest(ShellReplyEnvironment env, Message<CommInfoRequest> message) {
        env.setBusyDeferIdle();
        String target = message.getContent().getTargetName();
        Map<String, CommInfoReply.CommInfo> comms = new LinkedHashMap<>();
        for (Comm comm : commManager) {
            if (target == null || target.isEmpty() || target.equals(comm.getTargetName())) {
                comms.put(comm.getID(), new CommInfoReply.CommInfo(comm.getTargetName()));
            }
        }
        env.reply(new CommInfoStatusReply(comms));
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        return onSessionThread(() -> assistant.inspect(code, at, extraDetail));
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        return onSessionThread(() -> assistant.complete(code, at, magicsRegistry));
    }

    @Override
    public String isComplete(String code) {
        return onSessionThread(() -> assistant.isComplete(code));
    }

    /** JShell's analysis recurses like its compiler: it runs where the stack is large, and its failures stay there. */
    private <T> T onSessionThread(java.util.concurrent.Callable<T> analysis) {
        try {
            return sessionThread.call(analysis);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Code analysis failed: " + e, e);
        }
    }

    /* ---------------- lifecycle ---------------- */

    @Override
    protected void handleShutdownRequest(ShellReplyEnvironment env, Message<ShutdownRequest> message) {
        boolean restart = message.getContent().isRestart();
        env.setBusyDeferIdle();
        env.defer().reply(new ShutdownStatusReply(restart));
        onShutdown(restart);
        env.resolveDeferrals();
        env.markForShutdown();
    }

    @Override
    public void interrupt() {
        displays.interrupt();
        session.stop();
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        if (closed) {
            return;
        }
        closed = true;
        try {
            super.onShutdown(isRestarting);
        } finally {
            session.close();
            output.close();
            sessionThread.close();
            displays.close();
            idleCollection.close();
        }
    }
}
