package io.easel.kernel.maven;

import org.apache.maven.model.building.ModelBuildingException;
import org.apache.maven.model.building.ModelProblem;
import org.eclipse.aether.RepositoryException;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.collection.DependencyCollectionException;
import org.eclipse.aether.graph.DependencyNode;
import org.eclipse.aether.repository.ArtifactRepository;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactDescriptorException;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.resolution.VersionRangeResolutionException;
import org.eclipse.aether.transfer.ArtifactNotFoundException;
import org.eclipse.aether.transfer.ArtifactTransferException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the resolver's exceptions, which nest several levels deep and speak of descriptors and collect results, into
 * one message a notebook user can act on: which artifact, where it was looked for, why it failed, what to try.
 */
final class ResolutionFailure {

    private final List<RemoteRepository> repositories;
    private final Path localRepository;
    private final boolean offline;
    private final String rootName;

    /**
     * @param repositories    the repositories the request searched
     * @param localRepository the local repository, searched first
     * @param offline         whether the request was not allowed to use the network
     * @param rootName        how to name the graph's root in a "needed by" chain (the cell's POM), or null
     */
    ResolutionFailure(List<RemoteRepository> repositories, Path localRepository, boolean offline, String rootName) {
        this.repositories = repositories;
        this.localRepository = localRepository;
        this.offline = offline;
        this.rootName = rootName;
    }

    MavenException explain(RepositoryException error) {
        DependencyNode graph = graphOf(error);
        List<String> pomProblems = pomProblems(error);
        if (!pomProblems.isEmpty()) {
            ArtifactDescriptorException descriptor = find(error, ArtifactDescriptorException.class);
            String whose = descriptor == null ? "a POM" : describeDescriptor(descriptor.getResult().getArtifact());
            return new MavenException("InvalidPom", "Maven cannot read " + whose + ":\n  "
                    + String.join("\n  ", pomProblems) + "\nFix the POM and run the cell again.", error);
        }
        VersionRangeResolutionException range = find(error, VersionRangeResolutionException.class);
        if (range != null) {
            Artifact artifact = range.getResult().getRequest().getArtifact();
            return new MavenException("ArtifactNotFound", "No version of " + artifact.getGroupId() + ":"
                    + artifact.getArtifactId() + " matches " + artifact.getVersion() + neededBy(graph, artifact)
                    + ". Searched " + searched() + ". " + advice(), error);
        }
        List<ArtifactResult> failed = failedArtifacts(error);
        if (!failed.isEmpty()) {
            return missing(failed, graph, error);
        }
        return new MavenException("MavenResolutionError", "Maven could not resolve the request: "
                + rootMessage(error) + ". Searched " + searched() + ".", error);
    }

