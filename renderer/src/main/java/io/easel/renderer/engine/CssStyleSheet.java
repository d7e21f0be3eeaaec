package io.easel.renderer.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.github.weisj.jsvg.parser.DomElement;
import com.github.weisj.jsvg.parser.css.StyleProperty;
import com.github.weisj.jsvg.parser.css.StyleSheet;

/**
 * The rules of one &lt;style&gt; element with real selector matching. JSVG copies what
 * {@link #forEachMatchingRule} reports into the element's attributes, where CSS beats presentation attributes
 * as the cascade demands; it keeps the first value it is given for each property, so the rules are handed
 * over strongest first (!important, then specificity, then the later rule).
 *
 * <p>JSVG asks once per element, and a large scatter has a hundred thousand elements, almost none of them
 * styled. Rules are therefore filed under the class, id or tag their last compound requires, and an element
 * only tries the rules filed under what it has.
 */
final class CssStyleSheet implements StyleSheet {
    /** One selector of a rule with that rule's declarations; a rule with a selector list gives several. */
    record Rule(CssSelector selector, List<StyleProperty> declarations, boolean important, int order) {
    }

    private record Ranked(Rule rule, int rank) {
    }

    private static final Comparator<Rule> STRONGEST_FIRST = Comparator
            .comparing(Rule::important).reversed()
            .thenComparing(Comparator.comparingInt((Rule r) -> r.selector().specificity()).reversed())
            .thenComparing(Comparator.comparingInt(Rule::order).reversed());

    private final List<Rule> rules;
    private final Map<String, List<Ranked>> byClass = new HashMap<>();
    private final Map<String, List<Ranked>> byId = new HashMap<>();
    private final Map<String, List<Ranked>> byTag = new HashMap<>();
    private final List<Ranked> anyElement = new ArrayList<>();

    CssStyleSheet(List<Rule> rules) {
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(STRONGEST_FIRST);
        this.rules = List.copyOf(sorted);
        for (int rank = 0; rank < sorted.size(); rank++) {
            Ranked ranked = new Ranked(sorted.get(rank), rank);
            List<CssSelector.Compound> compounds = ranked.rule().selector().compounds();
            CssSelector.Compound last = compounds.get(compounds.size() - 1);
            if (!last.classes().isEmpty()) {
                byClass.computeIfAbsent(last.classes().get(0), k -> new ArrayList<>()).add(ranked);
            } else if (!last.ids().isEmpty()) {
                byId.computeIfAbsent(last.ids().get(0), k -> new ArrayList<>()).add(ranked);
            } else if (last.type() != null) {
                byTag.computeIfAbsent(last.type(), k -> new ArrayList<>()).add(ranked);
            } else {
                anyElement.add(ranked);
            }
        }
    }

    /** Whether some rule could match an element of this tag that has no id and no class. */
    boolean hasRulesFor(String tagName) {
        return !anyElement.isEmpty() || byTag.containsKey(tagName);
    }

    /** All rules, strongest first. */
    List<Rule> rules() {
        return rules;
    }

    @Override
    public void forEachMatchingRule(DomElement element, RuleConsumer consumer) {
        forEachMatchingDeclaration(CssSelector.of(element), consumer::applyRule);
    }

    /** The declarations of every rule that matches the element, strongest first. */
    void forEachMatchingDeclaration(CssSelector.Target element, Consumer<StyleProperty> consumer) {
        List<Ranked> candidates = new ArrayList<>(anyElement);
        addAll(candidates, byTag.get(element.tagName()));
        if (element.id() != null) {
            addAll(candidates, byId.get(element.id()));
        }
        if (!byClass.isEmpty()) {
            for (String className : element.classNames()) {
                addAll(candidates, byClass.get(className));
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        candidates.sort(Comparator.comparingInt(Ranked::rank));
        int previous = -1;
        for (Ranked candidate : candidates) {
            if (candidate.rank() == previous) {
                continue; // filed under a class the element lists twice
            }
            previous = candidate.rank();
            if (candidate.rule().selector().matches(element)) {
                for (StyleProperty declaration : candidate.rule().declarations()) {
                    consumer.accept(declaration);
                }
            }
        }
    }

    private static void addAll(List<Ranked> into, List<Ranked> rules) {
        if (rules != null) {
            into.addAll(rules);
        }
    }
}
