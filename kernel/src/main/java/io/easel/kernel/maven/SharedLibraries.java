package io.easel.kernel.maven;

import io.easel.kernel.session.SessionApi;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;

/**
 * The libraries a session shares with the kernel, by Maven coordinates: Easel's user API jars (the figure API, the
 * notebook helpers; see {@link io.easel.kernel.session.SessionApi}). A session loads these classes from the kernel,
 * so a second version added by %maven would never be seen: such jars are reported and left out. Every other library
 * of the kernel is invisible to cells, so %maven may add any version of it.
 */
public final class SharedLibraries {

    private static final Pattern POM_PROPERTIES = Pattern.compile("META-INF/maven/[^/]+/[^/]+/pom\\.properties");

    /** groupId:artifactId to version. */
    private final Map<String, String> versions;

    private SharedLibraries(Map<String, String> versions) {
        this.versions = Collections.unmodifiableMap(versions);
    }

    /**
     * The API jars of this kernel, as the kernel's class loader finds them. Not this class's loader: it is the
     * resolver's, which sees none of the kernel's jars.
     */
    public static SharedLibraries ofThisKernel() {
        return fromClasspath(SessionApi.of(SessionApi.class.getClassLoader()).compileClasspath());
    }

    /** Reads the coordinates from each jar's META-INF/maven/&#42;&#42;/pom.properties; folders and unreadable entries are skipped. */
    public static SharedLibraries fromClasspath(String classpath) {
        Map<String, String> versions = new LinkedHashMap<>();
        for (String entry : classpath.split(Pattern.quote(File.pathSeparator))) {
            if (entry.endsWith(".jar") && Files.isRegularFile(Path.of(entry))) {
                readCoordinates(Path.of(entry), versions);
            }
        }
        return new SharedLibraries(versions);
    }

    private static void readCoordinates(Path jar, Map<String, String> into) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (POM_PROPERTIES.matcher(entry.getName()).matches()) {
                    Properties p = new Properties();
                    try (InputStream in = file.getInputStream(entry)) {
                        p.load(in);
                    }
                    String g = p.getProperty("groupId");
                    String a = p.getProperty("artifactId");
                    String v = p.getProperty("version");
                    if (g != null && a != null && v != null) {
                        into.putIfAbsent(g.trim() + ":" + a.trim(), v.trim());
                    }
                }
            }
        } catch (IOException e) {
            // a jar the kernel cannot read cannot hold classes that clash either
        }
    }

    public Optional<String> versionOf(String groupId, String artifactId) {
        return Optional.ofNullable(versions.get(groupId + ":" + artifactId));
    }

    public int size() {
        return versions.size();
    }
}