    private MavenException missing(List<ArtifactResult> failed, DependencyNode graph, RepositoryException error) {
        List<String> parts = new ArrayList<>();
        boolean unreachable = false;
        for (ArtifactResult result : failed) {
            Artifact artifact = result.getRequest().getArtifact();
            Set<String> notFoundIn = new LinkedHashSet<>();
            Map<String, String> couldNotReach = new LinkedHashMap<>();
            for (Exception e : result.getExceptions()) {
                ArtifactRepository repo = e instanceof ArtifactTransferException t ? t.getRepository() : null;
                String name = repo instanceof RemoteRepository remote ? describe(remote) : "the local repository";
                if (e instanceof ArtifactNotFoundException) {
                    notFoundIn.add(name);
                } else {
                    couldNotReach.put(name, rootMessage(e));
                }
            }
            StringBuilder part = new StringBuilder(MavenCoordinates.describe(artifact)).append(neededBy(graph, artifact));
            if (offline) {
                part.append(" is not in the local repository ").append(localRepository);
            } else {
                part.append(" was not found in the local repository ").append(localRepository);
                if (!notFoundIn.isEmpty()) {
                    part.append(" nor in ").append(String.join(", ", notFoundIn));
                }
                if (!couldNotReach.isEmpty()) {
                    unreachable = true;
                    part.append("; could not reach ").append(couldNotReach.entrySet().stream()
                            .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; ")));
                }
            }
            parts.add(part.toString());
        }
        String advice;
        if (offline) {
            advice = "Offline mode (--offline) looks nowhere else; run %maven without --offline to download it.";
        } else if (unreachable) {
            advice = "Check the network connection and any proxy in ~/.m2/settings.xml. Without network, artifacts already"
                    + " in the local repository can still be added with %maven --offline.";
        } else {
            advice = advice();
        }
        return new MavenException("ArtifactNotFound", String.join(".\n", parts) + ".\n" + advice, error);
    }

    private String advice() {
        return "Check the group, artifact and version (search https://central.sonatype.com), or add the repository that"
                + " has it with %mavenRepo <id> <url>.";
    }

    private String searched() {
        String remote = repositories.isEmpty() ? "no remote repository"
                : repositories.stream().map(ResolutionFailure::describe).collect(Collectors.joining(", "));
        return "the local repository " + localRepository + (offline ? " (offline: nothing else)" : " and " + remote);
    }

    private static String describe(RemoteRepository repository) {
        return repository.getId() + " (" + repository.getUrl() + ")";
    }

    private String describeDescriptor(Artifact artifact) {
        return rootName != null && ArtifactResolver.isCellArtifact(artifact) ? rootName
                : "the POM of " + MavenCoordinates.describe(artifact);
    }

    /** " (needed by a:b:1 -> c:d:2)" when the artifact came in through other artifacts, else "". */
    private String neededBy(DependencyNode graph, Artifact artifact) {
        if (graph == null) {
            return "";
        }
        List<DependencyNode> path = new ArrayList<>();
        if (!pathTo(graph, artifact, path, new LinkedHashSet<>())) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (DependencyNode node : path.subList(0, path.size() - 1)) {
            if (node.getArtifact() == null) {
                continue;
            }
            names.add(ArtifactResolver.isCellArtifact(node.getArtifact()) ? (rootName == null ? "the POM" : rootName)
                    : MavenCoordinates.describe(node.getArtifact()));
        }
        return names.isEmpty() ? "" : " (needed by " + String.join(" -> ", names) + ")";
    }

    private static boolean pathTo(DependencyNode node, Artifact target, List<DependencyNode> path, Set<DependencyNode> seen) {
        if (!seen.add(node)) {
            return false;
        }
        path.add(node);
        Artifact a = node.getArtifact();
        if (a != null && a.getGroupId().equals(target.getGroupId()) && a.getArtifactId().equals(target.getArtifactId())
                && a.getVersion().equals(target.getVersion()) && a.getClassifier().equals(target.getClassifier())) {
            return true;
        }
        for (DependencyNode child : node.getChildren()) {
            if (pathTo(child, target, path, seen)) {
                return true;
            }
        }
        path.remove(path.size() - 1);
        return false;
    }

    private static DependencyNode graphOf(Throwable error) {
        DependencyResolutionException resolution = find(error, DependencyResolutionException.class);
        if (resolution != null && resolution.getResult() != null && resolution.getResult().getRoot() != null) {
            return resolution.getResult().getRoot();
        }
        DependencyCollectionException collection = find(error, DependencyCollectionException.class);
        return collection == null || collection.getResult() == null ? null : collection.getResult().getRoot();
    }

    /** Unresolved artifacts, from the artifact stage or from a strict descriptor read that needed a missing POM. */
    private static List<ArtifactResult> failedArtifacts(Throwable error) {
        List<ArtifactResult> failed = new ArrayList<>();
        for (Throwable t : chainAndCollected(error)) {
            if (t instanceof ArtifactResolutionException resolution) {
                for (ArtifactResult r : resolution.getResults()) {
                    if (!r.isResolved() && !r.getExceptions().isEmpty() && failed.stream().noneMatch(
                            f -> f.getRequest().getArtifact().equals(r.getRequest().getArtifact()))) {
                        failed.add(r);
                    }
                }
            }
        }
        return failed;
    }

    private static List<String> pomProblems(Throwable error) {
        List<String> problems = new ArrayList<>();
        for (Throwable t : chainAndCollected(error)) {
            if (t instanceof ModelBuildingException building) {
                for (ModelProblem problem : building.getProblems()) {
                    if (problem.getSeverity() != ModelProblem.Severity.WARNING && !problems.contains(problem.getMessage())) {
                        problems.add(problem.getMessage());
                    }
                }
            }
        }
        return problems;
    }

    /** The cause chain, plus the exceptions a collection or resolution gathered along the way and their causes. */
    private static List<Throwable> chainAndCollected(Throwable error) {
        List<Throwable> all = new ArrayList<>();
        Set<Throwable> seen = new LinkedHashSet<>();
        List<Throwable> pending = new ArrayList<>(List.of(error));
        while (!pending.isEmpty()) {
            Throwable t = pending.remove(0);
            if (t == null || !seen.add(t)) {
                continue;
            }
            all.add(t);
            pending.add(t.getCause());
            if (t instanceof DependencyCollectionException c && c.getResult() != null) {
                pending.addAll(c.getResult().getExceptions());
            }
            if (t instanceof DependencyResolutionException r && r.getResult() != null) {
                pending.addAll(r.getResult().getCollectExceptions());
            }
            if (t instanceof ArtifactDescriptorException d && d.getResult() != null) {
                pending.addAll(d.getResult().getExceptions());
            }
        }
        return all;
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t : chainAndCollected(error)) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** The innermost message: the outer ones only repeat it with more resolver vocabulary. */
    private static String rootMessage(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
