package io.easel.kernel.docs;

import com.sun.source.doctree.AttributeTree;
import com.sun.source.doctree.BlockTagTree;
import com.sun.source.doctree.DeprecatedTree;
import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.EndElementTree;
import com.sun.source.doctree.EntityTree;
import com.sun.source.doctree.ErroneousTree;
import com.sun.source.doctree.IndexTree;
import com.sun.source.doctree.InlineTagTree;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A doc comment, as javac's {@code DocTrees} parsed it, turned into readable plain text: inline tags become their
 * text ({@code {@code x}} is x, {@code {@link Figure#save(Path) save}} is save), the HTML becomes paragraphs, list
 * items and preformatted blocks, and the block tags become sections (Parameters, Returns, Throws, See also...).
 */
final class JavadocText {

    /** Characters per line of flowing text; Javadoc's own line breaks are the source file's, not the reader's. */
    static final int WIDTH = 88;

    private static final Map<String, String> ENTITIES = Map.of(
            "lt", "<", "gt", ">", "amp", "&", "quot", "\"", "apos", "'", "nbsp", " ", "mdash", "\u2014",
            "ndash", "\u2013", "hellip", "\u2026", "times", "\u00d7");

    private JavadocText() {
    }

    /** The whole comment: its body, then one section per kind of block tag. */
    static String render(DocCommentTree doc) {
        TextLayout out = new TextLayout(WIDTH);
        List<DocTree> tags = new ArrayList<>(doc.getBlockTags());
        for (DocTree tag : tags) {
            if (tag instanceof DeprecatedTree deprecated) {
                out.text("Deprecated.");
                body(deprecated.getBody(), out);
                out.paragraph();
            }
        }
        body(doc.getFullBody(), out);
        out.paragraph();
        Map<String, List<String[]>> sections = new LinkedHashMap<>();
        for (DocTree tag : tags) {
            section(tag, sections);
        }
        for (Map.Entry<String, List<String[]>> section : sections.entrySet()) {
            out.text(section.getKey() + ":").lineBreak().indentBy("  ");
            for (String[] entry : section.getValue()) {
                if (entry[0] == null) {
                    out.text(entry[1]).lineBreak();
                } else {
                    out.item(entry[0] + " - ").text(entry[1]).lineBreak();
                }
            }
            out.outdentBy("  ");
        }
        return out.toString();
    }

    /** What the comment's {@code @param name} says, e.g. of a record's component. */
    static Optional<String> param(DocCommentTree doc, String name) {
        for (DocTree tag : doc.getBlockTags()) {
            if (tag instanceof ParamTree param && !param.isTypeParameter()
                    && param.getName().getName().contentEquals(name)) {
                return Optional.of(inline(param.getDescription())).filter(s -> !s.isBlank());
            }
        }
        return Optional.empty();
    }

    private static void section(DocTree tag, Map<String, List<String[]>> sections) {
        if (tag instanceof ParamTree param) {
            String name = param.getName().getName().toString();
            add(sections, "Parameters", param.isTypeParameter() ? "<" + name + ">" : name, inline(param.getDescription()));
        } else if (tag instanceof ReturnTree ret) {
            add(sections, "Returns", null, inline(ret.getDescription()));
        } else if (tag instanceof ThrowsTree thrown) {
            add(sections, "Throws", reference(thrown.getExceptionName()), inline(thrown.getDescription()));
        } else if (tag instanceof SeeTree see) {
            add(sections, "See also", null, inline(see.getReference()));
        } else if (tag instanceof SinceTree since) {
            add(sections, "Since", null, inline(since.getBody()));
        } else if (tag instanceof UnknownBlockTagTree unknown) {
            add(sections, blockTitle(unknown.getTagName()), null, inline(unknown.getContent()));
        }
        // @author, @version, @serial and the like say nothing to someone calling the API
    }

    private static void add(Map<String, List<String[]>> sections, String title, String name, String text) {
        sections.computeIfAbsent(title, t -> new ArrayList<>()).add(new String[] {name, text});
    }

    /** The JDK's own notes: @apiNote, @implSpec, @implNote, as javadoc titles them. */
    static String blockTitle(String tagName) {
        return switch (tagName) {
            case "apiNote" -> "API Note";
            case "implSpec" -> "Implementation Requirements";
            case "implNote" -> "Implementation Note";
            default -> tagName.substring(0, 1).toUpperCase(Locale.ROOT) + tagName.substring(1);
        };
    }

    /** A tag's text on one flowing line. */
    private static String inline(List<? extends DocTree> trees) {
        TextLayout out = new TextLayout(Integer.MAX_VALUE);
        body(trees, out);
        return out.toString().replaceAll("\\s*\n\\s*", " ");
    }

    private static void body(List<? extends DocTree> trees, TextLayout out) {
        StringBuilder pre = null;
        for (DocTree tree : trees) {
            if (pre != null) {
                if (tree instanceof EndElementTree end && is(end.getName(), "pre")) {
                    out.preformatted(pre.toString());
                    pre = null;
                } else {
                    pre.append(raw(tree));
                }
                continue;
            }
            if (tree instanceof StartElementTree start && is(start.getName(), "pre")) {
                pre = new StringBuilder();
            } else if (tree instanceof StartElementTree start) {
                startElement(start, out);
            } else if (tree instanceof EndElementTree end) {
                endElement(end, out);
            } else {
                out.text(raw(tree));
            }
        }
        if (pre != null) {
            out.preformatted(pre.toString());
        }
    }

    private static void startElement(StartElementTree start, TextLayout out) {
        String name = start.getName().toString().toLowerCase(Locale.ROOT);
        switch (name) {
            case "p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote", "dl" -> out.paragraph();
            case "br", "tr", "dt" -> out.lineBreak();
            case "ul", "ol" -> out.paragraph().indentBy("  ");
            case "li" -> out.item("- ");
            case "dd" -> out.item("  ");
            case "td", "th" -> out.text(" ");
            case "sup" -> out.text("^");
            default -> { } // inline markup (code, b, i, em, a, span...) only styles its text
        }
    }

    private static void endElement(EndElementTree end, TextLayout out) {
        String name = end.getName().toString().toLowerCase(Locale.ROOT);
        switch (name) {
            case "p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote", "dl" -> out.paragraph();
            case "li", "tr", "dd" -> out.lineBreak();
            case "ul", "ol" -> out.outdentBy("  ").paragraph();
            case "td", "th" -> out.text(" ");
            default -> { }
        }
    }

    /** The text one node stands for, as it reads. */
    private static String raw(DocTree tree) {
        if (tree instanceof TextTree text) {
            return text.getBody();
        }
        if (tree instanceof LiteralTree literal) {
            return literal.getBody().getBody();
        }
        if (tree instanceof LinkTree link) {
            return link.getLabel().isEmpty() ? reference(link.getReference()) : inline(link.getLabel());
        }
        if (tree instanceof ReferenceTree reference) { // @see Figure#save(Path)
            return reference(reference);
        }
        if (tree instanceof EntityTree entity) {
            return entity(entity.getName().toString());
        }
        if (tree instanceof ReturnTree ret) { // the inline form, {@return ...}, reads as a sentence
            return "Returns " + inline(ret.getDescription()) + ".";
        }
        if (tree instanceof ValueTree value) {
            return value.getReference() == null ? "" : reference(value.getReference());
        }
        if (tree instanceof SummaryTree summary) {
            return inline(summary.getSummary());
        }
        if (tree instanceof IndexTree index) {
            return raw(index.getSearchTerm());
        }
        if (tree instanceof SystemPropertyTree property) {
            return property.getPropertyName().toString();
        }
        if (tree instanceof UnknownInlineTagTree unknown) {
            return inline(unknown.getContent());
        }
        if (tree instanceof ErroneousTree erroneous) {
            return erroneous.getBody();
        }
        if (tree instanceof AttributeTree || tree instanceof InlineTagTree || tree instanceof BlockTagTree) {
            return ""; // {@inheritDoc}, {@docRoot} and the like have no text of their own here
        }
        if (tree.getKind() == DocTree.Kind.START_ELEMENT || tree.getKind() == DocTree.Kind.END_ELEMENT) {
            return ""; // markup inside <pre>
        }
        return tree.getKind() == DocTree.Kind.COMMENT ? "" : tree.toString();
    }

    /** {@code Figure#save(Path)} reads as Figure.save(Path), {@code #title} as title. */
    static String reference(ReferenceTree reference) {
        String signature = reference.getSignature();
        return signature.startsWith("#") ? signature.substring(1) : signature.replace('#', '.');
    }

    private static String entity(String name) {
        if (name.startsWith("#x") || name.startsWith("#X")) {
            return codePoint(name.substring(2), 16, name);
        }
        if (name.startsWith("#")) {
            return codePoint(name.substring(1), 10, name);
        }
        return ENTITIES.getOrDefault(name, "&" + name + ";");
    }

    private static String codePoint(String digits, int radix, String name) {
        try {
            return Character.toString(Integer.parseInt(digits, radix));
        } catch (IllegalArgumentException e) {
            return "&" + name + ";";
        }
    }

    private static boolean is(javax.lang.model.element.Name name, String element) {
        return name.toString().equalsIgnoreCase(element);
    }
}
