package io.easel.kernel.outputs;

import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;

/**
 * The cell being executed: what its outputs are published on, and the thread group its code runs in.
 *
 * @param count   its execution count
 * @param threads the group of its threads (and of threads they start)
 * @param env     its request, whose header every output of the cell carries as parent
 */
public record RunningCell(int count, ThreadGroup threads, ShellReplyEnvironment env) {
}
