package io.easel.kernel.session;

import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

import java.util.Map;

/** Hands JShell the one {@link CellExecutionControl} of a session. */
final class CellExecutionControlProvider implements ExecutionControlProvider {

    private final CellExecutionControl control;

    CellExecutionControlProvider(CellExecutionControl control) {
        this.control = control;
    }

    @Override
    public String name() {
        return "easel-local";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        return control;
    }
}
