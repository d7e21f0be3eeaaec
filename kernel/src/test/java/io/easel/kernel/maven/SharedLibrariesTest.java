package io.easel.kernel.maven;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SharedLibrariesTest {

    @TempDir
    Path temp;

    @Test
    void readsCoordinatesFromEveryJarAndSkipsWhatIsNotOne() throws Exception {
        TestRepository jars = new TestRepository(temp.resolve("jars"));
        Path gson = jars.artifact("com.google.code.gson", "gson", "2.11.0").publish();
        Path jackson = jars.artifact("com.fasterxml.jackson.core", "jackson-core", "2.17.2").publish();
        Path garbage = Files.write(temp.resolve("broken.jar"), new byte[]{1, 2, 3, 4});
        Path classes = Files.createDirectories(temp.resolve("classes"));
        String classpath = String.join(File.pathSeparator, gson.toString(), classes.toString(), garbage.toString(),
                temp.resolve("missing.jar").toString(), jackson.toString());

        SharedLibraries libraries = SharedLibraries.fromClasspath(classpath);

        assertEquals(2, libraries.size());
        assertEquals(Optional.of("2.11.0"), libraries.versionOf("com.google.code.gson", "gson"));
        assertEquals(Optional.of("2.17.2"), libraries.versionOf("com.fasterxml.jackson.core", "jackson-core"));
        assertEquals(Optional.empty(), libraries.versionOf("org.slf4j", "slf4j-api"));
    }
}
