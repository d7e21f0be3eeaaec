package io.easel.kernel.maven;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotebookDependenciesTest {

    @TempDir
    Path temp;

    private TestRepository repo;
    private Path local;
    private final List<List<Path>> handedOver = new ArrayList<>();
    private final ClasspathTarget target = handedOver::add;
    private NotebookDependencies dependencies;
    private Path kernelJar;

    @BeforeEach
    void setUp() {
        repo = new TestRepository(temp.resolve("repo"));
        local = temp.resolve("local");
        // the "kernel" runs on slf4j-api 2.0.17, as the real one does: a jar carrying that pom.properties
        kernelJar = new TestRepository(temp.resolve("kernel")).artifact("org.slf4j", "slf4j-api", "2.0.17").publish();
        dependencies = newDependencies();
        dependencies.addRepository(MavenRepository.of("test", repo.url()));
        repo.artifact("t.g", "hello", "1.0")
                .withClass("demo.Hello", "package demo; public class Hello {"
                        + " public String greet(String who) { return \"Hello, \" + who + \" (\" + who.length() + \")\"; } }")
                .publish();
    }

    private NotebookDependencies newDependencies() {
        return new NotebookDependencies(new ArtifactResolver(ResolverSettings.isolated(local)),
                () -> SharedLibraries.fromClasspath(kernelJar.toString()));
    }

    @AfterEach
    void tearDown() {
        dependencies.close();
    }

    @Test
    void addedJarsReachTheTargetInOneCallAndTheirClassesWork() throws Exception {
        AddOutcome outcome = dependencies.add(List.of("t.g:hello:1.0"), false, target);

        assertEquals(1, handedOver.size());
        assertEquals(List.of("t.g:hello:1.0"), outcome.added().stream().map(ResolvedArtifact::coordinates).toList());
        try (URLClassLoader loader = new URLClassLoader(new URL[]{handedOver.get(0).get(0).toUri().toURL()}, null)) {
            Object hello = loader.loadClass("demo.Hello").getConstructor().newInstance();
            assertEquals("Hello, Ada (3)", hello.getClass().getMethod("greet", String.class).invoke(hello, "Ada"));
        }
        assertEquals(List.of("t.g:hello:1.0"), dependencies.added().stream().map(ResolvedArtifact::coordinates).toList());
    }

    @Test
    void repeatingARequestDoesNotResolveOrAddAnything() throws Exception {
        dependencies.add(List.of("t.g:hello:1.0"), false, target);
        // with both repositories gone, only a request that never reaches the resolver can succeed
        TestRepository.deleteTree(repo.root());
        TestRepository.deleteTree(local);

        AddOutcome again = dependencies.add(List.of("t.g:hello:1.0"), false, target);

        assertEquals(1, handedOver.size());
        assertEquals(List.of(), again.added());
        assertEquals(List.of("t.g:hello:1.0"), again.alreadyPresent().stream().map(ResolvedArtifact::coordinates).toList());
        String shown = printed(again, List.of("t.g:hello:1.0"));
        assertEquals("t.g:hello:1.0 is already on the class path; nothing to add.\n", shown);
    }

    @Test
    void aDependencyThatIsAlreadyAddedIsNotAddedTwice() throws Exception {
        dependencies.add(List.of("t.g:hello:1.0"), false, target);
        repo.artifact("t.g", "uses-hello", "1.0").dependsOn("t.g:hello:1.0").publish();

        AddOutcome outcome = dependencies.add(List.of("t.g:uses-hello:1.0"), false, target);

        assertEquals(List.of("t.g:uses-hello:1.0"), outcome.added().stream().map(ResolvedArtifact::coordinates).toList());
        assertEquals(List.of("t.g:hello:1.0"), outcome.alreadyPresent().stream().map(ResolvedArtifact::coordinates).toList());
        assertEquals(1, handedOver.get(1).size());
    }

    @Test
    void anotherVersionOfASharedLibraryIsReportedAndLeftOut() throws Exception {
        repo.artifact("org.slf4j", "slf4j-api", "1.7.36").publish();
        repo.artifact("t.g", "old-logging", "1.0").dependsOn("org.slf4j:slf4j-api:1.7.36").publish();

        AddOutcome outcome = dependencies.add(List.of("t.g:old-logging:1.0"), false, target);

        assertEquals(1, outcome.conflicts().size());
        assertEquals("org.slf4j:slf4j-api:1.7.36 requested, but it is part of Easel's own API, which cells share with the kernel; 2.0.17 is used",
                outcome.conflicts().get(0).describe());
        assertEquals(List.of("old-logging-1.0.jar"),
                handedOver.get(0).stream().map(p -> p.getFileName().toString()).toList());
        String stderr = printedErr(outcome);
        assertEquals("org.slf4j:slf4j-api:1.7.36 requested, but it is part of Easel's own API, which cells share with the kernel; 2.0.17 is used\n", stderr);
    }

    @Test
    void theSharedVersionIsNotAddedAgain() throws Exception {
        repo.artifact("org.slf4j", "slf4j-api", "2.0.17").publish();

        AddOutcome outcome = dependencies.add(List.of("org.slf4j:slf4j-api:2.0.17"), false, target);

        assertEquals(List.of(), handedOver);
        assertEquals(List.of("org.slf4j:slf4j-api:2.0.17"),
                outcome.providedByKernel().stream().map(ResolvedArtifact::coordinates).toList());
        assertTrue(printed(outcome, List.of("org.slf4j:slf4j-api:2.0.17")).contains("Already part of Easel's API: org.slf4j:slf4j-api:2.0.17"));
    }

    @Test
    void aSecondVersionOfAnArtifactAddedEarlierIsReportedAndLeftOut() throws Exception {
        repo.artifact("t.g", "hello", "2.0").publish();
        repo.artifact("t.g", "wants-new-hello", "1.0").dependsOn("t.g:hello:2.0").publish();
        dependencies.add(List.of("t.g:hello:1.0"), false, target);

        AddOutcome outcome = dependencies.add(List.of("t.g:wants-new-hello:1.0"), false, target);

        assertEquals("t.g:hello:2.0 requested, this session already has 1.0 from an earlier %maven; 1.0 is used"
                + " (restart the kernel to switch versions)", outcome.conflicts().get(0).describe());
        assertEquals(List.of("wants-new-hello-1.0.jar"),
                handedOver.get(1).stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void pomSnippetDependenciesAreAddedLikeCoordinates() throws Exception {
        AddOutcome outcome = dependencies.addFromPom(
                "<dependency><groupId>t.g</groupId><artifactId>hello</artifactId><version>1.0</version></dependency>",
                false, target);

        assertEquals(List.of("t.g:hello:1.0"), outcome.added().stream().map(ResolvedArtifact::coordinates).toList());
        AddOutcome repeat = dependencies.addFromPom(
                "<dependencies><dependency><groupId>t.g</groupId><artifactId>hello</artifactId><version>1.0</version>"
                        + "</dependency></dependencies>", false, target);
        assertEquals(List.of(), repeat.added());
        assertEquals("Everything this POM needs is already on the class path; nothing to add.\n", printed(repeat, List.of()));
    }

    @Test
    void badCoordinatesFailBeforeAnythingIsResolved() {
        MavenException e = assertThrows(MavenException.class,
                () -> dependencies.add(List.of("t.g:hello:1.0", "commons-lang3"), false, target));

        assertEquals("InvalidCoordinates", e.kind());
        assertTrue(e.getMessage().startsWith("'commons-lang3' is not a Maven coordinate"), e.getMessage());
        assertEquals(List.of(), handedOver);
    }

    @Test
    void repositoryIdsAreUniqueAndANewUrlReplacesTheOld() {
        String again = dependencies.addRepository(MavenRepository.of("test", repo.url()));
        String moved = dependencies.addRepository(MavenRepository.of("test", "https://repo.example.org/maven2/"));

        String url = MavenRepository.of("test", repo.url()).url();
        assertEquals("Repository test (" + url + ") was already added.", again);
        assertEquals("Repository 'test' now points to https://repo.example.org/maven2 (was " + url + ").", moved);
        assertEquals(1, dependencies.repositories().size());
    }

    private static String printed(AddOutcome outcome, List<String> requested) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MavenMagics.report(outcome, requested, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String printedErr(AddOutcome outcome) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        MavenMagics.report(outcome, List.of(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return err.toString(StandardCharsets.UTF_8);
    }
}
