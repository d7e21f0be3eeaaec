package io.easel.kernel.resolverloading;

import io.easel.kernel.EaselKernel;
import io.easel.kernel.session.CellError;
import io.easel.kernel.session.JavaSession.EvalResult;
import io.easel.kernel.session.SourceLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MavenMagicsInstallerTest {

    @TempDir
    Path temp;

    private EaselKernel kernel;

    @AfterEach
    void tearDown() {
        System.clearProperty(ResolverJars.FOLDER_PROPERTY);
        if (kernel != null) {
            kernel.onShutdown(false);
        }
    }

    @Test
    void aKernelWithoutTheResolverStartsAndItsMavenMagicsSayHowToInstallIt() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("lib/maven"));
        System.setProperty(ResolverJars.FOLDER_PROPERTY, empty.toString());

        kernel = EaselKernel.create();

        EvalResult sum = kernel.runSnippets("1 + 2", SourceLocation.cell(1));
        assertEquals(3, sum.value());
        for (String cell : new String[]{"%maven org.example:lib:1.0", "%mavenRepo", "%loadFromPOM pom.xml",
                "%%loadFromPOM\n<dependency/>"}) {
            CellError e = assertThrows(CellError.class, () -> kernel.runSnippets(cell, SourceLocation.cell(2)), cell);
            assertEquals("MavenUnavailable", e.errorName(), cell);
            assertTrue(e.errorValue().startsWith("The Maven resolver is not installed in this kernelspec (no jars in "
                    + empty + ")"), e.errorValue());
            assertTrue(e.errorValue().contains("python3 install.py"), e.errorValue());
        }
        assertEquals(3, kernel.runSnippets("1 + 2", SourceLocation.cell(3)).value(), "the kernel carries on");
    }
}
