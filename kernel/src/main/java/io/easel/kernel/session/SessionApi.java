package io.easel.kernel.session;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The part of the kernel's class path that a session shares: Easel's user API (the figure API, the notebook
 * helpers). Each API jar says so itself with a {@value #MARKER} resource that lists its packages, so the kernel needs
 * no compile-time knowledge of them and a new API jar needs no kernel change.
 *
 * <p>Why share at all instead of isolating everything: a Figure a cell builds must be the very class the display
 * extension (on the kernel's side) renders. Why share only these: every other library of the kernel (JJava, Gson,
 * Jackson, JeroMQ, Commons Exec) stays invisible to cells, so {@code %maven} can add any version of them.
 *
 * @param kernelLoader the loader that holds the kernel and the API jars
 * @param roots        the jars (or class folders in a build) that hold the API: the class path cells compile against
 * @param packages     the package names a session may load from the kernel's loader (sub-packages included)
 */
public record SessionApi(ClassLoader kernelLoader, List<Path> roots, Set<String> packages) {

    /** The resource an API jar carries: one package name a line, '#' starts a comment. */
    public static final String MARKER = "META-INF/easel/session-api";

    public SessionApi {
        roots = List.copyOf(roots);
        packages = Set.copyOf(packages);
    }

    /** The API jars visible through the kernel's loader. */
    public static SessionApi of(ClassLoader kernelLoader) {
        List<Path> roots = new ArrayList<>();
        Set<String> packages = new LinkedHashSet<>();
        try {
            Enumeration<URL> markers = kernelLoader.getResources(MARKER);
            while (markers.hasMoreElements()) {
                URL marker = markers.nextElement();
                roots.add(rootOf(marker));
                packages.addAll(readPackages(marker));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the session API markers (" + MARKER + ") of the kernel's jars", e);
        }
        return new SessionApi(kernelLoader, roots, packages);
    }

    /**
     * True for a class of Easel's API itself, loaded by the kernel (a Figure): such values are immutable and safe to
     * hand to a kernel thread, unlike the user's objects, whose code runs on cell threads only.
     */
    public boolean owns(Class<?> type) {
        if (type.getClassLoader() != kernelLoader) {
            return false;
        }
        String name = type.getName();
        return packages.stream().anyMatch(pkg -> name.startsWith(pkg + "."));
    }

    /** The class path cells compile against, in the platform's path syntax. */
    public String compileClasspath() {
        return String.join(java.io.File.pathSeparator, roots.stream().map(Path::toString).toList());
    }

    private static Path rootOf(URL marker) throws IOException {
        try {
            if ("jar".equals(marker.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) marker.openConnection();
                connection.setUseCaches(false);
                return Path.of(connection.getJarFileURL().toURI());
            }
            // a class folder (target/classes in a build): the marker sits at META-INF/easel/session-api below it
            return Path.of(marker.toURI()).getParent().getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IOException("Unusable location of " + MARKER + ": " + marker, e);
        }
    }

    private static List<String> readPackages(URL marker) throws IOException {
        List<String> packages = new ArrayList<>();
        var connection = marker.openConnection();
        connection.setUseCaches(false);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String pkg = line.strip();
                if (!pkg.isEmpty() && !pkg.startsWith("#")) {
                    packages.add(pkg);
                }
            }
        }
        return packages;
    }
}
