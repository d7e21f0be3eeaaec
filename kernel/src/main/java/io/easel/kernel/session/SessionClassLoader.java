package io.easel.kernel.session;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The class loader of the user's session: the classes JShell compiles for each snippet, plus jars added with
 * {@code %classpath}. Its parent is the kernel's own loader, and delegation is parent-first, so classes the kernel
 * already has (the figure API above all) exist once and are shared between cells and extensions.
 */
public final class SessionClassLoader extends URLClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final Map<String, byte[]> snippetClasses = new ConcurrentHashMap<>();

    public SessionClassLoader(ClassLoader parent) {
        super("easel-session", new URL[0], parent);
    }

    void declare(String className, byte[] bytecode) {
        snippetClasses.put(className, bytecode);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytecode = snippetClasses.get(name);
        if (bytecode != null) {
            return defineClass(name, bytecode, 0, bytecode.length);
        }
        return super.findClass(name);
    }

    @Override
    public void addURL(URL url) {
        super.addURL(url);
    }
}
