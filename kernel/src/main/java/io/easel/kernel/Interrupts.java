package io.easel.kernel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * SIGINT interrupts the running cell instead of ending the JVM. Jupyter sends it when a kernelspec asks for
 * signal interrupts, and people send it by hand; Easel's kernelspec uses interrupt messages, and both work.
 */
final class Interrupts {

    private static final Logger LOG = LoggerFactory.getLogger(Interrupts.class);

    private Interrupts() {
    }

    static void install(EaselKernel kernel) {
        try {
            Signal.handle(new Signal("INT"), signal -> {
                LOG.info("SIGINT received: interrupting the running cell");
                kernel.interrupt();
            });
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            LOG.warn("SIGINT cannot be handled on this platform ({}); use the interrupt button instead", e.getMessage());
        }
    }
}
