package io.easel.kernel.session;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The class loader of the user's session: the classes JShell compiles for each snippet. Below it, in this order:
 * <ol>
 *   <li>the user's libraries, the jars {@code %classpath} and {@code %maven} add ({@link UserLibraries});</li>
 *   <li>a {@link SharedPackagesLoader} onto the kernel's loader that lets through Easel's user API
 *       ({@link SessionApi}) and, for the user's libraries only, JJava's extension API;</li>
 *   <li>the JDK.</li>
 * </ol>
 * Nothing else of the kernel is reachable, so a cell that asks for Gson, Jackson, JeroMQ or Commons Exec gets the
 * version the user added, or none. JJava is let through below the user's libraries because a jar that carries a
 * JJava extension must link against the kernel's own JJava; snippets themselves are kept from it here.
 */
public final class SessionClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    /** What the user's libraries may link against besides the API: the extension SPI they implement. */
    static final String EXTENSION_API = "org.dflib.jjava";

    private final Map<String, byte[]> snippetClasses = new ConcurrentHashMap<>();
    private final UserLibraries libraries;
    private final Set<Path> apiRoots;

    public SessionClassLoader(SessionApi api) {
        this(new UserLibraries(api), api);
    }

    private SessionClassLoader(UserLibraries libraries, SessionApi api) {
        super("easel-session", libraries);
        this.libraries = libraries;
        this.apiRoots = api.roots().stream().map(p -> p.toAbsolutePath().normalize()).collect(Collectors.toSet());
    }

    void declare(String className, byte[] bytecode) {
        snippetClasses.put(className, bytecode);
    }

    /**
     * Adds a jar or folder to the user's libraries, except the API's own: JShell hands those over too (cells compile
     * against them), but they are reached through the shared window, which lets their packages through and nothing
     * else (not their META-INF, which holds the sources the kernel documents them from).
     */
    void addLibrary(URL url) {
        if (!apiRoots.contains(pathOf(url))) {
            libraries.addURL(url);
        }
    }

    private static Path pathOf(URL url) {
        try {
            return "file".equals(url.getProtocol()) ? Path.of(url.toURI()).toAbsolutePath().normalize() : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(EXTENSION_API + ".")) {
            throw new ClassNotFoundException(name + " is part of the kernel and not visible to cells.");
        }
        return super.loadClass(name, resolve);
    }

    @Override
    public URL getResource(String name) {
        return isExtensionApi(name) ? null : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return isExtensionApi(name) ? Collections.emptyEnumeration() : super.getResources(name);
    }

    private static boolean isExtensionApi(String resource) {
        return resource.startsWith(EXTENSION_API.replace('.', '/') + "/");
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytecode = snippetClasses.get(name);
        if (bytecode != null) {
            return defineClass(name, bytecode, 0, bytecode.length);
        }
        throw new ClassNotFoundException(name);
    }

    /** The jars and folders {@code %classpath} and {@code %maven} added. */
    static final class UserLibraries extends URLClassLoader {

        static {
            registerAsParallelCapable();
        }

        UserLibraries(SessionApi api) {
            super("easel-user-libraries", new URL[0], new SharedPackagesLoader("easel-session-api",
                    api.kernelLoader(), withExtensionApi(api)));
        }

        private static List<String> withExtensionApi(SessionApi api) {
            List<String> packages = new ArrayList<>(api.packages());
            packages.add(EXTENSION_API);
            return packages;
        }

        @Override
        protected void addURL(URL url) {
            super.addURL(url);
        }
    }
}
