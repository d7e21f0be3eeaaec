package io.easel.kernel.maven;

import org.eclipse.aether.artifact.Artifact;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MavenCoordinatesTest {

    @Test
    void readsTheThreeMavenForms() throws Exception {
        Artifact plain = MavenCoordinates.parse("org.apache.commons:commons-math3:3.6.1");
        Artifact typed = MavenCoordinates.parse("org.example:bom:pom:2");
        Artifact classified = MavenCoordinates.parse(" org.openjfx:javafx-base:jar:linux:21 ");

        assertEquals("org.apache.commons:commons-math3:jar:3.6.1",
                plain.getGroupId() + ":" + plain.getArtifactId() + ":" + plain.getExtension() + ":" + plain.getVersion());
        assertEquals("pom", typed.getExtension());
        assertEquals("linux", classified.getClassifier());
        assertEquals("org.openjfx:javafx-base:jar:linux:21", MavenCoordinates.describe(classified));
        assertEquals("org.apache.commons:commons-math3:3.6.1", MavenCoordinates.describe(plain));
    }

    @Test
    void versionRangesAreCoordinatesToo() throws Exception {
        assertEquals("[1.0,2.0)", MavenCoordinates.parse("a:b:[1.0,2.0)").getVersion());
    }

    @Test
    void tooFewPartsAreExplainedWithAnExample() {
        MavenException e = assertThrows(MavenException.class, () -> MavenCoordinates.parse("org.apache.commons:commons-math3"));

        assertEquals("InvalidCoordinates", e.kind());
        assertTrue(e.getMessage().startsWith("'org.apache.commons:commons-math3' is not a Maven coordinate (it has 2 parts,"),
                e.getMessage());
        assertTrue(e.getMessage().contains("%maven org.apache.commons:commons-math3:3.6.1"), e.getMessage());
    }

    @Test
    void emptyAndBlankPartsAreRefused() {
        assertTrue(assertThrows(MavenException.class, () -> MavenCoordinates.parse("a::1")).getMessage().contains("part 2 is empty"));
        assertTrue(assertThrows(MavenException.class, () -> MavenCoordinates.parse("a:b c:1")).getMessage()
                .contains("part 2 contains a blank"));
        assertTrue(assertThrows(MavenException.class, () -> MavenCoordinates.parse("a:b:c:d:e:f")).getMessage()
                .contains("too many parts"));
    }
}
