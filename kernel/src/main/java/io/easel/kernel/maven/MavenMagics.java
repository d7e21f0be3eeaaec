package io.easel.kernel.maven;

import io.easel.kernel.magic.SessionClasspath;
import io.easel.kernel.session.CellError;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.magic.CellMagic;
import org.dflib.jjava.jupyter.kernel.magic.LineMagic;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@code %maven}, {@code %mavenRepo}, {@code %loadFromPOM} and {@code %%loadFromPOM}: Maven artifacts into the
 * session, as in JJava. They share one {@link NotebookDependencies}, so repositories added with %mavenRepo serve
 * every later request and a repeated request is recognised.
 */
public final class MavenMagics {

    static final String MAVEN_USAGE = "Usage: %maven [--offline] group:artifact:version [more...]";
    static final String REPO_USAGE = "Usage: %mavenRepo <id> <url or folder>, e.g. %mavenRepo jitpack https://jitpack.io";
    static final String POM_USAGE = "Usage: %loadFromPOM [--offline] path/to/pom.xml, or %%loadFromPOM [--offline] on a"
            + " cell's first line with POM dependencies below";

    private final Supplier<NotebookDependencies> factory;
    private final ClasspathTarget target;
    private NotebookDependencies dependencies;

    /**
     * @param factory   called on the first use of a magic, so that a kernel start loads no resolver class
     * @param classpath where resolved jars go: the session's class path
     */
    public MavenMagics(Supplier<NotebookDependencies> factory, SessionClasspath classpath) {
        this.factory = factory;
        this.target = jars -> classpath.add(jars.stream().map(Path::toString).toList());
    }

    /**
     * Registers the magics for a kernel, with Maven's usual configuration. A kernel calls this through
     * io.easel.kernel.resolverloading.MavenMagicsInstaller, in the class loader that holds the resolver.
     */
    public static void register(MagicsRegistry magics, SessionClasspath classpath) {
        new MavenMagics(NotebookDependencies::forThisKernel, classpath).registerIn(magics);
    }

    private synchronized NotebookDependencies dependencies() {
        if (dependencies == null) {
            dependencies = factory.get();
        }
        return dependencies;
    }

    public void registerIn(MagicsRegistry magics) {
        magics.registerLineMagic("maven", (LineMagic<Void, BaseKernel>) (kernel, args) -> guarded(() -> maven(args)));
        magics.registerLineMagic("mavenRepo", (LineMagic<Void, BaseKernel>) (kernel, args) -> guarded(() -> mavenRepo(args)));
        magics.registerLineMagic("loadFromPOM",
                (LineMagic<Void, BaseKernel>) (kernel, args) -> guarded(() -> loadFromPomFile(args)));
        magics.registerCellMagic("loadFromPOM",
                (CellMagic<Void, BaseKernel>) (kernel, args, body) -> guarded(() -> loadFromPomCell(args, body)));
    }

    /**
     * A class of the resolver can be missing at any step (its jars load lazily), and an Error would escape the kernel's
     * handling of a failed magic: it becomes a message that says how to repair the installation.
     */
    static Void guarded(Callable<Void> magic) throws Exception {
        try {
            return magic.call();
        } catch (LinkageError e) {
            throw new IllegalStateException("The Maven resolver's jars are incomplete or broken (" + e
                    + "). Reinstall the kernel with `python3 install.py` after `mvn package`, which puts them in the"
                    + " kernelspec's lib/maven folder.", e);
        }
    }

    private Void maven(List<String> args) throws CellError {
        Options options = Options.parse(args, MAVEN_USAGE);
        if (options.values().isEmpty()) {
            listAdded();
            return null;
        }
        try {
            report(dependencies().add(options.values(), options.offline(), target), options.values());
        } catch (MavenException e) {
            throw CellError.simple(e.kind(), e.getMessage());
        }
        return null;
    }

