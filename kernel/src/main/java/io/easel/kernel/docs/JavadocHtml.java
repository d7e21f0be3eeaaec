package io.easel.kernel.docs;

import com.sun.source.doctree.DeprecatedTree;
import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.EndElementTree;
import com.sun.source.doctree.EntityTree;
import com.sun.source.doctree.ErroneousTree;
import com.sun.source.doctree.IndexTree;
import com.sun.source.doctree.LinkTree;
import com.sun.source.doctree.LiteralTree;
import com.sun.source.doctree.ParamTree;
import com.sun.source.doctree.ReferenceTree;
import com.sun.source.doctree.ReturnTree;
import com.sun.source.doctree.SeeTree;
import com.sun.source.doctree.SinceTree;
import com.sun.source.doctree.StartElementTree;
import com.sun.source.doctree.SummaryTree;
import com.sun.source.doctree.SystemPropertyTree;
import com.sun.source.doctree.TextTree;
import com.sun.source.doctree.ThrowsTree;
import com.sun.source.doctree.UnknownBlockTagTree;
import com.sun.source.doctree.UnknownInlineTagTree;
import com.sun.source.doctree.ValueTree;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A doc comment as an HTML fragment: its own markup kept (it is HTML already), inline tags turned into HTML
 * ({@code {@code x}} into {@code <code>x</code>}), the block tags into a definition list. Links lose their targets:
 * they point into javadoc's pages, which a notebook does not have.
 */
final class JavadocHtml {

    private JavadocHtml() {
    }

    static String render(DocCommentTree doc) {
        StringBuilder out = new StringBuilder();
        for (DocTree tag : doc.getBlockTags()) {
            if (tag instanceof DeprecatedTree deprecated) {
                out.append("<p><b>Deprecated.</b> ").append(body(deprecated.getBody())).append("</p>");
            }
        }
        out.append(body(doc.getFullBody()).strip());
        Map<String, List<String>> sections = new LinkedHashMap<>();
        for (DocTree tag : doc.getBlockTags()) {
            section(tag, sections);
        }
        if (!sections.isEmpty()) {
            out.append("<dl>");
            sections.forEach((title, entries) -> {
                out.append("<dt>").append(title).append(":</dt>");
                entries.forEach(entry -> out.append("<dd>").append(entry).append("</dd>"));
            });
            out.append("</dl>");
        }
        return out.toString();
    }

    /** What the comment's {@code @param name} says, e.g. of a record's component. */
    static Optional<String> param(DocCommentTree doc, String name) {
        for (DocTree tag : doc.getBlockTags()) {
            if (tag instanceof ParamTree param && !param.isTypeParameter()
                    && param.getName().getName().contentEquals(name)) {
                return Optional.of(body(param.getDescription()).strip()).filter(s -> !s.isEmpty());
            }
        }
        return Optional.empty();
    }

    private static void section(DocTree tag, Map<String, List<String>> sections) {
        if (tag instanceof ParamTree param) {
            String name = param.getName().getName().toString();
            add(sections, "Parameters", code(param.isTypeParameter() ? "<" + name + ">" : name) + " - "
                    + body(param.getDescription()));
        } else if (tag instanceof ReturnTree ret) {
            add(sections, "Returns", body(ret.getDescription()));
        } else if (tag instanceof ThrowsTree thrown) {
            add(sections, "Throws", html(thrown.getExceptionName()) + " - " + body(thrown.getDescription()));
        } else if (tag instanceof SeeTree see) {
            add(sections, "See also", body(see.getReference()));
        } else if (tag instanceof SinceTree since) {
            add(sections, "Since", body(since.getBody()));
        } else if (tag instanceof UnknownBlockTagTree unknown) {
            add(sections, JavadocText.blockTitle(unknown.getTagName()), body(unknown.getContent()));
        }
    }

    private static void add(Map<String, List<String>> sections, String title, String entry) {
        sections.computeIfAbsent(title, t -> new ArrayList<>()).add(entry.strip());
    }

    private static String body(List<? extends DocTree> trees) {
        StringBuilder out = new StringBuilder();
        for (DocTree tree : trees) {
            out.append(html(tree));
        }
        return out.toString();
    }

    private static String html(DocTree tree) {
        if (tree instanceof TextTree text) {
            return text.getBody(); // HTML already
        }
        if (tree instanceof StartElementTree start) {
            return isLinkOrImage(start.getName().toString()) ? "" : start.toString();
        }
        if (tree instanceof EndElementTree end) {
            return isLinkOrImage(end.getName().toString()) ? "" : end.toString();
        }
        if (tree instanceof EntityTree entity) {
            return "&" + entity.getName() + ";";
        }
        if (tree instanceof LiteralTree literal) {
            String text = escape(literal.getBody().getBody());
            return literal.getKind() == DocTree.Kind.CODE ? "<code>" + text + "</code>" : text;
        }
        if (tree instanceof LinkTree link) {
            String label = link.getLabel().isEmpty() ? escape(JavadocText.reference(link.getReference()))
                    : body(link.getLabel());
            return link.getKind() == DocTree.Kind.LINK ? "<code>" + label + "</code>" : label;
        }
        if (tree instanceof ReferenceTree reference) {
            return code(JavadocText.reference(reference));
        }
        if (tree instanceof ReturnTree ret) {
            return "Returns " + body(ret.getDescription()) + ".";
        }
        if (tree instanceof ValueTree value) {
            return value.getReference() == null ? "" : code(JavadocText.reference(value.getReference()));
        }
        if (tree instanceof SummaryTree summary) {
            return body(summary.getSummary());
        }
        if (tree instanceof IndexTree index) {
            return html(index.getSearchTerm());
        }
        if (tree instanceof SystemPropertyTree property) {
            return code(property.getPropertyName().toString());
        }
        if (tree instanceof UnknownInlineTagTree unknown) {
            return body(unknown.getContent());
        }
        if (tree instanceof ErroneousTree erroneous) {
            return escape(erroneous.getBody());
        }
        return ""; // comments, {@inheritDoc}, {@docRoot}
    }

    private static boolean isLinkOrImage(String element) {
        return element.equalsIgnoreCase("a") || element.equalsIgnoreCase("img");
    }

    private static String code(String text) {
        return "<code>" + escape(text) + "</code>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
