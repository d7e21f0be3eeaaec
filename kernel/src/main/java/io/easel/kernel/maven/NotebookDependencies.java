package io.easel.kernel.maven;

import org.eclipse.aether.artifact.Artifact;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The Maven side of one kernel session: the repositories added by hand, the artifacts added so far, and the
 * resolver, which is only built when first needed.
 */
public final class NotebookDependencies implements AutoCloseable {

    private final ArtifactResolver resolver;
    private final Supplier<SharedLibraries> sharedLibrariesSource;
    private SharedLibraries sharedLibraries;
    private final Map<String, MavenRepository> repositories = new LinkedHashMap<>();
    /** Versionless key to the artifact added, in the order they were added. */
    private final Map<String, ResolvedArtifact> added = new LinkedHashMap<>();

    public NotebookDependencies(ArtifactResolver resolver, Supplier<SharedLibraries> sharedLibraries) {
        this.resolver = resolver;
        this.sharedLibrariesSource = sharedLibraries;
    }

    /** The setup of a user's kernel: Maven's configuration, and the jars the kernel was started with. */
    public static NotebookDependencies forThisKernel() {
        return new NotebookDependencies(new ArtifactResolver(ResolverSettings.fromEnvironment()), SharedLibraries::ofThisKernel);
    }

    /** @return a note for the user when the id was already taken (the new URL replaces the old one) */
    public synchronized String addRepository(MavenRepository repository) {
        MavenRepository previous = repositories.put(repository.id(), repository);
        if (previous == null) {
            return "Added repository " + repository + "; it is searched before Maven Central.";
        }
        if (previous.url().equals(repository.url())) {
            return "Repository " + repository + " was already added.";
        }
        return "Repository '" + repository.id() + "' now points to " + repository.url() + " (was " + previous.url() + ").";
    }

    public synchronized List<MavenRepository> repositories() {
        return List.copyOf(repositories.values());
    }

    public synchronized List<ResolvedArtifact> added() {
        return List.copyOf(added.values());
    }

    /** The default repositories, for listing; this builds the resolver if nothing has yet. */
    public synchronized List<String> defaultRepositories() {
        return resolver.defaultRepositories().stream().map(r -> r.getId() + " (" + r.getUrl() + ")").toList();
    }

    /**
     * Resolves the coordinates with their run-time dependencies and adds what is new to the target. A request whose
     * every artifact was added before is answered without resolving anything.
     */
    public synchronized AddOutcome add(List<String> coordinates, boolean offline, ClasspathTarget target)
            throws MavenException {
        List<Artifact> artifacts = new ArrayList<>();
        for (String c : coordinates) {
            artifacts.add(MavenCoordinates.parse(c));
        }
        List<ResolvedArtifact> repeats = new ArrayList<>();
        for (Artifact artifact : artifacts) {
            ResolvedArtifact earlier = added.get(keyOf(artifact));
            if (earlier != null && earlier.version().equals(artifact.getBaseVersion())) {
                repeats.add(earlier);
            }
        }
        if (repeats.size() == artifacts.size()) {
            return AddOutcome.nothingNew(repeats);
        }
        return place(resolver.resolve(artifacts, repositories(), offline), target);
    }

    /** Resolves the dependencies of a POM (a whole one, or a snippet; see {@link PomSnippet}) and adds what is new. */
    public synchronized AddOutcome addFromPom(String pomText, boolean offline, ClasspathTarget target) throws MavenException {
        return place(resolver.resolvePom(PomSnippet.toPom(pomText), repositories(), offline), target);
    }

    /** Sorts the resolved artifacts into new, known and conflicting, and hands the new jars to the target at once. */
    private AddOutcome place(List<ResolvedArtifact> resolved, ClasspathTarget target) {
        List<ResolvedArtifact> fresh = new ArrayList<>();
        List<ResolvedArtifact> known = new ArrayList<>();
        List<ResolvedArtifact> kernelOwned = new ArrayList<>();
        List<VersionConflict> conflicts = new ArrayList<>();
        for (ResolvedArtifact artifact : resolved) {
            if (!artifact.isJar()) {
                continue; // POMs of BOMs and parent projects: nothing to load
            }
            String kernelVersion = sharedLibraries().versionOf(artifact.groupId(), artifact.artifactId()).orElse(null);
            ResolvedArtifact earlier = added.get(artifact.key());
            if (kernelVersion != null && artifact.classifier().isEmpty()) {
                if (kernelVersion.equals(artifact.version())) {
                    kernelOwned.add(artifact);
                } else {
                    conflicts.add(new VersionConflict(artifact, kernelVersion, true));
                }
            } else if (earlier != null) {
                if (earlier.version().equals(artifact.version())) {
                    known.add(artifact);
                } else {
                    conflicts.add(new VersionConflict(artifact, earlier.version(), false));
                }
            } else {
                fresh.add(artifact);
            }
        }
        if (!fresh.isEmpty()) {
            target.add(fresh.stream().map(ResolvedArtifact::file).map(Path::toAbsolutePath).toList());
            for (ResolvedArtifact artifact : fresh) {
                added.put(artifact.key(), artifact);
            }
        }
        return new AddOutcome(fresh, known, kernelOwned, conflicts);
    }

    private SharedLibraries sharedLibraries() {
        if (sharedLibraries == null) {
            sharedLibraries = sharedLibrariesSource.get();
        }
        return sharedLibraries;
    }

    private static String keyOf(Artifact artifact) {
        return artifact.getGroupId() + ":" + artifact.getArtifactId() + ":" + artifact.getExtension()
                + (artifact.getClassifier().isEmpty() ? "" : ":" + artifact.getClassifier());
    }

    public Path localRepository() {
        return resolver.localRepository();
    }

    @Override
    public void close() {
        resolver.close();
    }
}
