package io.easel.kernel.maven;

import io.easel.kernel.EaselKernel;
import io.easel.kernel.magic.SessionClasspath;
import io.easel.kernel.resolverloading.MavenMagicsInstaller;
import io.easel.kernel.resolverloading.ResolverClassLoader;
import io.easel.kernel.resolverloading.ResolverJars;
import io.easel.kernel.session.CellError;
import io.easel.kernel.session.JavaSession.EvalResult;
import io.easel.kernel.session.SourceLocation;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The resolver apart from the kernel, in a JVM whose class path is a user's kernel's: the kernel, its libraries, and
 * no resolver (the surefire execution "resolver-isolation" in kernel/pom.xml leaves those jars out; run it with
 * {@code mvn -pl kernel verify}, not with -Dtest, which would put it on the ordinary test class path). The resolver
 * comes from target/maven-lib through a ResolverClassLoader.
 * <p>
 * This class is loaded by the kernel's loader: it must not touch a class of this package that uses the resolver.
 */
class ResolverIsolationTest {

    @TempDir
    Path temp;

    private EaselKernel kernel;
    private ResolverClassLoader loader;
    private TestRepository repo;

    @BeforeEach
    void setUp() throws Exception {
        repo = new TestRepository(temp.resolve("repo"));
        kernel = EaselKernel.create();
    }

    @AfterEach
    void tearDown() throws Exception {
        kernel.onShutdown(false);
        if (loader != null) {
            loader.close();
        }
    }

    private Object run(String cell) throws CellError {
        EvalResult result = kernel.runSnippets(cell, SourceLocation.cell(1));
        return result.hasValue() ? result.value() : null;
    }

    /** The magics with a private local repository, loaded as MavenMagicsInstaller loads them, plus this test's classes. */
    private void registerIsolatedMagics() throws Exception {
        Path classes = codeOf(EaselKernel.class);
        loader = new ResolverClassLoader(List.of(classes, codeOf(ResolverIsolationTest.class)),
                ResolverJars.locate(null, classes).jars(), EaselKernel.class.getClassLoader());
        Class.forName("io.easel.kernel.maven.IsolatedMavenMagics", true, loader)
                .getMethod("register", MagicsRegistry.class, Path.class, SessionClasspath.class)
                .invoke(null, kernel.getMagicsRegistry(), temp.resolve("local"), kernel.classpath());
    }

    private static Path codeOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void neitherTheKernelNorASessionSeesTheResolversLibraries() {
        ClassLoader kernelLoader = EaselKernel.class.getClassLoader();
        for (String resource : List.of("org/eclipse/aether/RepositorySystem.class", "org/apache/commons/lang3/StringUtils.class",
                "org/apache/http/client/HttpClient.class", "org/codehaus/plexus/util/StringUtils.class")) {
            assertNull(kernelLoader.getResource(resource), resource + " is on this JVM's class path; the surefire"
                    + " execution resolver-isolation in kernel/pom.xml must leave the resolver's jars out");
        }
        assertTrue(System.getProperty("java.class.path").contains("gson-2.11.0.jar"), "the kernel's libraries stay");

        CellError e = assertThrows(CellError.class, () -> run("Class.forName(\"org.apache.commons.lang3.StringUtils\")"));
        assertTrue(e.errorName().contains("ClassNotFoundException"), e.errorName() + ": " + e.errorValue());
    }

    @Test
    void theMagicsOfAUsersKernelLoadTheResolverFromMavenLib() throws Exception {
        // the magics EaselKernel.create() registered: Maven's own configuration, found without the class path
        String printed = capturing(true, () -> run("%mavenRepo"));

        assertTrue(printed.startsWith("Repositories searched, in order, after the local repository "), printed);
        CellError e = assertThrows(CellError.class, () -> run("Class.forName(\"org.eclipse.aether.RepositorySystem\")"));
        assertTrue(e.errorName().contains("ClassNotFoundException"), "the resolver stays out of the session after use");
    }

    @Test
    void theKernelsOwnLibrariesMayBeAddedInAnyVersion() throws Exception {
        repo.artifact("org.apache.commons", "commons-lang3", "3.14.0")
                .withClass("org.apache.commons.lang3.StringUtils", "package org.apache.commons.lang3;"
                        + " public class StringUtils { public static String reverse(String s) {"
                        + " return new StringBuilder(s).reverse().toString(); } }")
                .publish();
        repo.artifact("com.google.code.gson", "gson", "2.10.1")
                .withClass("com.google.gson.OldGson", "package com.google.gson; public class OldGson {}")
                .publish();
        registerIsolatedMagics();
        run("%mavenRepo test " + repo.url());

        String[] printed = new String[1];
        String warned = capturing(false, () -> printed[0] = capturing(true,
                () -> run("%maven org.apache.commons:commons-lang3:3.14.0 com.google.code.gson:gson:2.10.1")));

        // the resolver's commons-lang3 and the kernel's Gson are invisible to cells: other versions are free to add
        assertTrue(printed[0].contains("Added 2 jars to the class path: commons-lang3-3.14.0.jar, gson-2.10.1.jar"), printed[0]);
        assertEquals("", warned);
        assertEquals("cba", run("org.apache.commons.lang3.StringUtils.reverse(\"abc\")"));
        assertTrue(String.valueOf(run("org.apache.commons.lang3.StringUtils.class.getProtectionDomain().getCodeSource()"
                + ".getLocation().getPath()")).endsWith("/commons-lang3-3.14.0.jar"));
        assertTrue(String.valueOf(run("new com.google.gson.OldGson().getClass().getProtectionDomain().getCodeSource()"
                + ".getLocation().getPath()")).endsWith("/gson-2.10.1.jar"));
    }

    private interface Cell {
        void run() throws Exception;
    }

    private static String capturing(boolean stdout, Cell cell) throws Exception {
        PrintStream previous = stdout ? System.out : System.err;
        TestRepository.Captured captured = new TestRepository.Captured();
        PrintStream stream = new PrintStream(captured, true, StandardCharsets.UTF_8);
        if (stdout) {
            System.setOut(stream);
        } else {
            System.setErr(stream);
        }
        try {
            cell.run();
        } finally {
            if (stdout) {
                System.setOut(previous);
            } else {
                System.setErr(previous);
            }
        }
        return captured.text();
    }
}
