package io.easel.kernel.maven;

import org.apache.maven.model.Model;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PomSnippetTest {

    private static Model read(String pom) throws Exception {
        return new MavenXpp3Reader().read(new StringReader(pom));
    }

    @Test
    void looseDependenciesAndListsAreGatheredIntoOneProject() throws Exception {
        Model model = read(PomSnippet.toPom("""
                <dependency><groupId>a</groupId><artifactId>one</artifactId><version>1</version></dependency>
                <dependencies>
                  <dependency><groupId>a</groupId><artifactId>two</artifactId><version>2</version></dependency>
                </dependencies>
                <repository><id>r1</id><url>https://r1.example.org</url></repository>
                <properties><x>y</x></properties>
                """));

        assertEquals("4.0.0", model.getModelVersion());
        assertEquals(PomSnippet.GROUP_ID + ":" + PomSnippet.ARTIFACT_ID + ":" + PomSnippet.VERSION,
                model.getGroupId() + ":" + model.getArtifactId() + ":" + model.getVersion());
        assertEquals("one,two", String.join(",", model.getDependencies().stream().map(d -> d.getArtifactId()).toList()));
        assertEquals("r1", model.getRepositories().get(0).getId());
        assertEquals("y", model.getProperties().getProperty("x"));
    }

    @Test
    void aWholeProjectKeepsItsOwnCoordinates() throws Exception {
        Model model = read(PomSnippet.toPom("""
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.example</groupId><artifactId>study</artifactId><version>7</version>
                  <dependencies><dependency><groupId>a</groupId><artifactId>one</artifactId><version>1</version></dependency></dependencies>
                </project>
                """));

        assertEquals("org.example:study:7", model.getGroupId() + ":" + model.getArtifactId() + ":" + model.getVersion());
        assertEquals(1, model.getDependencies().size());
    }

    @Test
    void aProjectWithAParentInheritsGroupAndVersion() throws Exception {
        Model model = read(PomSnippet.toPom("""
                <project><parent><groupId>p</groupId><artifactId>parent</artifactId><version>3</version></parent>
                <artifactId>child</artifactId></project>
                """));

        assertEquals(null, model.getGroupId());
        assertEquals(null, model.getVersion());
        assertEquals("child", model.getArtifactId());
    }

    @Test
    void malformedXmlSaysWhere() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PomSnippet.toPom("<dependency><groupId>a</groupId>\n<artifactId>b</artifactId>"));

        assertTrue(e.getMessage().startsWith("The POM in this cell is not well-formed XML (line 2"), e.getMessage());
    }

    @Test
    void elementsThatCannotStandAloneAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PomSnippet.toPom("<build><plugins/></build>"));

        assertTrue(e.getMessage().startsWith("<build> cannot stand on its own in %%loadFromPOM"), e.getMessage());
    }

    @Test
    void anEmptyCellExplainsWhatToWrite() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PomSnippet.toPom("  \n "));

        assertTrue(e.getMessage().contains("<artifactId>commons-math3</artifactId>"), e.getMessage());
    }

    @Test
    void doctypesAreRefusedSoEntitiesCannotReadFiles() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PomSnippet.toPom(
                "<!DOCTYPE x [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]><dependency>&secret;</dependency>"));

        assertTrue(e.getMessage().startsWith("%%loadFromPOM does not accept a <!DOCTYPE>"), e.getMessage());
    }
}
