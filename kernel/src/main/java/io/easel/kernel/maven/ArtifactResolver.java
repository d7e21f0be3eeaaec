package io.easel.kernel.maven;

import eu.maveniverse.maven.mima.context.Context;
import eu.maveniverse.maven.mima.context.ContextOverrides;
import eu.maveniverse.maven.mima.context.Runtimes;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositoryException;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.repository.WorkspaceReader;
import org.eclipse.aether.repository.WorkspaceRepository;
import org.eclipse.aether.resolution.ArtifactDescriptorPolicy;
import org.eclipse.aether.resolution.ArtifactDescriptorPolicyRequest;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Maven Resolver, set up by MIMA's standalone runtime the way Maven would be (settings.xml, mirrors, proxies,
 * credentials, local repository). The resolver is built on the first request only, so a kernel that never uses
 * %maven pays nothing for it.
 */
public final class ArtifactResolver implements AutoCloseable {

    private static final AtomicInteger CELL_POMS = new AtomicInteger();

    private final ResolverSettings settings;
    private Context context;

    public ArtifactResolver(ResolverSettings settings) {
        this.settings = settings;
    }

    /**
     * Resolves the artifacts and everything they need at run time, in one graph so their shared dependencies agree.
     *
     * @param extraRepositories searched before the default ones, as repositories a POM declares are in Maven
     * @return the resolved artifacts in dependency order, each with its file in the local repository
     */
    public synchronized List<ResolvedArtifact> resolve(List<Artifact> artifacts, List<MavenRepository> extraRepositories,
                                                       boolean offline) throws MavenException {
        CollectRequest collect = new CollectRequest();
        for (Artifact artifact : artifacts) {
            collect.addDependency(new Dependency(artifact, JavaScopes.RUNTIME));
        }
        return run(collect, extraRepositories, session(offline), null);
    }

    /**
     * Resolves the run-time dependencies a POM declares. The POM is handed to Maven as if it were a project in a
     * workspace, so Maven's own model builder applies its properties, dependency management, imports and
     * repositories.
     */
    public synchronized List<ResolvedArtifact> resolvePom(String pom, List<MavenRepository> extraRepositories,
                                                          boolean offline) throws MavenException {
        Path file;
        try {
            file = Files.createTempFile("easel-cell-", ".pom");
            Files.writeString(file, pom, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the cell's POM to a temporary file", e);
        }
        try {
            Artifact cell = new DefaultArtifact(PomSnippet.GROUP_ID, cellArtifactId(), "pom", PomSnippet.VERSION);
            DefaultRepositorySystemSession session = session(offline);
            session.setWorkspaceReader(new CellWorkspace(cell, file.toFile()));
            ArtifactDescriptorPolicy lenient = session.getArtifactDescriptorPolicy();
            // the cell's own POM must be read strictly, or a mistake in it would silently resolve to nothing
            session.setArtifactDescriptorPolicy((s, request) -> isCellArtifact(request.getArtifact())
                    ? ArtifactDescriptorPolicy.STRICT : policyOf(lenient, s, request));
            CollectRequest collect = new CollectRequest();
            collect.setRoot(new Dependency(cell, JavaScopes.RUNTIME));
            return run(collect, extraRepositories, session, "the POM in this cell");
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover temporary file is harmless
            }
        }
    }

    private static int policyOf(ArtifactDescriptorPolicy policy, RepositorySystemSession session,
                                ArtifactDescriptorPolicyRequest request) {
        return policy == null ? ArtifactDescriptorPolicy.STRICT : policy.getPolicy(session, request);
    }

