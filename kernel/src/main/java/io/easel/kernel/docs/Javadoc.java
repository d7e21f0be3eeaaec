package io.easel.kernel.docs;

/**
 * One doc comment, rendered twice: as plain text (consoles, the classic notebook's tooltip) and as HTML (the
 * notebook's pager, JupyterLab), which keeps the comment's own markup.
 *
 * @param text plain text, empty when there is no comment
 * @param html an HTML fragment, empty when there is no comment
 */
record Javadoc(String text, String html) {

    static final Javadoc NONE = new Javadoc("", "");

    boolean isEmpty() {
        return text.isEmpty() && html.isEmpty();
    }
}
