package io.easel.rendermanager;

import java.nio.file.Path;
import java.util.List;

/**
 * Words for a renderer's death: the exit code (and signal), its last stderr lines, where the full log is,
 * and what the user can do about the commonest causes.
 */
final class ExitReport {
    static final int TAIL_LINES = 12;
    /**
     * The exit code of -XX:+ExitOnOutOfMemoryError. The JVM announces it on stdout, not stderr, so the
     * stderr tail alone does not show it.
     */
    static final int OUT_OF_MEMORY = 3;
    /** The renderer's own code for a thread it cannot serve without having died (RendererExit.THREAD_DIED). */
    static final int THREAD_DIED = 6;

    private ExitReport() {
    }

    static String describeCode(int code) {
        if (code > 128 && code < 160) {
            int signal = code - 128;
            return "code " + code + " (killed by signal " + signal + signalName(signal) + ")";
        }
        return "code " + code;
    }

    private static String signalName(int signal) {
        return switch (signal) {
            case 9 -> ", SIGKILL";
            case 15 -> ", SIGTERM";
            case 6 -> ", SIGABRT";
            case 11 -> ", SIGSEGV";
            case 2 -> ", SIGINT";
            default -> "";
        };
    }

    static String hint(int code, StderrTail tail, RendererSettings settings) {
        if (code == THREAD_DIED) {
            return "A thread the renderer cannot serve without died (its stderr below says of what), so it exited to "
                    + "make way for a fresh renderer." + (tail.contains("direct buffer memory") ? " It ran out of "
                    + "direct buffer memory, which usually means another process flooded its socket." : "");
        }
        if (code == OUT_OF_MEMORY || tail.contains("OutOfMemoryError")) {
            return "The renderer ran out of memory (heap " + settings.heap() + "); raise "
                    + RendererSettings.Setting.HEAP.environmentVariable() + " (or "
                    + RendererSettings.Setting.HEAP.property()
                    + ", e.g. 2g) or draw fewer points.";
        }
        if (tail.contains("Could not find or load main class") || tail.contains("NoClassDefFoundError")
                || tail.contains("ClassNotFoundException")) {
            return "Its classpath is incomplete or does not hold the Easel renderer. " + RendererClasspath.HOW_TO_SET;
        }
        if (tail.contains("UnsupportedClassVersionError")) {
            return "Its Java is too old; the renderer needs Java 17 or newer. Set "
                    + RendererSettings.Setting.JAVA.property() + " / " + RendererSettings.Setting.JAVA.environmentVariable()
                    + " to a newer java.";
        }
        if (tail.contains("Could not create the Java Virtual Machine") || tail.contains("Unrecognized VM option")
                || tail.contains("Invalid maximum heap size") || tail.contains("Unrecognized option")) {
            return "The JVM refused its options. Check " + RendererSettings.Setting.JVM_OPTIONS.property() + " and "
                    + RendererSettings.Setting.HEAP.property() + " (or their EASEL_RENDERER_* variables).";
        }
        if (code == 4) {
            return "Every render worker was stuck on a figure past its timeout, so it made way for a fresh renderer.";
        }
        if (code == 137) {
            return "Something outside Easel killed it (the kernel's out-of-memory killer, or a kill -9).";
        }
        return "";
    }

    static String stderrTail(StderrTail tail) {
        List<String> lines = tail.last(TAIL_LINES);
        if (lines.isEmpty()) {
            return "It wrote nothing to stderr.";
        }
        StringBuilder text = new StringBuilder("Last lines of its stderr:");
        for (String line : lines) {
            text.append("\n    ").append(line);
        }
        return text.toString();
    }

    static String logPointer(Path log) {
        return "Full log: " + log;
    }
}
