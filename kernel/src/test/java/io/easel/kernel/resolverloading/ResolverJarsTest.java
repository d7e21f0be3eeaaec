package io.easel.kernel.resolverloading;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResolverJarsTest {

    @TempDir
    Path temp;

    private Path file(String relative) throws IOException {
        Path p = temp.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.write(p, new byte[]{1});
    }

    @Test
    void aBuildKeepsThemInMavenLibBesideTheClasses() throws IOException {
        Path classes = Files.createDirectories(temp.resolve("kernel/target/classes"));
        Path b = file("kernel/target/maven-lib/b.jar");
        Path a = file("kernel/target/maven-lib/a.jar");
        file("kernel/target/maven-lib/notes.txt");

        ResolverJars jars = ResolverJars.locate(null, classes);

        assertTrue(jars.installed());
        assertEquals(temp.resolve("kernel/target/maven-lib"), jars.folder());
        assertEquals(List.of(a, b), jars.jars());
    }

    @Test
    void aKernelspecKeepsThemInLibMavenNextToLibKernel() throws IOException {
        Path kernelJar = file("easel/lib/kernel/easel-kernel-0.1.0.jar");
        Path resolver = file("easel/lib/maven/maven-resolver-api-1.9.16.jar");

        ResolverJars jars = ResolverJars.locate(null, kernelJar);

        assertEquals(List.of(resolver), jars.jars());
        assertEquals(temp.resolve("easel/lib/maven"), jars.folder());
    }

    @Test
    void thePropertyIsTheOnlyPlaceLookedAtWhenSet() throws IOException {
        Path classes = Files.createDirectories(temp.resolve("target/classes"));
        file("target/maven-lib/a.jar");
        Path elsewhere = file("elsewhere/z.jar");

        assertEquals(List.of(elsewhere), ResolverJars.locate(temp.resolve("elsewhere").toString(), classes).jars());

        ResolverJars wrong = ResolverJars.locate(temp.resolve("nowhere").toString(), classes);
        assertFalse(wrong.installed(), "a wrong setting must be reported, not replaced by the build's folder");
        assertNull(wrong.folder());
        assertTrue(wrong.missingMessage().contains("no jars in " + temp.resolve("nowhere")), wrong.missingMessage());
    }

    @Test
    void aPropertyThatIsNoPathIsReportedNotThrown() throws IOException {
        ResolverJars jars = ResolverJars.locate("lib/\0maven", Files.createDirectories(temp.resolve("target/classes")));

        assertFalse(jars.installed());
        assertTrue(jars.missingMessage().contains("-Deasel.maven.lib=lib/\0maven is not a usable path"), jars.missingMessage());
    }

    @Test
    void withoutJarsTheMessageNamesThePlacesAndTheRepair() throws IOException {
        Path kernelJar = file("easel/lib/kernel/easel-kernel.jar");
        file("easel/lib/maven/readme.txt");

        ResolverJars jars = ResolverJars.locate(null, kernelJar);

        assertFalse(jars.installed());
        String message = jars.missingMessage();
        assertTrue(message.startsWith("The Maven resolver is not installed in this kernelspec"), message);
        assertTrue(message.contains(temp.resolve("easel/lib/kernel/maven-lib") + " or " + temp.resolve("easel/lib/maven")), message);
        assertTrue(message.contains("python3 install.py"), message);
    }
}
