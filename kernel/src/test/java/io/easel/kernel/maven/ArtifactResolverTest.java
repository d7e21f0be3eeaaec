package io.easel.kernel.maven;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArtifactResolverTest {

    @TempDir
    Path temp;

    private TestRepository repo;
    private Path local;
    private ArtifactResolver resolver;
    private List<MavenRepository> repos;

    @BeforeEach
    void setUp() {
        repo = new TestRepository(temp.resolve("repo"));
        local = temp.resolve("local");
        resolver = new ArtifactResolver(ResolverSettings.isolated(local));
        repos = List.of(MavenRepository.of("test", repo.url()));
    }

    @AfterEach
    void tearDown() {
        resolver.close();
    }

    private void publishChain() {
        repo.artifact("t.g", "app", "1.0")
                .dependsOn("t.g:lib:1.0")
                .dependsOn("t.g:testonly:1.0:test")
                .dependsOn("t.g:extra:1.0:optional")
                .withClass("app.Greeter", "package app; public class Greeter {"
                        + " public String greet(String who) { return lib.Text.shout(\"hello \" + who); } }")
                .compiledAgainst(repo.folderOf("t.g", "lib", "1.0").resolve("lib-1.0.jar").toString())
                .publish();
    }

    private void publishLib() {
        repo.artifact("t.g", "lib", "1.0")
                .dependsOn("t.g:runtimeonly:1.0:runtime")
                .dependsOn("t.g:container:1.0:provided")
                .withClass("lib.Text", "package lib; public class Text {"
                        + " public static String shout(String s) { return s.toUpperCase() + \"!\"; } }")
                .publish();
        repo.artifact("t.g", "runtimeonly", "1.0").publish();
        repo.artifact("t.g", "container", "1.0").publish();
        repo.artifact("t.g", "testonly", "1.0").publish();
        repo.artifact("t.g", "extra", "1.0").publish();
    }

    @Test
    void resolvesTransitiveRuntimeDependenciesAndLeavesOutTestProvidedAndOptional() throws Exception {
        publishLib();
        publishChain();

        List<ResolvedArtifact> resolved = resolver.resolve(List.of(MavenCoordinates.parse("t.g:app:1.0")), repos, false);

        assertEquals(List.of("t.g:app:1.0", "t.g:lib:1.0", "t.g:runtimeonly:1.0"),
                resolved.stream().map(ResolvedArtifact::coordinates).toList());
        for (ResolvedArtifact artifact : resolved) {
            assertTrue(artifact.file().startsWith(local), artifact.file() + " should be in the local repository");
            assertTrue(Files.isRegularFile(artifact.file()));
        }
        URL[] urls = resolved.stream().map(a -> toUrl(a.file())).toArray(URL[]::new);
        try (URLClassLoader loader = new URLClassLoader(urls, null)) {
            Object greeter = loader.loadClass("app.Greeter").getConstructor().newInstance();
            assertEquals("HELLO WORLD!", greeter.getClass().getMethod("greet", String.class).invoke(greeter, "world"));
        }
    }

    @Test
    void settingsXmlRepositoriesAndMirrorsAreUsed() throws Exception {
        // Central is mirrored to one folder and a profile adds another: no request may leave this machine
        TestRepository mirror = new TestRepository(temp.resolve("mirror"));
        mirror.artifact("t.g", "from-central", "1.0").publish();
        repo.artifact("t.g", "from-profile", "1.0").dependsOn("t.g:from-central:1.0").publish();
        Path settingsXml = temp.resolve("settings.xml");
        Files.writeString(settingsXml, "<settings><mirrors><mirror><id>central-mirror</id><mirrorOf>central</mirrorOf>"
                + "<url>" + mirror.url() + "</url></mirror></mirrors>"
                + "<profiles><profile><id>extra</id><repositories><repository><id>from-settings</id><url>" + repo.url()
                + "</url></repository></repositories></profile></profiles>"
                + "<activeProfiles><activeProfile>extra</activeProfile></activeProfiles></settings>");

        try (ArtifactResolver configured = new ArtifactResolver(ResolverSettings.withSettingsXml(local, settingsXml))) {
            String printed = capturingStdout(() -> assertEquals(List.of("t.g:from-profile:1.0", "t.g:from-central:1.0"),
                    configured.resolve(List.of(MavenCoordinates.parse("t.g:from-profile:1.0")), List.of(), false)
                            .stream().map(ResolvedArtifact::coordinates).toList()));

            assertTrue(printed.contains("Downloaded from-profile-1.0.jar (") && printed.contains(") from from-settings"), printed);
            assertTrue(printed.contains("Downloaded from-central-1.0.jar (") && printed.contains(") from central-mirror"), printed);
            assertEquals(List.of("central-mirror", "from-settings"),
                    configured.defaultRepositories().stream().map(r -> r.getId()).toList());
        }
    }

    @Test
    void missingArtifactNamesItAndEveryPlaceSearched() {
        MavenException e = assertThrows(MavenException.class,
                () -> resolver.resolve(List.of(MavenCoordinates.parse("t.g:nowhere:3.1")), repos, false));

        assertEquals("ArtifactNotFound", e.kind());
        assertTrue(e.getMessage().contains("t.g:nowhere:3.1"), e.getMessage());
        assertTrue(e.getMessage().contains("test (" + repos.get(0).url() + ")"), e.getMessage());
        assertTrue(e.getMessage().contains(local.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("%mavenRepo"), e.getMessage());
    }

    @Test
    void missingTransitiveDependencyNamesWhatNeedsIt() {
        repo.artifact("t.g", "top", "1.0").dependsOn("t.g:middle:1.0").publish();
        repo.artifact("t.g", "middle", "1.0").dependsOn("t.g:gone:2.0").publish();

        MavenException e = assertThrows(MavenException.class,
                () -> resolver.resolve(List.of(MavenCoordinates.parse("t.g:top:1.0")), repos, false));

        assertTrue(e.getMessage().contains("t.g:gone:2.0 (needed by t.g:top:1.0 -> t.g:middle:1.0)"), e.getMessage());
    }

    @Test
    void unreachableRepositoryIsReportedAsSuch() throws Exception {
        // a port nothing listens on: the connection is refused at once, with no network involved
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<MavenRepository> closed = List.of(MavenRepository.of("closed", "http://127.0.0.1:" + port + "/maven2/"));

        MavenException e = assertThrows(MavenException.class,
                () -> resolver.resolve(List.of(MavenCoordinates.parse("t.g:app:1.0")), closed, false));

        assertTrue(e.getMessage().contains("could not reach closed (http://127.0.0.1:" + port), e.getMessage());
        assertTrue(e.getMessage().contains("--offline"), e.getMessage());
    }

    @Test
    void worksFromTheLocalRepositoryOnceTheRemoteIsGone() throws Exception {
        publishLib();
        publishChain();
        resolver.resolve(List.of(MavenCoordinates.parse("t.g:app:1.0")), repos, false);
        TestRepository.deleteTree(repo.root());

        try (ArtifactResolver offline = new ArtifactResolver(ResolverSettings.isolated(local))) {
            List<ResolvedArtifact> again = offline.resolve(List.of(MavenCoordinates.parse("t.g:app:1.0")), repos, true);
            assertEquals(3, again.size());
            List<ResolvedArtifact> online = offline.resolve(List.of(MavenCoordinates.parse("t.g:app:1.0")), repos, false);
            assertEquals(again, online);
        }
    }

    @Test
    void offlineModeDoesNotLookInRemoteRepositories() {
        publishLib();

        MavenException e = assertThrows(MavenException.class,
                () -> resolver.resolve(List.of(MavenCoordinates.parse("t.g:lib:1.0")), repos, true));

        assertTrue(e.getMessage().contains("t.g:lib:1.0 is not in the local repository " + local), e.getMessage());
        assertTrue(e.getMessage().contains("without --offline"), e.getMessage());
        assertFalse(Files.exists(local.resolve("t/g/lib/1.0/lib-1.0.jar")));
    }

    @Test
    void printsOneLinePerDownloadedFileAndNothingOnceLocal() throws Exception {
        publishLib();
        String first = capturingStdout(() -> resolver.resolve(List.of(MavenCoordinates.parse("t.g:lib:1.0")), repos, false));

        assertTrue(first.contains("Downloaded lib-1.0.pom ("), first);
        assertTrue(first.contains("Downloaded lib-1.0.jar ("), first);
        assertTrue(first.contains("Downloaded runtimeonly-1.0.jar ("), first);
        assertTrue(first.contains(") from test"), first);
        assertFalse(first.contains(".sha1"), first);
        assertEquals(first.lines().count(), first.lines().distinct().count(), first);

        String second = capturingStdout(() -> resolver.resolve(List.of(MavenCoordinates.parse("t.g:lib:1.0")), repos, false));
        assertEquals("", second);
    }

    @Test
    void brokenPomOfADependencyIsWarnedAboutAndItsJarStillAdded() throws Exception {
        repo.artifact("t.g", "user", "1.0").dependsOn("t.g:broken:1.0").publish();
        repo.artifact("t.g", "broken", "1.0").publish();
        Path pom = repo.folderOf("t.g", "broken", "1.0").resolve("broken-1.0.pom");
        TestRepository.writeWithChecksum(pom, new byte[]{'<', 'p', 'r', 'o', 0, (byte) 0xff, '>'});

        PrintStream previous = System.err;
        TestRepository.Captured err = new TestRepository.Captured();
        List<ResolvedArtifact> resolved;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            resolved = resolver.resolve(List.of(MavenCoordinates.parse("t.g:user:1.0")), repos, false);
        } finally {
            System.setErr(previous);
        }

        assertEquals(List.of("t.g:user:1.0", "t.g:broken:1.0"), resolved.stream().map(ResolvedArtifact::coordinates).toList());
        assertTrue(err.text().contains("Warning: the POM of t.g:broken:1.0 is invalid"), err.text());
    }

    @Test
    void versionRangesAreResolvedFromRepositoryMetadata() throws Exception {
        for (String v : List.of("1.0", "1.5", "2.0")) {
            repo.artifact("t.g", "ranged", v).publish();
        }
        TestRepository.writeWithChecksum(repo.root().resolve("t/g/ranged/maven-metadata.xml"), ("<metadata>"
                + "<groupId>t.g</groupId><artifactId>ranged</artifactId><versioning><latest>2.0</latest><release>2.0</release>"
                + "<versions><version>1.0</version><version>1.5</version><version>2.0</version></versions></versioning>"
                + "</metadata>").getBytes(StandardCharsets.UTF_8));

        List<ResolvedArtifact> resolved = resolver.resolve(List.of(MavenCoordinates.parse("t.g:ranged:[1.0,2.0)")), repos, false);

        assertEquals("1.5", resolved.get(0).version());

        MavenException e = assertThrows(MavenException.class,
                () -> resolver.resolve(List.of(MavenCoordinates.parse("t.g:ranged:[3.0,)")), repos, false));
        assertTrue(e.getMessage().contains("No version of t.g:ranged matches [3.0,)"), e.getMessage());
    }

    @Test
    void pomSnippetAppliesPropertiesManagedVersionsAndImportedBoms() throws Exception {
        publishLib();
        repo.artifact("t.g", "bom", "1.0").pomOnly().withPomXml("<dependencyManagement><dependencies>"
                + "<dependency><groupId>t.g</groupId><artifactId>extra</artifactId><version>1.0</version></dependency>"
                + "</dependencies></dependencyManagement>").publish();
        String snippet = """
                <properties><lib.version>1.0</lib.version></properties>
                <dependencyManagement><dependencies>
                  <dependency><groupId>t.g</groupId><artifactId>bom</artifactId><version>1.0</version>
                    <type>pom</type><scope>import</scope></dependency>
                </dependencies></dependencyManagement>
                <dependency><groupId>t.g</groupId><artifactId>lib</artifactId><version>${lib.version}</version></dependency>
                <dependency><groupId>t.g</groupId><artifactId>extra</artifactId></dependency>
                <dependency><groupId>t.g</groupId><artifactId>testonly</artifactId><version>1.0</version>
                  <scope>test</scope></dependency>
                """;

        List<ResolvedArtifact> resolved = resolver.resolvePom(PomSnippet.toPom(snippet), repos, false);

        assertEquals(List.of("t.g:lib:1.0", "t.g:runtimeonly:1.0", "t.g:extra:1.0"),
                resolved.stream().map(ResolvedArtifact::coordinates).toList());
    }

    @Test
    void pomSnippetUsesTheRepositoriesItDeclares() throws Exception {
        publishLib();
        String snippet = "<repositories><repository><id>declared</id><url>" + repo.url() + "</url></repository></repositories>"
                + "<dependency><groupId>t.g</groupId><artifactId>lib</artifactId><version>1.0</version></dependency>";

        List<ResolvedArtifact> resolved = resolver.resolvePom(PomSnippet.toPom(snippet), List.of(), false);

        assertEquals(List.of("t.g:lib:1.0", "t.g:runtimeonly:1.0"), resolved.stream().map(ResolvedArtifact::coordinates).toList());
    }

    @Test
    void wholeProjectPomWithItsOwnCoordinatesIsRead() throws Exception {
        publishLib();
        String pom = """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.example</groupId><artifactId>analysis</artifactId><version>${revision}</version>
                  <properties><revision>0.3</revision></properties>
                  <dependencies>
                    <dependency><groupId>t.g</groupId><artifactId>lib</artifactId><version>1.0</version></dependency>
                  </dependencies>
                </project>
                """;

        List<ResolvedArtifact> resolved = resolver.resolvePom(PomSnippet.toPom(pom), repos, false);

        assertEquals(List.of("t.g:lib:1.0", "t.g:runtimeonly:1.0"), resolved.stream().map(ResolvedArtifact::coordinates).toList());
    }

    @Test
    void pomSnippetWithoutAVersionIsRejectedWithMavensReason() {
        String snippet = "<dependency><groupId>t.g</groupId><artifactId>lib</artifactId></dependency>";

        MavenException e = assertThrows(MavenException.class,
                () -> resolver.resolvePom(PomSnippet.toPom(snippet), repos, false));

        assertEquals("InvalidPom", e.kind());
        assertTrue(e.getMessage().contains("the POM in this cell"), e.getMessage());
        assertTrue(e.getMessage().contains("'dependencies.dependency.version' for t.g:lib:jar is missing"), e.getMessage());
    }

    @Test
    void missingDependencyOfAPomSnippetSaysTheCellNeedsIt() {
        String snippet = "<dependency><groupId>t.g</groupId><artifactId>absent</artifactId><version>9</version></dependency>";

        MavenException e = assertThrows(MavenException.class,
                () -> resolver.resolvePom(PomSnippet.toPom(snippet), repos, false));

        assertTrue(e.getMessage().contains("t.g:absent:9 (needed by the POM in this cell)"), e.getMessage());
    }

    private interface Action {
        void run() throws Exception;
    }

    private static String capturingStdout(Action action) throws Exception {
        PrintStream previous = System.out;
        TestRepository.Captured out = new TestRepository.Captured();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(previous);
        }
        return out.text();
    }

    private static URL toUrl(Path p) {
        try {
            return p.toUri().toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
