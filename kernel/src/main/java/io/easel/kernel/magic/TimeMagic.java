package io.easel.kernel.magic;

import io.easel.kernel.EaselKernel;
import io.easel.kernel.session.CellError;
import io.easel.kernel.session.JavaSession.EvalResult;
import io.easel.kernel.session.SourceLocation;

import java.util.Locale;

/** {@code %time code} and {@code %%time}: runs the code, then prints how long it took; the code's value is kept. */
public final class TimeMagic {

    private TimeMagic() {
    }

    public static Object time(EaselKernel kernel, String code, SourceLocation where) throws CellError {
        if (code.isBlank()) {
            throw new IllegalArgumentException("Usage: %time <statement or expression>, or %%time on a cell's first line.");
        }
        long start = System.nanoTime();
        try {
            EvalResult result = kernel.runSnippets(code, where);
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
