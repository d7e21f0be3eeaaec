package io.easel.renderer.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.github.weisj.jsvg.parser.DomElement;

/**
 * One complex CSS selector of the kind Lets-Plot writes ("text", ".plt-container", "#p1 .plot-title"):
 * compound selectors of type, class and id joined by descendant (space) or child (&gt;) combinators.
 * Anything else (pseudo-classes, attribute selectors, sibling combinators) makes {@link #parse} return null,
 * so such a rule matches nothing instead of matching too much.
 */
record CssSelector(List<Compound> compounds, List<Character> combinators, int specificity) {

    /**
     * What a selector looks at in an element; JSVG's parsed elements ({@link #of(DomElement)}) and Lets-Plot's own
     * SVG DOM ({@code SvgDomStyles}) both answer it, so both are styled by the same rules.
     */
    interface Target {
        String tagName();

        String id();

        List<String> classNames();

        Target parent();
    }

    /** A JSVG element as a selector target. */
    static Target of(DomElement element) {
        return element == null ? null : new JsvgTarget(element);
    }

    private record JsvgTarget(DomElement element) implements Target {
        @Override
        public String tagName() {
            return element.tagName();
        }

        @Override
        public String id() {
            return element.id();
        }

        @Override
        public List<String> classNames() {
            return element.classNames();
        }

        @Override
        public Target parent() {
            return of(element.parent());
        }
    }

    /** type may be null (any element); ids and classes must all be present on the element. */
    record Compound(String type, List<String> ids, List<String> classes) {
        boolean matches(Target element) {
            if (type != null && !type.equals(element.tagName())) {
                return false;
            }
            for (String id : ids) {
                if (!id.equals(element.id())) {
                    return false;
                }
            }
            if (!classes.isEmpty()) {
                List<String> present = element.classNames();
                for (String c : classes) {
                    if (!present.contains(c)) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    static final char DESCENDANT = ' ';
    static final char CHILD = '>';

    static CssSelector parse(String text) {
        String s = text.trim().replaceAll("\\s*>\\s*", ">").replaceAll("\\s+", " ");
        if (s.isEmpty()) {
            return null;
        }
        List<Compound> compounds = new ArrayList<>();
        List<Character> combinators = new ArrayList<>();
        int ids = 0;
        int classes = 0;
        int types = 0;
        int i = 0;
        while (i < s.length()) {
            int end = i;
            while (end < s.length() && s.charAt(end) != ' ' && s.charAt(end) != '>') {
                end++;
            }
            Compound compound = parseCompound(s.substring(i, end));
            if (compound == null) {
                return null;
            }
            compounds.add(compound);
            ids += compound.ids().size();
            classes += compound.classes().size();
            types += compound.type() == null ? 0 : 1;
            if (end < s.length()) {
                combinators.add(s.charAt(end));
            }
            i = end + 1;
        }
        if (compounds.size() != combinators.size() + 1) {
            return null;
        }
        return new CssSelector(List.copyOf(compounds), List.copyOf(combinators), ids * 10_000 + classes * 100 + types);
    }

    private static Compound parseCompound(String text) {
        if (text.isEmpty()) {
            return null;
        }
        String type = null;
        List<String> ids = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        int i = 0;
        if (text.charAt(0) == '*') {
            i = 1;
        } else if (isNameChar(text.charAt(0))) {
            int end = nameEnd(text, 0);
            type = text.substring(0, end).toLowerCase(Locale.ROOT);
            i = end;
        }
        while (i < text.length()) {
            char marker = text.charAt(i);
            if (marker != '.' && marker != '#') {
                return null;
            }
            int end = nameEnd(text, i + 1);
            if (end == i + 1) {
                return null;
            }
            (marker == '.' ? classes : ids).add(text.substring(i + 1, end));
            i = end;
        }
        return new Compound(type, List.copyOf(ids), List.copyOf(classes));
    }

    private static int nameEnd(String text, int from) {
        int i = from;
        while (i < text.length() && isNameChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_';
    }

    /** Right to left, as browsers match: the last compound must match the element itself. */
    boolean matches(Target element) {
        return matchesFrom(compounds.size() - 1, element);
    }

    private boolean matchesFrom(int index, Target element) {
        if (!compounds.get(index).matches(element)) {
            return false;
        }
        if (index == 0) {
            return true;
        }
        char combinator = combinators.get(index - 1);
        Target ancestor = element.parent();
        if (combinator == CHILD) {
            return ancestor != null && matchesFrom(index - 1, ancestor);
        }
        while (ancestor != null) {
            if (matchesFrom(index - 1, ancestor)) {
                return true;
            }
            ancestor = ancestor.parent();
        }
        return false;
    }
}
