package io.easel.kernel.maven;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MavenRepositoryTest {

    @TempDir
    Path temp;

    @Test
    void urlsAreKeptAndFoldersBecomeFileUrls() {
        assertEquals("https://jitpack.io", MavenRepository.of("jitpack", "https://jitpack.io").url());
        assertEquals(temp.toUri().toString().replaceAll("/$", ""), MavenRepository.of("disk", temp.toString()).url());
        assertEquals("https://repo.example.org/maven2", MavenRepository.of("r", "https://repo.example.org/maven2/").url());
    }

    @Test
    void unusableInputIsExplained() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MavenRepository.of("my repo", "https://x.org"))
                .getMessage().contains("not a usable repository id"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MavenRepository.of("x", "ftp://x.org/repo"))
                .getMessage().contains("not 'ftp'"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> MavenRepository.of("x", temp.resolve("nope").toString())).getMessage()
                .contains("neither a URL (http, https, file) nor an existing folder"));
    }
}
