/**
 * What a notebook cell calls, without imports, to talk to the notebook it runs in: {@code display},
 * {@code updateDisplay}, {@code render}, {@code clearOutput}.
 *
 * <p>Why a module of its own: a cell sees the JDK, Easel's user API and what the user added, and nothing of the
 * kernel's machinery (JJava, Gson, Jackson, JeroMQ...), so that {@code %maven} can bring any version of those. The
 * helpers a cell calls therefore cannot be JJava's; they are these JDK-only classes, which the kernel shares with the
 * session, and which reach the kernel through {@link io.easel.notebook.spi.NotebookBackend}, an interface the kernel
 * implements with its own libraries.
 */
package io.easel.notebook;
