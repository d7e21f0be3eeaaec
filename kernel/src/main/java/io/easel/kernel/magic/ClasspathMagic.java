package io.easel.kernel.magic;

import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.magic.LineMagic;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code %classpath} and {@code %jars}: add jars or class folders (globs allowed, several per call) to the session.
 * Extensions the added jars carry are installed too. Without arguments it lists what was added.
 */
public final class ClasspathMagic implements LineMagic<Void, BaseKernel> {

    private final SessionClasspath classpath;

    public ClasspathMagic(SessionClasspath classpath) {
        this.classpath = classpath;
    }

    @Override
    public Void eval(BaseKernel kernel, List<String> args) {
        if (args.isEmpty()) {
            List<Path> added = classpath.added();
            System.out.println(added.isEmpty()
                    ? "Nothing added to the class path yet. Usage: %classpath path/to/lib.jar 'libs/*.jar' classes/"
                    : "Added to the class path:\n  " + added.stream().map(Path::toString).collect(Collectors.joining("\n  ")));
            return null;
        }
        List<Path> added = classpath.add(args);
        System.out.println("Added " + added.size() + (added.size() == 1 ? " entry" : " entries") + " to the class path: "
                + added.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", ")));
        return null;
    }
}
