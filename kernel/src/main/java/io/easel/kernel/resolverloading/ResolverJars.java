package io.easel.kernel.resolverloading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The folder holding the Maven resolver's jars, which are kept off the kernel's class path. install.py names it in
 * kernel.json with {@value #FOLDER_PROPERTY}; without that property it is looked for beside the kernel's own code, where
 * a build (kernel/target/maven-lib) or a kernelspec (lib/maven next to lib/kernel) puts it.
 */
public final class ResolverJars {

    /** System property naming the folder; install.py sets it in the kernelspec's argv. */
    public static final String FOLDER_PROPERTY = "easel.maven.lib";

    private final Path folder;
    private final List<Path> jars;
    /** Why no jars were found, or null when they were. */
    private final String problem;

    private ResolverJars(Path folder, List<Path> jars, String problem) {
        this.folder = folder;
        this.jars = List.copyOf(jars);
        this.problem = problem;
    }

    /**
     * @param property   the value of {@value #FOLDER_PROPERTY}, or null; when given it is the only place looked at,
     *                   so a wrong setting is reported instead of quietly replaced
     * @param kernelCode the kernel's classes: its jar, or a folder of classes in a build
     */
    public static ResolverJars locate(String property, Path kernelCode) {
        List<Path> candidates = new ArrayList<>();
        if (property != null && !property.isBlank()) {
            try {
                candidates.add(Path.of(property.trim()));
            } catch (InvalidPathException e) {
                return new ResolverJars(null, List.of(), "-D" + FOLDER_PROPERTY + "=" + property
                        + " is not a usable path (" + e.getReason() + ")");
            }
        } else if (kernelCode != null && kernelCode.toAbsolutePath().getParent() != null) {
            Path beside = kernelCode.toAbsolutePath().getParent();
            candidates.add(beside.resolve("maven-lib"));
            if (beside.getParent() != null) {
                candidates.add(beside.getParent().resolve("maven"));
            }
        }
        for (Path candidate : candidates) {
            List<Path> jars = jarsIn(candidate);
            if (!jars.isEmpty()) {
                return new ResolverJars(candidate, jars, null);
            }
        }
        String where = candidates.isEmpty() ? "no folder to look in"
                : "no jars in " + candidates.stream().map(Path::toString).collect(Collectors.joining(" or "));
        return new ResolverJars(null, List.of(), where);
    }

    private static List<Path> jarsIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    public boolean installed() {
        return !jars.isEmpty();
    }

    /** The folder the jars were found in, or null when none was. */
    public Path folder() {
        return folder;
    }

    public List<Path> jars() {
        return jars;
    }

    /** What a user who runs %maven without the resolver reads. */
    public String missingMessage() {
        return "The Maven resolver is not installed in this kernelspec (" + problem + "), so %maven, %mavenRepo and"
                + " %loadFromPOM cannot work. Reinstall the kernel with `python3 install.py` (after `mvn package`),"
                + " or point -D" + FOLDER_PROPERTY + " in kernel.json at the folder of the resolver's jars.";
    }
}
