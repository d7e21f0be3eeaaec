package io.easel.display;

import io.easel.rendermanager.RendererManager;
import io.easel.rendermanager.RendererStatus;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.magic.LineMagic;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** {@code %renderer status|restart|stop|log [lines]}: looks after the figure renderer process. */
final class RendererMagic implements LineMagic<Void, BaseKernel> {

    static final int DEFAULT_LOG_LINES = 40;

    private final Supplier<RendererManager> manager;

    RendererMagic(Supplier<RendererManager> manager) {
        this.manager = manager;
    }

    @Override
    public Void eval(BaseKernel kernel, List<String> args) throws IOException {
        Words words = new Words();
        if (!MagicCommands.parse(words, args)) {
            return null;
        }
        if (words.action != Action.LOG && words.lines != null) {
            throw new ParameterException(words.spec.commandLine(), "%renderer " + words.action.word()
                    + " takes no arguments");
        }
        switch (words.action) {
            case STATUS -> System.out.println(describe(manager.get().status()));
            case RESTART -> {
                manager.get().restart();
                System.out.println("Restarted. " + describe(manager.get().status()));
            }
            case STOP -> {
                RendererManager m = manager.get();
                long pid = m.status().pid();
                m.stop();
                System.out.println(pid == 0 ? "The renderer was not running."
                        : "Stopped the renderer (pid " + pid + "); the next figure starts a new one.");
            }
            case LOG -> {
                int lines = lines(words);
                printLog(manager.get().logFile(), lines);
            }
        }
        return null;
    }

    /** The status line; pid=0 means no renderer runs. */
    static String describe(RendererStatus status) {
        return status.summary().replaceFirst("^renderer", "Renderer");
    }

    /** What {@code %renderer} does; the first word names it, in any case. */
    enum Action {
        STATUS, RESTART, STOP, LOG;

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Command(name = "%renderer", customSynopsis = "%%renderer status | restart | stop | log [lines]",
            description = "Looks after the figure renderer process: status (the default) prints its state and pid,"
                    + " restart starts a new one, stop stops it until the next figure, log shows the last lines of"
                    + " its log (" + DEFAULT_LOG_LINES + " unless told).")
    static final class Words {
        @Spec
        CommandSpec spec;

        @Option(names = "--help", usageHelp = true, description = "show this help")
        boolean help;

        @Parameters(index = "0", arity = "0..1", paramLabel = "command", converter = ActionWord.class,
                description = "status, restart, stop or log")
        Action action = Action.STATUS;

        @Parameters(index = "1", arity = "0..1", paramLabel = "lines", description = "for log: how many lines")
        String lines;
    }

    static final class ActionWord implements ITypeConverter<Action> {
        @Override
        public Action convert(String word) {
            for (Action action : Action.values()) {
                if (action.word().equalsIgnoreCase(word)) {
                    return action;
                }
            }
            throw new TypeConversionException("is status, restart, stop or log, not '" + word + "'");
        }
    }

    private static int lines(Words words) {
        if (words.lines == null) {
            return DEFAULT_LOG_LINES;
        }
        try {
            int lines = Integer.parseInt(words.lines);
            if (lines > 0) {
                return lines;
            }
        } catch (NumberFormatException e) {
            // the message below says what is expected
        }
        throw new ParameterException(words.spec.commandLine(), "%renderer log expects a positive number of lines,"
                + " e.g. %renderer log 100; got '" + words.lines + "'");
    }

    private static void printLog(Path file, int lines) throws IOException {
        List<String> tail;
        try {
            tail = LogTail.lastLines(file, lines);
        } catch (NoSuchFileException e) {
            System.out.println("The renderer has written no log yet (" + file + " does not exist); it appears when "
                    + "the renderer first starts.");
            return;
        }
        if (tail.isEmpty()) {
            System.out.println("The renderer log " + file + " is empty.");
            return;
        }
        System.out.println("Last " + tail.size() + " line" + (tail.size() == 1 ? "" : "s") + " of " + file + ":");
        tail.forEach(System.out::println);
    }
}
