package io.easel.renderer;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * The renderer's log: one line per event on stderr, which the manager copies into its log file and keeps
 * the tail of for crash reports. Stdout is reserved for the handshake line.
 */
final class StderrLog {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");
    private static final PrintStream ERR = System.err;

    private StderrLog() {
    }

    /**
     * Whether the nth of a run of events that a stranger can repeat at will (a malformed message, a refused
     * connection) is logged: the first ten say what happened, and then every thousandth, so a flood cannot fill the
     * manager's log file.
     */
    static boolean worthLogging(long nth) {
        return nth <= 10 || nth % 1000 == 0;
    }

    static void info(String message) {
        write("INFO ", message);
    }

    static void warn(String message) {
        write("WARN ", message);
    }

    static void warn(String message, Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        write("WARN ", message + System.lineSeparator() + trace.toString().stripTrailing());
    }

    private static void write(String level, String message) {
        synchronized (ERR) {
            ERR.println(LocalTime.now().format(TIME) + " " + level + "[easel-renderer] " + message);
            ERR.flush();
        }
    }
}
