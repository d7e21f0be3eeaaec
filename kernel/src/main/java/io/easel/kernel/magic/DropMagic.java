package io.easel.kernel.magic;

import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.magic.LineMagic;

import java.util.List;
import java.util.function.Function;

/**
 * {@code %drop name...}: removes declarations from the session, as jshell's {@code /drop} does. The way back from a
 * declaration that breaks later cells, such as {@code class Object {}} or {@code class String {}}.
 */
public final class DropMagic implements LineMagic<Void, BaseKernel> {

    static final String USAGE = "Usage: %drop name [more names...] removes the variables, methods and classes of"
            + " those names from the session.";

    private final Function<String, List<String>> drop;

    /** @param drop drops the declarations of a name and says what they were */
    public DropMagic(Function<String, List<String>> drop) {
        this.drop = drop;
    }

    @Override
    public Void eval(BaseKernel kernel, List<String> names) {
        if (names.isEmpty()) {
            throw new IllegalArgumentException(USAGE);
        }
        for (String name : names) {
            List<String> dropped = drop.apply(name);
            if (dropped.isEmpty()) {
                throw new IllegalArgumentException("Nothing named '" + name + "' is declared in this session. " + USAGE);
            }
            System.out.println("Dropped " + String.join(", ", dropped) + ".");
        }
        return null;
    }
}
