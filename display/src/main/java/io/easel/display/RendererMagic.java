package io.easel.display;

import io.easel.rendermanager.RendererManager;
import io.easel.rendermanager.RendererStatus;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.magic.LineMagic;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** {@code %renderer status|restart|stop|log [lines]}: looks after the figure renderer process. */
final class RendererMagic implements LineMagic<Void, BaseKernel> {

    static final String USAGE = "%renderer status | restart | stop | log [lines]";
    static final int DEFAULT_LOG_LINES = 40;

    private final Supplier<RendererManager> manager;

    RendererMagic(Supplier<RendererManager> manager) {
        this.manager = manager;
    }

    @Override
    public Void eval(BaseKernel kernel, List<String> args) throws IOException {
        String command = args.isEmpty() ? "status" : args.get(0).toLowerCase(Locale.ROOT);
        if (!command.equals("log") && args.size() > 1) {
            throw new IllegalArgumentException("%renderer " + command + " takes no arguments. Usage: " + USAGE);
        }
        switch (command) {
            case "status" -> System.out.println(describe(manager.get().status()));
            case "restart" -> {
                manager.get().restart();
                System.out.println("Restarted. " + describe(manager.get().status()));
            }
            case "stop" -> {
                RendererManager m = manager.get();
                long pid = m.status().pid();
                m.stop();
                System.out.println(pid == 0 ? "The renderer was not running."
                        : "Stopped the renderer (pid " + pid + "); the next figure starts a new one.");
            }
            case "log" -> printLog(manager.get().logFile(), logLines(args));
            default -> throw new IllegalArgumentException("unknown command '" + args.get(0) + "'. Usage: " + USAGE);
        }
        return null;
    }

    /** The status line; pid=0 means no renderer runs. */
    static String describe(RendererStatus status) {
        return status.summary().replaceFirst("^renderer", "Renderer");
    }

    static int logLines(List<String> args) {
        if (args.size() < 2) {
            return DEFAULT_LOG_LINES;
        }
        if (args.size() > 2) {
            throw new IllegalArgumentException("%renderer log takes at most one number, the lines to show. Usage: "
                    + USAGE);
        }
        try {
            int lines = Integer.parseInt(args.get(1));
            if (lines > 0) {
                return lines;
            }
        } catch (NumberFormatException e) {
            // the message below says what is expected
        }
        throw new IllegalArgumentException("%renderer log expects a positive number of lines, e.g. %renderer log 100;"
                + " got '" + args.get(1) + "'.");
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
