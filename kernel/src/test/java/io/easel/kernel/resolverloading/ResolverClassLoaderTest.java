package io.easel.kernel.resolverloading;

import io.easel.kernel.EaselKernel;
import io.easel.kernel.magic.SessionClasspath;
import io.easel.kernel.session.CellError;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The loader against the build's own target/maven-lib. This JVM's class path has the resolver too (Maven puts provided
 * dependencies on the test class path), which lets these tests tell the loader's copies from the class path's.
 */
class ResolverClassLoaderTest {

    private static final ClassLoader KERNEL = ResolverClassLoaderTest.class.getClassLoader();

    private static ResolverClassLoader withBuiltJars() {
        Path kernelCode = MavenMagicsInstaller.kernelCode();
        ResolverJars jars = ResolverJars.locate(null, kernelCode);
        assertTrue(jars.installed(), "kernel/target/maven-lib is made by the build before the tests: " + jars.missingMessage());
        return new ResolverClassLoader(List.of(kernelCode), jars.jars(), KERNEL);
    }

    @Test
    void theMavenPackageAndTheResolverLoadInsideTheKernelsTypesOutside() throws Exception {
        try (ResolverClassLoader loader = withBuiltJars()) {
            Class<?> coordinates = Class.forName("io.easel.kernel.maven.MavenCoordinates", false, loader);
            assertSame(loader, coordinates.getClassLoader());
            assertNotSame(Class.forName("io.easel.kernel.maven.MavenCoordinates", false, KERNEL), coordinates);

            Class<?> artifact = Class.forName("org.eclipse.aether.artifact.DefaultArtifact", false, loader);
            assertSame(loader, artifact.getClassLoader());
            assertTrue(artifact.getProtectionDomain().getCodeSource().getLocation().getPath().contains("/maven-lib/"));

            assertSame(EaselKernel.class, Class.forName(EaselKernel.class.getName(), false, loader));
            assertSame(CellError.class, Class.forName(CellError.class.getName(), false, loader));
            assertSame(MagicsRegistry.class, Class.forName(MagicsRegistry.class.getName(), false, loader));
            assertSame(Logger.class, Class.forName(Logger.class.getName(), false, loader));
            assertSame(Set.class, Class.forName(Set.class.getName(), false, loader));
        }
    }

    @Test
    void theKernelsOtherLibrariesAreNotVisibleToTheResolver() throws IOException {
        assertNotNull(KERNEL.getResource("com/google/gson/Gson.class"), "gson comes with jjava-jupyter, for the kernel");
        try (ResolverClassLoader loader = withBuiltJars()) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName("com.google.gson.Gson", false, loader));
        }
    }

    @Test
    void registeringTheMagicsLoadsNoResolverClass() throws Exception {
        // no resolver jars at all: registration must still work, and the first use must say what is missing
        try (ResolverClassLoader loader = new ResolverClassLoader(List.of(MavenMagicsInstaller.kernelCode()), List.of(), KERNEL)) {
            MagicsRegistry magics = new MagicsRegistry();
            MavenMagicsInstaller.registerThrough(loader, magics, new SessionClasspath() {
                @Override
                public List<Path> add(List<String> entries) {
                    throw new AssertionError("nothing resolves without the resolver, so nothing is added");
                }

                @Override
                public List<Path> added() {
                    return List.of();
                }
            });

            assertEquals(Set.of("maven", "mavenRepo", "loadFromPOM"), magics.getLineMagicNames());
            assertEquals(Set.of("loadFromPOM"), magics.getCellMagicNames());
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> magics.evalLineMagic(null, "maven", List.of("org.example:lib:1.0")));
            assertTrue(e.getMessage().startsWith("The Maven resolver's jars are incomplete or broken"), e.getMessage());
            assertTrue(e.getMessage().contains("org/eclipse/aether"), e.getMessage());
            assertTrue(e.getMessage().contains("python3 install.py"), e.getMessage());
        }
    }
}
