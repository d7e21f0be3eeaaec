package io.easel.kernel.magic;

import io.easel.kernel.session.CellError;
import io.easel.kernel.session.JavaSession.EvalResult;
import io.easel.kernel.session.SourceLocation;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.magic.LineMagic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** {@code %load file.jshell ...}: runs files of snippets (magics allowed) in the session, one after another. */
public final class LoadMagic implements LineMagic<Object, BaseKernel> {

    private final CodeRunner runner;

    public LoadMagic(CodeRunner runner) {
        this.runner = runner;
    }

    @Override
    public Object eval(BaseKernel kernel, List<String> args) throws CellError {
        if (args.isEmpty()) {
            throw new IllegalArgumentException("Usage: %load path/to/file.jshell [more files...]");
        }
        Object last = null;
        for (String arg : args) {
            Path file = Path.of(arg);
            String code;
            try {
                code = Files.readString(file);
            } catch (NoSuchFileException e) {
                throw new IllegalArgumentException("Cannot load '" + arg + "': no such file (relative paths start at "
                        + Path.of("").toAbsolutePath() + ").");
            } catch (IOException e) {
                throw new IllegalArgumentException("Cannot load '" + arg + "': " + e.getMessage());
            }
            EvalResult result = runner.run(code, SourceLocation.file(file));
            last = result.hasValue() ? result.value() : null;
        }
        return last;
    }
}
