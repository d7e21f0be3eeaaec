package io.easel.kernel.resolverloading;

import io.easel.kernel.magic.SessionClasspath;
import io.easel.kernel.session.CellError;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.magic.CellMagic;
import org.dflib.jjava.jupyter.kernel.magic.LineMagic;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;

/**
 * Registers %maven, %mavenRepo and %loadFromPOM from io.easel.kernel.maven, loaded through a {@link ResolverClassLoader}.
 * Only the magics' own classes load at start; the resolver's first class loads with the first magic that needs it.
 * Without the resolver's jars the kernel still starts, and the magics say how to install them.
 */
public final class MavenMagicsInstaller {

    private static final Logger LOG = LoggerFactory.getLogger(MavenMagicsInstaller.class);

    static final String MAGICS_CLASS = "io.easel.kernel.maven.MavenMagics";
    static final List<String> LINE_MAGICS = List.of("maven", "mavenRepo", "loadFromPOM");
    static final List<String> CELL_MAGICS = List.of("loadFromPOM");

    private MavenMagicsInstaller() {
    }

    /** The magics of a user's kernel, with the resolver's jars found as {@link ResolverJars} describes. */
    public static void register(MagicsRegistry magics, SessionClasspath classpath) {
        Path kernelCode = kernelCode();
        if (kernelCode == null) {
            registerUnavailable(magics, "%maven cannot find the kernel's own classes (no code source for "
                    + MavenMagicsInstaller.class.getName() + "); start the kernel from its jar as install.py sets it up.");
            return;
        }
        ResolverJars jars = ResolverJars.locate(System.getProperty(ResolverJars.FOLDER_PROPERTY), kernelCode);
        if (!jars.installed()) {
            LOG.warn("%maven is unavailable: {}", jars.missingMessage());
            registerUnavailable(magics, jars.missingMessage());
            return;
        }
        ClassLoader loader = new ResolverClassLoader(List.of(kernelCode), jars.jars(), MavenMagicsInstaller.class.getClassLoader());
        try {
            registerThrough(loader, magics, classpath);
        } catch (ReflectiveOperationException | LinkageError e) {
            Throwable cause = e instanceof InvocationTargetException ? e.getCause() : e;
            LOG.error("The Maven magics could not be loaded from {}", jars.folder(), cause);
            registerUnavailable(magics, "The Maven magics could not be loaded from " + jars.folder() + " (" + cause
                    + "). Reinstall the kernel with `python3 install.py` after `mvn package`.");
        }
    }

    /** Registers the magics as {@code MavenMagics.register} does it inside the given loader. */
    static void registerThrough(ClassLoader loader, MagicsRegistry magics, SessionClasspath classpath)
            throws ReflectiveOperationException {
        Class.forName(MAGICS_CLASS, true, loader).getMethod("register", MagicsRegistry.class, SessionClasspath.class)
                .invoke(null, magics, classpath);
    }

    /** The same names, each failing with the message, so a notebook that uses them learns why. */
    static void registerUnavailable(MagicsRegistry magics, String message) {
        for (String name : LINE_MAGICS) {
            magics.registerLineMagic(name, (LineMagic<Void, BaseKernel>) (kernel, args) -> {
                throw CellError.simple("MavenUnavailable", message);
            });
        }
        for (String name : CELL_MAGICS) {
            magics.registerCellMagic(name, (CellMagic<Void, BaseKernel>) (kernel, args, body) -> {
                throw CellError.simple("MavenUnavailable", message);
            });
        }
    }

    /** The kernel's jar (kernel/target/classes in a build), which also holds io.easel.kernel.maven. */
    static Path kernelCode() {
        CodeSource source = MavenMagicsInstaller.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
