/**
 * Jupyter's sockets as the kernel binds them: JJava's, except the shell and control channels.
 *
 * <p>Why: JJava 1.0-a6 serves each of those two channels with a loop that polls its socket without waiting and
 * then sleeps 50 ms, every time, also right after it answered a request. So every request a client sends waits up
 * to 50 ms before the kernel reads it: the {@code kernel_info} of a start, each cell of a notebook run by nbconvert
 * (a client sends the next cell as soon as the last one replied, and so waits the whole 50 ms), each completion
 * and inspection. {@link io.easel.kernel.channels.WakingShellChannel} waits on the socket instead, so a request is
 * read the moment it arrives, and an idle kernel still wakes only ten times a second.
 * {@link io.easel.kernel.channels.EaselJupyterConnection} binds those two channels in place of JJava's own and
 * everything else (heartbeat, stdin, IOPub, the handlers, the reply environments) as JJava does.
 */
package io.easel.kernel.channels;
