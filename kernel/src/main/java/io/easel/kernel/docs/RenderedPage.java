package io.easel.kernel.docs;

/**
 * The documentation of a name, as inspect replies and the pager carry it.
 *
 * @param text {@code text/plain}: what consoles and the classic notebook's tooltip show
 * @param html {@code text/html}: what the notebook's pager and JupyterLab show
 */
public record RenderedPage(String text, String html) { }