    private Void mavenRepo(List<String> args) {
        if (args.isEmpty()) {
            List<String> lines = new ArrayList<>();
            dependencies().repositories().forEach(r -> lines.add("  " + r + "  (added)"));
            dependencies().defaultRepositories().forEach(r -> lines.add("  " + r));
            System.out.println("Repositories searched, in order, after the local repository " + dependencies().localRepository()
                    + ":\n" + String.join("\n", lines));
            return null;
        }
        if (args.size() != 2) {
            throw new IllegalArgumentException(REPO_USAGE);
        }
        System.out.println(dependencies().addRepository(MavenRepository.of(args.get(0), args.get(1))));
        return null;
    }

    private Void loadFromPomFile(List<String> args) throws CellError {
        Options options = Options.parse(args, POM_USAGE);
        if (options.values().size() != 1) {
            throw new IllegalArgumentException(POM_USAGE);
        }
        Path file = Path.of(options.values().get(0));
        String pom;
        try {
            pom = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("No POM at '" + file + "' (relative paths start at "
                    + Path.of("").toAbsolutePath() + ").");
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read '" + file + "': " + e.getMessage());
        }
        return loadPom(pom, options.offline());
    }

    private Void loadFromPomCell(List<String> args, String body) throws CellError {
        Options options = Options.parse(args, POM_USAGE);
        if (!options.values().isEmpty()) {
            throw new IllegalArgumentException(POM_USAGE);
        }
        return loadPom(body, options.offline());
    }

    private Void loadPom(String pom, boolean offline) throws CellError {
        try {
            report(dependencies().addFromPom(pom, offline, target), List.of());
        } catch (MavenException e) {
            throw CellError.simple(e.kind(), e.getMessage());
        }
        return null;
    }

    private void listAdded() {
        List<ResolvedArtifact> added = dependencies().added();
        System.out.println(added.isEmpty() ? "No Maven artifacts added yet. " + MAVEN_USAGE
                : "Maven artifacts on the class path:\n  " + added.stream().map(ResolvedArtifact::coordinates)
                .collect(Collectors.joining("\n  ")));
    }

    /** Conflicts go to stderr, where a notebook shows them as a warning; the rest is a short summary on stdout. */
    static void report(AddOutcome outcome, List<String> requested) {
        report(outcome, requested, System.out, System.err);
    }

    static void report(AddOutcome outcome, List<String> requested, PrintStream out, PrintStream err) {
        for (VersionConflict conflict : outcome.conflicts()) {
            err.println(conflict.describe());
        }
        if (!outcome.added().isEmpty()) {
            int n = outcome.added().size();
            out.println("Added " + n + (n == 1 ? " jar" : " jars") + " to the class path: " + outcome.added().stream()
                    .map(a -> a.file().getFileName().toString()).collect(Collectors.joining(", ")));
        } else if (outcome.conflicts().isEmpty()) {
            String what = requested.isEmpty() ? "Everything this POM needs" : String.join(", ", requested);
            out.println(what + (requested.size() > 1 ? " are" : " is") + " already on the class path; nothing to add.");
        }
        if (!outcome.providedByKernel().isEmpty()) {
            out.println("Already part of Easel's API: " + outcome.providedByKernel().stream()
                    .map(ResolvedArtifact::coordinates).collect(Collectors.joining(", ")));
        }
    }

    /** Arguments split into --offline and the rest; any other option is a mistake worth telling. */
    record Options(boolean offline, List<String> values) {
        static Options parse(List<String> args, String usage) {
            boolean offline = false;
            List<String> values = new ArrayList<>();
            for (String arg : args) {
                if (arg.equals("--offline") || arg.equals("-o")) {
                    offline = true;
                } else if (arg.startsWith("-")) {
                    throw new IllegalArgumentException("Unknown option " + arg + ". " + usage);
                } else {
                    values.add(arg);
                }
            }
            return new Options(offline, values);
        }
    }
}
