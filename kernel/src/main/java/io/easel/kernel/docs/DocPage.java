package io.easel.kernel.docs;

import java.util.List;
import java.util.Optional;

import static io.easel.kernel.docs.JavadocHtml.escape;

/**
 * What inspect and {@code name?} show for a name: signatures and Javadoc, and with more detail ({@code name??},
 * Shift-Tab's second level) the declarations' source too; as plain text and as HTML.
 */
final class DocPage {

    private static final String NO_JAVADOC = "(no Javadoc)";

    private final DocLibrary library;

    DocPage(DocLibrary library) {
        this.library = library;
    }

    /**
     * The page of the first target that has documentation here, or empty when none has (a JDK class without the
     * JDK's src.zip, a class of the session).
     */
    Optional<RenderedPage> describe(List<DocTarget> targets, boolean detail) {
        for (DocTarget target : targets) {
            Optional<RenderedPage> page = describe(target, detail);
            if (page.isPresent()) {
                return page;
            }
        }
        return Optional.empty();
    }

    Optional<RenderedPage> describe(DocTarget target, boolean detail) {
        if (target instanceof DocTarget.Type type) {
            return library.type(type.name()).map(doc -> entry(doc.signature(), doc.doc(), doc.source(), detail));
        }
        if (target instanceof DocTarget.Variable variable) {
            return library.type(variable.type()).map(doc -> {
                RenderedPage type = entry(doc.signature(), doc.doc(), doc.source(), detail);
                return new RenderedPage(variable.name() + " : " + variable.type() + "\n\n" + type.text(),
                        "<p><code>" + escape(variable.name()) + "</code> : <code>" + escape(variable.type())
                                + "</code></p>" + type.html());
            });
        }
        DocTarget.Member member = (DocTarget.Member) target;
        List<MemberDoc> members = library.members(member.owner(), member.name());
        if (members.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder();
        for (MemberDoc doc : members) {
            RenderedPage entry = entry(doc.signature(), doc.doc(), doc.source(), detail);
            text.append(text.length() > 0 ? "\n\n" : "").append(entry.text());
            html.append(entry.html());
        }
        return Optional.of(new RenderedPage(text.toString(), html.toString()));
    }

    /** A signature, its doc indented below it, and its source when asked for. */
    private static RenderedPage entry(String signature, Javadoc doc, String source, boolean detail) {
        StringBuilder text = new StringBuilder(signature).append('\n')
                .append(indent(doc.isEmpty() ? NO_JAVADOC : doc.text()));
        StringBuilder html = new StringBuilder("<pre><code>").append(escape(signature)).append("</code></pre>")
                .append("<div style=\"margin-left: 2em\">")
                .append(doc.isEmpty() ? "<p><i>" + NO_JAVADOC + "</i></p>" : doc.html()).append("</div>");
        if (detail && !source.isBlank()) {
            text.append("\n\n").append(indent(source.strip()));
            html.append("<pre><code>").append(escape(source.strip())).append("</code></pre>");
        }
        return new RenderedPage(text.toString(), html.toString());
    }

    private static String indent(String text) {
        return text.lines().map(line -> line.isEmpty() ? "" : "    " + line).reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
