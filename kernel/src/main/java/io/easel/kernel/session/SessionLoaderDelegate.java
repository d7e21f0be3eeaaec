package io.easel.kernel.session;

import jdk.jshell.execution.LoaderDelegate;
import jdk.jshell.spi.ExecutionControl.ClassBytecodes;
import jdk.jshell.spi.ExecutionControl.ClassInstallException;
import jdk.jshell.spi.ExecutionControl.InternalException;

import java.io.File;
import java.net.MalformedURLException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Loads JShell's compiled snippets into the {@link SessionClassLoader}. */
final class SessionLoaderDelegate implements LoaderDelegate {

    private final SessionClassLoader loader;
    private final Map<String, Class<?>> loaded = new ConcurrentHashMap<>();

    SessionLoaderDelegate(SessionClassLoader loader) {
        this.loader = loader;
    }

    @Override
    public void load(ClassBytecodes[] classes) throws ClassInstallException {
        boolean[] installed = new boolean[classes.length];
        try {
            for (ClassBytecodes c : classes) {
                loader.declare(c.name(), c.bytecodes());
            }
            for (int i = 0; i < classes.length; i++) {
                Class<?> type = loader.loadClass(classes[i].name());
                loaded.put(classes[i].name(), type);
                installed[i] = true;
                // linking now makes a broken class fail here, at definition, not at first use
                type.getDeclaredMethods();
            }
        } catch (Throwable e) {
            throw new ClassInstallException("load: " + e.getMessage(), installed);
        }
    }

    @Override
    public void classesRedefined(ClassBytecodes[] classes) {
        for (ClassBytecodes c : classes) {
            loader.declare(c.name(), c.bytecodes());
        }
    }

    @Override
    public void addToClasspath(String path) throws InternalException {
        for (String entry : path.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            try {
                loader.addLibrary(Path.of(entry).toUri().toURL());
            } catch (MalformedURLException e) {
                throw new InternalException("Cannot add '" + entry + "' to the class path: " + e.getMessage());
            }
        }
    }

    @Override
    public Class<?> findClass(String name) throws ClassNotFoundException {
        Class<?> type = loaded.get(name);
        if (type == null) {
            throw new ClassNotFoundException(name + " was not loaded by this session");
        }
        return type;
    }
}
