package io.easel.kernel.magic;

import io.easel.kernel.session.CellError;
import io.easel.kernel.session.JavaSession.EvalResult;
import io.easel.kernel.session.SourceLocation;

/** What a magic that runs code (%load, %time) needs of the session: running cell text, magics included. */
public interface CodeRunner {

    /** Runs cell text in the session, stopping at the first failure; errors point at {@code where}. */
    EvalResult run(String code, SourceLocation where) throws CellError;

    /**
     * Where the text after the magic being run starts (the rest of a %time line, the body of a %%time cell), so that
     * errors in code a magic runs point at the cell's own lines.
     */
    SourceLocation magicBody();
}
