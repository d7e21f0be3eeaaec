package io.easel.kernel.maven;

import io.easel.kernel.magic.SessionClasspath;
import io.easel.kernel.session.CellError;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.magic.CellMagic;
import org.dflib.jjava.jupyter.kernel.magic.LineMagic;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

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

    /** picocli formats its texts, so its synopsis writes % as %%. */
    static final String MAVEN_USAGE = "Usage: " + MavenCommand.SYNOPSIS.replace("%%", "%");

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
        MavenCommand options = parsed(new MavenCommand(), args);
        if (options == null) {
            return null;
        }
        if (options.coordinates.isEmpty()) {
            listAdded();
            return null;
        }
        try {
            report(dependencies().add(options.coordinates, options.offline, target), options.coordinates);
        } catch (MavenException e) {
            throw CellError.simple(e.kind(), e.getMessage());
        }
        return null;
    }

    private Void mavenRepo(List<String> args) {
        RepoCommand options = parsed(new RepoCommand(), args);
        if (options == null) {
            return null;
        }
        if (options.id == null) {
            List<String> lines = new ArrayList<>();
            dependencies().repositories().forEach(r -> lines.add("  " + r + "  (added)"));
            dependencies().defaultRepositories().forEach(r -> lines.add("  " + r));
            System.out.println("Repositories searched, in order, after the local repository " + dependencies().localRepository()
                    + ":\n" + String.join("\n", lines));
            return null;
        }
        if (options.location == null) {
            throw new ParameterException(options.spec.commandLine(), "give the url or folder of repository '"
                    + options.id + "' after its id");
        }
        System.out.println(dependencies().addRepository(MavenRepository.of(options.id, options.location)));
        return null;
    }

    private Void loadFromPomFile(List<String> args) throws CellError {
        PomCommand options = parsed(new PomCommand(), args);
        if (options == null) {
            return null;
        }
        if (options.file == null) {
            throw new ParameterException(options.spec.commandLine(), "give the POM file to read, or write %%loadFromPOM"
                    + " on a cell's first line with the dependencies below it");
        }
        Path file = options.file;
        String pom;
        try {
            pom = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("No POM at '" + file + "' (relative paths start at "
                    + Path.of("").toAbsolutePath() + ").");
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read '" + file + "': " + e.getMessage());
        }
        return loadPom(pom, options.offline);
    }

    private Void loadFromPomCell(List<String> args, String body) throws CellError {
        PomCommand options = parsed(new PomCommand(), args);
        if (options == null) {
            return null;
        }
        if (options.file != null) {
            throw new ParameterException(options.spec.commandLine(), "%%loadFromPOM reads the POM from the cell below"
                    + " it, not from " + options.file + "; for a file, write %loadFromPOM " + options.file + " alone");
        }
        return loadPom(body, options.offline);
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

    /**
     * The options in {@code args}, or null when they asked for --help, which is then printed. A mistake is picocli's
     * ParameterException, which the kernel words with the magic's synopsis.
     */
    private static <T> T parsed(T command, List<String> args) {
        CommandLine line = new CommandLine(command);
        line.parseArgs(args.toArray(String[]::new));
        if (line.isUsageHelpRequested()) {
            line.usage(System.out);
            return null;
        }
        return command;
    }


    @Command(name = "%maven", customSynopsis = MavenCommand.SYNOPSIS, description = "Adds Maven artifacts and what they"
            + " depend on to the session's class path, at the versions asked for. Alone, lists what was added.")
    static final class MavenCommand {
        static final String SYNOPSIS = "%%maven [--offline] group:artifact:version [more...]";

        @Option(names = {"--offline", "-o"}, description = "look only in the local repository, never on the network")
        boolean offline;

        @Option(names = "--help", usageHelp = true, description = "show this help")
        boolean help;

        @Parameters(paramLabel = "group:artifact:version", arity = "0..*",
                description = "artifacts, e.g. com.google.guava:guava:33.0.0-jre; also "
                        + "group:artifact:type:version and group:artifact:type:classifier:version")
        List<String> coordinates = new ArrayList<>();
    }

    @Command(name = "%mavenRepo", customSynopsis = RepoCommand.SYNOPSIS, description = "Adds a repository that every"
            + " later %%maven and %%loadFromPOM searches. Alone, lists the repositories searched.")
    static final class RepoCommand {
        static final String SYNOPSIS = "%%mavenRepo <id> <url or folder>, e.g. %%mavenRepo jitpack https://jitpack.io";

        @Spec
        CommandSpec spec;

        @Option(names = "--help", usageHelp = true, description = "show this help")
        boolean help;

        @Parameters(index = "0", arity = "0..1", paramLabel = "id", description = "a name for the repository")
        String id;

        @Parameters(index = "1", arity = "0..1", paramLabel = "url or folder",
                description = "its address: https://..., file:/..., or a folder laid out as a Maven repository")
        String location;
    }

    @Command(name = "%loadFromPOM", customSynopsis = PomCommand.SYNOPSIS, description = "Adds the dependencies of a"
            + " POM file, or of the POM text below %%%%loadFromPOM, to the session's class path.")
    static final class PomCommand {
        static final String SYNOPSIS = "%%loadFromPOM [--offline] path/to/pom.xml, or %%%%loadFromPOM [--offline] on a"
                + " cell's first line with POM dependencies below";

        @Spec
        CommandSpec spec;

        @Option(names = {"--offline", "-o"}, description = "look only in the local repository, never on the network")
        boolean offline;

        @Option(names = "--help", usageHelp = true, description = "show this help")
        boolean help;

        @Parameters(arity = "0..1", paramLabel = "path/to/pom.xml", description = "the POM whose dependencies to add")
        Path file;
    }
}
