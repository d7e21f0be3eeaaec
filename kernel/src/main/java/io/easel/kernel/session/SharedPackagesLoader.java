package io.easel.kernel.session;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * A window onto the kernel's class loader that lets through only some packages; everything else comes from the JDK
 * (the platform loader) or not at all. Resources are filtered the same way, so that, say, the kernel's
 * META-INF/services files stay the kernel's.
 */
final class SharedPackagesLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader kernelLoader;
    private final List<String> prefixes;

    /** @param packages package names let through, sub-packages included */
    SharedPackagesLoader(String name, ClassLoader kernelLoader, List<String> packages) {
        super(name, ClassLoader.getPlatformClassLoader());
        this.kernelLoader = kernelLoader;
        this.prefixes = packages.stream().map(p -> p + ".").toList();
    }

    private boolean shares(String dottedName) {
        for (String prefix : prefixes) {
            if (dottedName.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        if (shares(name)) {
            return kernelLoader.loadClass(name);
        }
        throw new ClassNotFoundException(name);
    }

    @Override
    protected URL findResource(String name) {
        return shares(name.replace('/', '.')) ? kernelLoader.getResource(name) : null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        return shares(name.replace('/', '.')) ? kernelLoader.getResources(name) : Collections.emptyEnumeration();
    }
}
