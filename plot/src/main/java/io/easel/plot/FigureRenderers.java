package io.easel.plot;

import io.easel.plot.spi.FigureRenderer;

import java.util.Iterator;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** Finds the {@link FigureRenderer} on the classpath once and remembers it. */
final class FigureRenderers {

    static final String NONE_MESSAGE = "No figure renderer is available: put easel-renderer-manager on the classpath "
            + "(the Easel kernel does this for you).";

    private static volatile FigureRenderer found;

    private FigureRenderers() {
    }

    /**
     * The renderer to use: looked up through the thread's context class loader (which sees jars a notebook session
     * added) and then plot's own loader. Only a success is remembered, so a renderer added later in a session is
     * still found.
     *
     * @throws IllegalStateException when there is none, or one is registered but cannot be loaded
     */
    static FigureRenderer get() {
        FigureRenderer renderer = found;
        if (renderer == null) {
            synchronized (FigureRenderers.class) {
                if (found == null) {
                    found = lookup(Thread.currentThread().getContextClassLoader(),
                            FigureRenderers.class.getClassLoader());
                }
                renderer = found;
            }
        }
        return renderer;
    }

    /** Refuses what no renderer should return: no bytes at all. */
    static void checkBytes(byte[] bytes, Format format) {
        if (bytes == null || bytes.length == 0) {
            throw new FigureExportException(FigureErrorKind.INTERNAL, "The figure renderer returned no bytes for "
                    + format + "; see the renderer's log for the cause.", null);
        }
    }

    /**
     * The first renderer registered with {@link ServiceLoader} in the first loader that has one (null loaders are
     * skipped).
     *
     * @throws IllegalStateException when no loader has one, or a registered one cannot be loaded
     */
    static FigureRenderer lookup(ClassLoader... loaders) {
        for (ClassLoader loader : loaders) {
            if (loader == null) {
                continue;
            }
            try {
                Iterator<FigureRenderer> renderers = ServiceLoader.load(FigureRenderer.class, loader).iterator();
                if (renderers.hasNext()) {
                    return renderers.next();
                }
            } catch (ServiceConfigurationError e) {
                throw new IllegalStateException("A figure renderer is registered but could not be loaded: "
                        + e.getMessage() + ". Check that easel-renderer-manager and its dependencies are all on the "
                        + "classpath.", e);
            }
        }
        throw new IllegalStateException(NONE_MESSAGE);
    }
}
