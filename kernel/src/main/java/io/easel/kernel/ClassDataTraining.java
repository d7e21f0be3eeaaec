package io.easel.kernel;

import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;

import io.easel.kernel.channels.EaselJupyterConnection;


/**
 * The training run behind the kernel's class-data-sharing archive: {@code install.py} starts the kernel's JVM once
 * with {@code -XX:ArchiveClassesAtExit} and {@code --train-class-data}, and this class goes through what a kernel
 * does before and at its first figure (the Jupyter sockets, JShell and javac, the extensions, a figure shown as a
 * display bundle, which also starts the renderer), then exits normally so the JVM writes the archive. Later kernels
 * map those classes instead of loading and verifying them one by one.
 *
 * <p>The renderer the figure starts is stopped the ordinary way, so it records its own archive too (see
 * renderer-manager's {@code ClassDataArchive}); both are made at install time rather than at a user's first figure.
 */
final class ClassDataTraining {
    static final String OPTION = "--train-class-data";

    /** The race's first cell (bench/race.py), so the archive holds what a first figure needs. */
    private static final String FIRST_FIGURE = """
            double[] xs = IntStream.range(0, 1000).mapToDouble(i -> i / 100.0).toArray();
            double[] ys = Arrays.stream(xs).map(Math::sin).toArray();
            Plot.line(xs, ys).title("training")
            """;

    private ClassDataTraining() {
    }

    /**
     * Runs the training and returns the exit status: 0 when a figure came back with a picture, 1 otherwise (the
     * archive is then still written, only smaller; the message says what failed).
     */
    static int run() throws Exception {
        EaselKernel kernel = EaselKernel.create();
        JupyterConnection jupyter = new EaselJupyterConnection(EaselJupyterConnection.onFreeLoopbackPorts());
        kernel.becomeHandlerForConnection(jupyter);
        kernel.onStartup();
        jupyter.connect();
        int status = 0;
        try {
            SyntaxCheck.parses("int warm = 1;");
            Object figure = kernel.evalRaw(FIRST_FIGURE);
            DisplayData shown = kernel.getRenderer().render(figure);
            if (shown == null || !shown.hasDataForType(MIMEType.IMAGE_PNG)) {
                System.err.println("Class-data training: the training figure came back without a PNG; the kernel's"
                        + " archive covers less than a first figure. Check the renderer with %renderer status.");
                status = 1;
            }
        } catch (RuntimeException e) {
            System.err.println("Class-data training: the training figure failed (" + e.getMessage() + "); the"
                    + " kernel's archive covers less than a first figure.");
            status = 1;
        } finally {
            jupyter.close();
            kernel.onShutdown(false);
        }
        return status;
    }
}
