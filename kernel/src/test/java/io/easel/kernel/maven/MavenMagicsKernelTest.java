package io.easel.kernel.maven;

import io.easel.kernel.EaselKernel;
import io.easel.kernel.session.CellError;
import io.easel.kernel.session.JavaSession.EvalResult;
import io.easel.kernel.session.SourceLocation;
import org.dflib.jjava.jupyter.Extension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The magics in a real kernel session: JShell compiles against the added jars and their extensions install. */
class MavenMagicsKernelTest {

    @TempDir
    Path temp;

    private EaselKernel kernel;
    private NotebookDependencies dependencies;
    private TestRepository repo;

    @BeforeEach
    void setUp() throws Exception {
        repo = new TestRepository(temp.resolve("repo"));
        kernel = EaselKernel.create();
        // same magics as a user's kernel, but with a private local repository and no network repositories
        dependencies = new NotebookDependencies(new ArtifactResolver(ResolverSettings.isolated(temp.resolve("local"))),
                SharedLibraries::ofThisKernel);
        new MavenMagics(() -> dependencies, kernel.classpath()).registerIn(kernel.getMagicsRegistry());
        String jjava = Path.of(Extension.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        repo.artifact("t.g", "words", "1.0")
                .withClass("words.Words", "package words; public class Words { public static final String HELLO = \"Hej\"; }")
                .publish();
        repo.artifact("t.g", "hello", "1.0")
                .dependsOn("t.g:words:1.0")
                .withClass("demo.Hello", "package demo; public class Hello {"
                        + " public String greet(String who) { return words.Words.HELLO + \", \" + who; } }")
                .compiledAgainst(repo.folderOf("t.g", "words", "1.0").resolve("words-1.0.jar").toString())
                .publish();
        repo.artifact("t.g", "shouting-extension", "1.0")
                .withClass("ext.Shout", "package ext; import org.dflib.jjava.jupyter.kernel.BaseKernel;"
                        + " import org.dflib.jjava.jupyter.kernel.magic.LineMagic;"
                        + " public class Shout implements org.dflib.jjava.jupyter.Extension {"
                        + " public void install(BaseKernel k) { k.getMagicsRegistry().registerLineMagic(\"shout\","
                        + " (LineMagic<String, BaseKernel>) (kk, args) -> String.join(\" \", args).toUpperCase()); } }")
                .withResource("META-INF/services/org.dflib.jjava.jupyter.Extension", "ext.Shout\n")
                .compiledAgainst(jjava)
                .publish();
    }

    @AfterEach
    void tearDown() {
        kernel.onShutdown(false);
        dependencies.close();
    }

    private Object run(String cell) throws CellError {
        EvalResult result = kernel.runSnippets(cell, SourceLocation.cell(1));
        return result.hasValue() ? result.value() : null;
    }

    @Test
    void cellsCompileAgainstAnArtifactAndItsDependencies() throws Exception {
        String printed = capturingStdout(() -> run("%mavenRepo test " + repo.url() + "\n%maven t.g:hello:1.0"));

        assertTrue(printed.contains("Added repository test ("), printed);
        assertTrue(printed.contains("Downloaded hello-1.0.jar"), printed);
        assertTrue(printed.contains("Added 2 jars to the class path: hello-1.0.jar, words-1.0.jar"), printed);
        assertEquals("Hej, Ada", run("new demo.Hello().greet(\"Ada\")"));
        assertEquals("Hej", run("words.Words.HELLO"));

        String repeated = capturingStdout(() -> run("%maven t.g:hello:1.0"));
        assertEquals("t.g:hello:1.0 is already on the class path; nothing to add.\n", repeated);
    }

    @Test
    void anExtensionInAnAddedJarIsInstalled() throws Exception {
        run("%mavenRepo test " + repo.url());
        assertThrows(CellError.class, () -> run("%shout quiet"));

        run("%maven t.g:shouting-extension:1.0");

        assertTrue(kernel.installedExtensions().stream().anyMatch(name -> name.contains("ext.Shout")),
                kernel.installedExtensions().toString());
        assertEquals("NOW LOUD", run("%shout now loud"));
    }

    @Test
    void pomCellsAddDependenciesToo() throws Exception {
        run("%mavenRepo test " + repo.url());

        run("%%loadFromPOM\n<dependency><groupId>t.g</groupId><artifactId>hello</artifactId><version>1.0</version>"
                + "</dependency>");

        assertEquals("Hej, Bo", run("new demo.Hello().greet(\"Bo\")"));
    }

    @Test
    void failuresBecomeCellErrorsThatSayWhatToDo() {
        CellError missing = assertThrows(CellError.class,
                () -> run("%mavenRepo test " + repo.url() + "\n%maven t.g:absent:1.0"));
        assertEquals("ArtifactNotFound", missing.errorName());
        assertTrue(missing.errorValue().contains("t.g:absent:1.0 was not found"), missing.errorValue());

        CellError usage = assertThrows(CellError.class, () -> run("%maven --fast t.g:hello:1.0"));
        assertTrue(usage.errorValue().contains("unknown option --fast. " + MavenMagics.MAVEN_USAGE), usage.errorValue());

        CellError badPom = assertThrows(CellError.class, () -> run("%%loadFromPOM\n<dependency><groupId>x"));
        assertTrue(badPom.errorValue().contains("not well-formed XML"), badPom.errorValue());
    }

    @Test
    void optionsTakeQuotedPathsLongFlagsAndHelp() throws Exception {
        CellError missing = assertThrows(CellError.class, () -> run("%loadFromPOM --offline 'no such dir/pom.xml'"));
        assertTrue(missing.errorValue().startsWith("%loadFromPOM: No POM at 'no such dir/pom.xml'"), missing.errorValue());

        CellError cellWithFile = assertThrows(CellError.class, () -> run("%%loadFromPOM --offline pom.xml\n<x/>"));
        assertTrue(cellWithFile.errorValue().contains("reads the POM from the cell below it"), cellWithFile.errorValue());
        assertTrue(cellWithFile.errorValue().contains("Usage: %loadFromPOM [--offline]"), cellWithFile.errorValue());

        CellError halfRepo = assertThrows(CellError.class, () -> run("%mavenRepo lonely"));
        assertTrue(halfRepo.errorValue().startsWith("%mavenRepo: give the url or folder of repository 'lonely' after"
                + " its id. Usage: %mavenRepo <id> <url or folder>"), halfRepo.errorValue());

        String help = capturingStdout(() -> run("%maven --help"));
        assertTrue(help.startsWith(MavenMagics.MAVEN_USAGE + "\n"), help);
        assertTrue(help.contains("--offline") && help.contains("look only in the local repository"), help);
        assertEquals("No Maven artifacts added yet. " + MavenMagics.MAVEN_USAGE + "\n",
                capturingStdout(() -> run("%maven --offline")));
    }

    private interface Cell {
        void run() throws Exception;
    }

    private static String capturingStdout(Cell cell) throws Exception {
        PrintStream previous = System.out;
        TestRepository.Captured out = new TestRepository.Captured();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            cell.run();
        } finally {
            System.setOut(previous);
        }
        return out.text();
    }
}