    private List<ResolvedArtifact> run(CollectRequest collect, List<MavenRepository> extraRepositories,
                                       DefaultRepositorySystemSession session, String rootName) throws MavenException {
        List<RemoteRepository> repositories = repositories(extraRepositories, session);
        collect.setRepositories(repositories);
        DependencyRequest request = new DependencyRequest(collect, DependencyFilterUtils.classpathFilter(JavaScopes.RUNTIME));
        DescriptorWarnings warnings = new DescriptorWarnings();
        session.setRepositoryListener(warnings);
        List<ArtifactResult> results;
        ClassLoader previous = useResolverLoader();
        try {
            results = context().repositorySystem().resolveDependencies(session, request).getArtifactResults();
        } catch (RepositoryException e) {
            throw new ResolutionFailure(repositories, localRepository(), session.isOffline(), rootName).explain(e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        warnings.lines().forEach(System.err::println);
        List<ResolvedArtifact> resolved = new ArrayList<>();
        for (ArtifactResult result : results) {
            Artifact artifact = result.getArtifact();
            if (artifact != null && artifact.getFile() != null && !isCellArtifact(artifact)) {
                resolved.add(ResolvedArtifact.of(artifact));
            }
        }
        return resolved;
    }

    /** Added repositories first, then Central and the settings' repositories; an added id replaces a default one. */
    private List<RemoteRepository> repositories(List<MavenRepository> extra, RepositorySystemSession session) {
        List<RemoteRepository> added = new ArrayList<>();
        for (MavenRepository repository : extra) {
            added.add(repository.toRemote());
        }
        Map<String, RemoteRepository> byId = new LinkedHashMap<>();
        for (RemoteRepository r : context().repositorySystem().newResolutionRepositories(session, added)) {
            byId.put(r.getId(), r);
        }
        for (RemoteRepository r : context().remoteRepositories()) {
            byId.putIfAbsent(r.getId(), r);
        }
        return new ArrayList<>(byId.values());
    }

    /** The repositories a request without added ones searches: Central and settings.xml's, with mirrors applied. */
    public synchronized List<RemoteRepository> defaultRepositories() {
        return context().remoteRepositories();
    }

    public synchronized Path localRepository() {
        return context().repositorySystemSession().getLocalRepository().getBasedir().toPath();
    }

    /** A session of its own per request, so offline mode and a cell's workspace never leak into the next one. */
    private DefaultRepositorySystemSession session(boolean offline) {
        DefaultRepositorySystemSession session = new DefaultRepositorySystemSession(context().repositorySystemSession());
        session.setOffline(offline || session.isOffline());
        return session;
    }

    private Context context() {
        if (context == null) {
            ContextOverrides.Builder overrides = ContextOverrides.create()
                    .withUserSettings(settings.userSettings())
                    .transferListener(DownloadProgress.toSystemOut());
            if (settings.userSettingsXml() != null) {
                overrides.withUserSettingsXmlOverride(settings.userSettingsXml().toAbsolutePath());
            }
            if (settings.localRepository() != null) {
                overrides.withLocalRepositoryOverride(settings.localRepository().toAbsolutePath());
            }
            if (!settings.defaultRepositories()) {
                overrides.repositories(List.of()).addRepositoriesOp(ContextOverrides.AddRepositoriesOp.REPLACE);
            }
            ClassLoader previous = useResolverLoader();
            try {
                context = Runtimes.INSTANCE.getRuntime().create(overrides.build());
            } finally {
                Thread.currentThread().setContextClassLoader(previous);
            }
        }
        return context;
    }

    /**
     * MIMA finds its runtime with a ServiceLoader on the thread's context class loader, which in a kernel is the
     * kernel's loader, blind to the resolver (see io.easel.kernel.resolverloading): the resolver's loader stands in
     * while the resolver works.
     *
     * @return the context class loader to restore afterwards
     */
    private static ClassLoader useResolverLoader() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ArtifactResolver.class.getClassLoader());
        return previous;
    }

    @Override
    public synchronized void close() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    static boolean isCellArtifact(Artifact artifact) {
        return PomSnippet.GROUP_ID.equals(artifact.getGroupId()) && artifact.getArtifactId().startsWith(PomSnippet.ARTIFACT_ID);
    }

    /** Each cell POM gets a name of its own: the resolver caches descriptors by coordinates within a session. */
    private static String cellArtifactId() {
        return PomSnippet.ARTIFACT_ID + "-" + CELL_POMS.incrementAndGet();
    }

    /** Serves the cell's POM file for the cell's artifact, as an IDE serves a project's POM to the resolver. */
    private static final class CellWorkspace implements WorkspaceReader {
        private final Artifact cell;
        private final File pom;
        private final WorkspaceRepository repository = new WorkspaceRepository("easel-cell");

        CellWorkspace(Artifact cell, File pom) {
            this.cell = cell;
            this.pom = pom;
        }

        @Override
        public WorkspaceRepository getRepository() {
            return repository;
        }

        @Override
        public File findArtifact(Artifact artifact) {
            boolean isCell = artifact.getGroupId().equals(cell.getGroupId())
                    && artifact.getArtifactId().equals(cell.getArtifactId()) && "pom".equals(artifact.getExtension());
            return isCell ? pom : null;
        }

        @Override
        public List<String> findVersions(Artifact artifact) {
            return artifact.getGroupId().equals(cell.getGroupId()) && artifact.getArtifactId().equals(cell.getArtifactId())
                    ? List.of(cell.getVersion()) : List.of();
        }
    }
}
