package io.easel.kernel.maven;

import io.easel.kernel.magic.SessionClasspath;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;

import java.nio.file.Path;

/**
 * The magics of a user's kernel with a private local repository and no network repositories, for
 * {@link ResolverIsolationTest}. Loaded by a ResolverClassLoader, like MavenMagics in a kernel, so it may use the
 * resolver's classes; the test reaches it by reflection only.
 */
public final class IsolatedMavenMagics {

    private IsolatedMavenMagics() {
    }

    public static void register(MagicsRegistry magics, Path localRepository, SessionClasspath classpath) {
        new MavenMagics(() -> new NotebookDependencies(new ArtifactResolver(ResolverSettings.isolated(localRepository)),
                SharedLibraries::ofThisKernel), classpath).registerIn(magics);
    }
}
