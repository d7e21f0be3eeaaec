package io.easel.kernel.resolverloading;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Holds the Maven resolver apart from the kernel, so that neither the kernel's class path nor a user's session carries
 * its libraries (commons-lang3, httpclient, plexus-utils, ...), and %maven may add other versions of them.
 * <p>
 * The kernel's {@value #OWN_PACKAGE}* classes are loaded here, child-first, so they link against the resolver in this
 * loader. The types they share with the kernel (the rest of io.easel.kernel, JJava's API, SLF4J, and picocli, whose
 * ParameterException a magic throws for the kernel to word) come from the kernel's loader, so a magic registered from
 * here is the kind of object the kernel expects. Everything else is the JDK's or
 * this loader's: the kernel's other libraries stay invisible, so a jar missing from the resolver's folder fails the
 * same way in a test as in a user's kernel.
 */
public final class ResolverClassLoader extends URLClassLoader {

    /** The kernel's own code that runs on the resolver. */
    public static final String OWN_PACKAGE = "io.easel.kernel.maven.";

    private static final List<String> SHARED_WITH_KERNEL = List.of("io.easel.kernel.", "org.dflib.jjava.", "org.slf4j.",
            "picocli.");

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader kernel;

    /**
     * @param kernelCode where the kernel's {@value #OWN_PACKAGE}* classes are: the kernel's jar, or folders of classes
     * @param resolverJars the resolver and the libraries it needs
     * @param kernel the kernel's class loader, which serves the shared types
     */
    public ResolverClassLoader(List<Path> kernelCode, List<Path> resolverJars, ClassLoader kernel) {
        super("easel-maven-resolver", urls(kernelCode, resolverJars), ClassLoader.getPlatformClassLoader());
        this.kernel = kernel;
    }

    private static URL[] urls(List<Path> kernelCode, List<Path> jars) {
        List<URL> urls = new ArrayList<>();
        // the kernel's code first: the magics' classes are found without opening the resolver's jars
        for (Path p : kernelCode) {
            urls.add(url(p));
        }
        for (Path p : jars) {
            urls.add(url(p));
        }
        return urls.toArray(URL[]::new);
    }

    private static URL url(Path path) {
        try {
            return path.toAbsolutePath().toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("Not a usable class path entry: " + path, e);
        }
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(OWN_PACKAGE)) {
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = findClass(name);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }
        if (isSharedWithKernel(name)) {
            return kernel.loadClass(name);
        }
        // the JDK (the parent), then the resolver's jars
        return super.loadClass(name, resolve);
    }

    static boolean isSharedWithKernel(String className) {
        return SHARED_WITH_KERNEL.stream().anyMatch(className::startsWith);
    }
}
