package io.easel.kernel;

import org.dflib.jjava.jupyter.channels.JupyterConnection;

import io.easel.kernel.channels.EaselJupyterConnection;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The kernel process: {@code java -cp ... io.easel.kernel.EaselKernelMain <connection-file>}, as Jupyter starts it
 * from kernel.json; {@code install.py} also runs it once with {@code --train-class-data} (see {@link ClassDataTraining}).
 */
public final class EaselKernelMain {

    private EaselKernelMain() {
    }

    public static void main(String[] args) throws Exception {
        KernelLogging.configure();
        if (args.length == 1 && args[0].equals(ClassDataTraining.OPTION)) {
            System.exit(ClassDataTraining.run());
        }
        if (args.length != 1) {
            System.err.println("Usage: java -cp <easel jars> io.easel.kernel.EaselKernelMain <connection-file>\n"
                    + "Jupyter passes the connection file; install the kernel with `python3 install.py` and start it"
                    + " from Jupyter (notebook, console, nbconvert).");
            System.exit(2);
        }
        KernelConnectionProperties connection = readConnectionFile(Path.of(args[0]));

        EaselKernel kernel = EaselKernel.create();
        JupyterConnection jupyter = new EaselJupyterConnection(connection);
        kernel.becomeHandlerForConnection(jupyter);
        // extensions are installed before the first request can arrive, so the first cell already sees them
        kernel.onStartup();
        Interrupts.install(kernel);
        ExitGuard.install(kernel.cellThreads());
        ParentWatch.exitWhenParentDies();
        jupyter.connect();
        jupyter.waitUntilClose();
        kernel.onShutdown(false);
        // user code may have left non-daemon threads behind; the kernel's life ends with the connection
        System.exit(0);
    }

    private static KernelConnectionProperties readConnectionFile(Path file) throws IOException {
        try {
            return KernelConnectionProperties.parse(Files.readString(file));
        } catch (NoSuchFileException e) {
            System.err.println("Connection file " + file + " does not exist. Jupyter writes it before starting the kernel;"
                    + " start Easel from Jupyter rather than by hand.");
            System.exit(2);
            throw e;
        }
    }
}
