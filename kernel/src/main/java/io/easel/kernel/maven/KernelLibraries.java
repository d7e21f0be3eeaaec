package io.easel.kernel.maven;

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
 * The libraries the kernel itself runs on, by Maven coordinates. The session's class loader asks the kernel's loader
 * first, so a second version of one of these added by %maven would never be seen, or worse, be mixed with the first:
 * such jars are reported and left out.
 */
public final class KernelLibraries {

    private static final Pattern POM_PROPERTIES = Pattern.compile("META-INF/maven/[^/]+/[^/]+/pom\\.properties");

    /** groupId:artifactId to version. */
    private final Map<String, String> versions;

    private KernelLibraries(Map<String, String> versions) {
        this.versions = Collections.unmodifiableMap(versions);
    }

    /**
     * The kernel's own class path (kernel/target/lib in development, the kernelspec's lib/kernel when installed): what
     * a session sees. The resolver's jars, loaded apart by io.easel.kernel.resolverloading, are not on it and do not
     * count; other versions of them are free to be added.
     */
    public static KernelLibraries ofThisKernel() {
        return fromClasspath(System.getProperty("java.class.path", ""));
    }

    /** Reads the coordinates from each jar's META-INF/maven/&#42;&#42;/pom.properties; folders and unreadable entries are skipped. */
    public static KernelLibraries fromClasspath(String classpath) {
        Map<String, String> versions = new LinkedHashMap<>();
        for (String entry : classpath.split(Pattern.quote(File.pathSeparator))) {
            if (entry.endsWith(".jar") && Files.isRegularFile(Path.of(entry))) {
                readCoordinates(Path.of(entry), versions);
            }
        }
        return new KernelLibraries(versions);
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
