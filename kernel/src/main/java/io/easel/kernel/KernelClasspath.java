package io.easel.kernel;

import io.easel.kernel.magic.SessionClasspath;
import io.easel.kernel.session.JavaSession;
import org.dflib.jjava.jupyter.kernel.util.PathsHandler;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The session's class path as {@code %classpath} and {@code %maven} grow it: every entry checked before any is added,
 * each added once, and the extensions the new jars carry installed afterwards.
 */
final class KernelClasspath implements SessionClasspath {

    private final JavaSession session;
    private final Consumer<ClassLoader> installExtensions;
    private final List<Path> added = new CopyOnWriteArrayList<>();

    /** @param installExtensions installs the extensions found through the given (the session's) loader */
    KernelClasspath(JavaSession session, Consumer<ClassLoader> installExtensions) {
        this.session = session;
        this.installExtensions = installExtensions;
    }

    @Override
    public List<Path> add(List<String> entries) {
        List<Path> resolved = new ArrayList<>();
        for (String entry : entries) {
            List<Path> matches = PathsHandler.splitAndResolveGlobs(entry);
            if (matches.isEmpty()) {
                throw new IllegalArgumentException("No file or folder matches '" + entry + "' (relative paths start at "
                        + Path.of("").toAbsolutePath() + ").");
            }
            for (Path p : matches) {
                if (!Files.isDirectory(p) && !p.toString().endsWith(".jar")) {
                    throw new IllegalArgumentException("'" + p + "' is neither a jar nor a folder of classes.");
                }
                resolved.add(p.toAbsolutePath().normalize());
            }
        }
        List<Path> fresh = new ArrayList<>();
        for (Path p : resolved) {
            if (!added.contains(p) && !fresh.contains(p)) {
                session.addToClasspath(p);
                added.add(p);
                fresh.add(p);
            }
        }
        if (!fresh.isEmpty()) {
            installExtensions.accept(session.classLoader());
        }
        return fresh;
    }

    @Override
    public List<Path> added() {
        return List.copyOf(added);
    }
}
