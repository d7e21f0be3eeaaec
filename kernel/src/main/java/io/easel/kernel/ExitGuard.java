package io.easel.kernel;

import io.easel.kernel.session.ThreadGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.Permission;

/**
 * Refuses {@code System.exit} and {@code Runtime.halt} from cells (and the threads they start): in a notebook they
 * would end the kernel with no reply, and every variable with it. Everything else is allowed; this is no sandbox,
 * only a guard against the one call that silently destroys the session.
 *
 * <p>Java's only hook for exit is the (deprecated) SecurityManager. JDK 17 allows installing one at run time;
 * newer JDKs need {@code -Djava.security.manager=allow}, which install.py puts into kernel.json. Where neither works,
 * the kernel runs unguarded and says so in its log.
 */
@SuppressWarnings("removal")
final class ExitGuard extends SecurityManager {

    private static final Logger LOG = LoggerFactory.getLogger(ExitGuard.class);

    private final ThreadGroup cellThreads;

    ExitGuard(ThreadGroup cellThreads) {
        this.cellThreads = cellThreads;
    }

    static void install(ThreadGroup cellThreads) {
        try {
            System.setSecurityManager(new ExitGuard(cellThreads));
        } catch (UnsupportedOperationException | SecurityException e) {
            LOG.warn("System.exit in a cell cannot be refused on this JVM ({}); it will end the kernel. Start the"
                    + " kernel with -Djava.security.manager=allow (install.py does this).", e.toString());
        }
    }

    @Override
    public void checkExit(int status) {
        if (ThreadGroups.within(Thread.currentThread(), cellThreads)) {
            throw new SecurityException("System.exit(" + status + ") was refused: in a notebook it would end the kernel"
                    + " and lose every variable. To stop this cell, return from it or throw an exception; to start"
                    + " afresh, use the notebook's Restart Kernel command.");
        }
    }

    @Override
    public void checkPermission(Permission perm) {
        // everything else is allowed: the guard is about exit alone
    }

    @Override
    public void checkPermission(Permission perm, Object context) {
        // everything else is allowed: the guard is about exit alone
    }
}
