package io.easel.kernel.maven;

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

    public static void register(MagicsRegistry magics, Path localRepository) {
        new MavenMagics(() -> new NotebookDependencies(new ArtifactResolver(ResolverSettings.isolated(localRepository)),
                KernelLibraries::ofThisKernel)).registerIn(magics);
    }
}
