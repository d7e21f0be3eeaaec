package org.dflib.jjava.jupyter.kernel;

import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;

/**
 * JJava lets only its own BaseKernel bind the notebook IO (display stream, stdin) to a request, through protected
 * methods. Easel's kernel runs requests itself, so this one class sits in JJava's package to reach them.
 */
public final class JupyterIOBinding {

    private JupyterIOBinding() {
    }

    public static void bind(JupyterIO io, ShellReplyEnvironment env, boolean stdinEnabled) {
        io.setEnv(env);
        io.setJupyterInEnabled(stdinEnabled);
    }

    public static void unbind(JupyterIO io, ShellReplyEnvironment env) {
        io.retractEnv(env);
    }
}
