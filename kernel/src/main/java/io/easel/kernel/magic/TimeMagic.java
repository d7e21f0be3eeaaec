package io.easel.kernel.magic;

import io.easel.kernel.session.CellError;
import io.easel.kernel.session.JavaSession.EvalResult;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.magic.CellMagic;
import org.dflib.jjava.jupyter.kernel.magic.LineMagic;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code %time code} and {@code %%time}: runs the code, then prints how long it took; the code's value is kept.
 *
 * <p>The line form takes Java, not arguments: split at blanks and stripped of quotes it would no longer be the code
 * the user wrote, so the kernel hands it the rest of the line whole (see {@link #RAW_LINE_MAGICS}).
 */
public final class TimeMagic implements LineMagic<Object, BaseKernel>, CellMagic<Object, BaseKernel> {

    /** Line magics whose one argument is the rest of their line, as written. */
    public static final Set<String> RAW_LINE_MAGICS = Set.of("time");

    private final CodeRunner runner;

    public TimeMagic(CodeRunner runner) {
        this.runner = runner;
    }

    @Override
    public Object eval(BaseKernel kernel, List<String> rawLine) throws CellError {
        return time(String.join(" ", rawLine));
    }

    @Override
    public Object eval(BaseKernel kernel, List<String> args, String body) throws CellError {
        return time(body);
    }

    private Object time(String code) throws CellError {
        if (code.isBlank()) {
            throw new IllegalArgumentException("Usage: %time <statement or expression>, or %%time on a cell's first line.");
        }
        long start = System.nanoTime();
        try {
            EvalResult result = runner.run(code, runner.magicBody());
            return result.hasValue() ? result.value() : null;
        } finally {
            System.out.println("Wall time: " + format(System.nanoTime() - start));
        }
    }

    static String format(long nanos) {
        double ms = nanos / 1e6;
        if (ms < 1) {
            return String.format(Locale.ROOT, "%.0f µs", nanos / 1e3);
        }
        if (ms < 1000) {
            return String.format(Locale.ROOT, "%.1f ms", ms);
        }
        return String.format(Locale.ROOT, "%.2f s", ms / 1000);
    }
}
