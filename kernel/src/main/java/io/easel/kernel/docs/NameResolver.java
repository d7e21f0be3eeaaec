package io.easel.kernel.docs;

import jdk.jshell.SourceCodeAnalysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Finds what a name of a cell means, by asking the session's JShell: the canonical name of a type
 * ({@code Plot} is {@code io.easel.plot.Plot}), the type of a variable or an expression ({@code fig},
 * {@code Plot.line(x, y)}), and for an unqualified method, the static imports that may bring it ({@code display}).
 * The answers are candidates, best first; the first one with documentation wins.
 */
final class NameResolver {

    /** Asked at each use: the session may still be starting when this is made. */
    private final Supplier<SourceCodeAnalysis> analysis;
    private final Supplier<List<String>> staticImports;
    private final LongSupplier sessionChanges;
    /**
     * JShell's answers by question, while the session stays as it was: each costs a small compile, and a front end
     * asks about the same names again and again (JupyterLab's contextual help, at every cursor move).
     */
    private final Map<String, Optional<String>> signatures = new HashMap<>();
    private long answersOf = -1;

    /**
     * @param staticImports  the static imports in force, as {@code io.easel.notebook.Notebook.*}
     * @param sessionChanges counts the session's changes (declarations, imports, class path): answers kept while it
     *                       stays
     */
    NameResolver(Supplier<SourceCodeAnalysis> analysis, Supplier<List<String>> staticImports, LongSupplier sessionChanges) {
        this.analysis = analysis;
        this.staticImports = staticImports;
        this.sessionChanges = sessionChanges;
    }

    List<DocTarget> resolve(NameAtCursor name) {
        List<DocTarget> targets = new ArrayList<>();
        if (name.qualifier() == null) {
            String signature = firstSignature(name.name());
            Optional<String> variableType = typedExpression(name.name(), signature);
            if (variableType.isPresent()) {
                targets.add(new DocTarget.Variable(name.name(), variableType.get()));
                return targets;
            }
            if (isTypeName(signature)) {
                targets.add(new DocTarget.Type(signature));
            }
            for (String imported : staticImports.get()) {
                int dot = imported.lastIndexOf('.');
                String member = imported.substring(dot + 1);
                if (dot > 0 && (member.equals("*") || member.equals(name.name()))) {
                    targets.add(new DocTarget.Member(imported.substring(0, dot), name.name()));
                }
            }
            return targets;
        }
        // a nested or fully qualified type (Geom.Point, io.easel.plot.Plot); each question to JShell compiles a
        // little, so only a capitalised name, as Java spells types, is asked about as one
        if (Character.isUpperCase(name.name().charAt(0))) {
            String signature = firstSignature(name.qualifier() + "." + name.name());
            if (isTypeName(signature)) {
                targets.add(new DocTarget.Type(signature));
            }
        }
        typeOf(name.qualifier()).ifPresent(owner -> targets.add(new DocTarget.Member(owner, name.name())));
        return targets;
    }

    /** The canonical name of the type of an expression, or of the type an expression names. */
    private Optional<String> typeOf(String expression) {
        String signature = firstSignature(expression);
        if (isTypeName(signature)) {
            return Optional.of(signature);
        }
        Optional<String> typed = typedExpression(expression, signature);
        if (typed.isPresent()) {
            return typed;
        }
        String type = analysis.get().analyzeType(expression, expression.length()); // an expression: not kept, it is rare
        if (type == null || type.isBlank()) {
            return Optional.empty();
        }
        // analyzeType may give a simple name (Figure): the session knows which Figure it is
        String qualified = firstSignature(DocLibrary.withoutTypeArguments(type));
        return Optional.of(isTypeName(qualified) ? qualified : type);
    }

    /** What JShell documents for the code: {@code io.easel.plot.Plot} for a type, {@code fig:io.easel.plot.Figure}. */
    private synchronized String firstSignature(String code) {
        long now = sessionChanges.getAsLong();
        if (now != answersOf) {
            signatures.clear();
            answersOf = now;
        }
        return signatures.computeIfAbsent(code, c -> {
            List<SourceCodeAnalysis.Documentation> docs = analysis.get().documentation(c, c.length(), false);
            return docs.isEmpty() ? Optional.empty() : Optional.of(docs.get(0).signature());
        }).orElse(null);
    }

    /** JShell documents a variable or expression as {@code code:type}. */
    private static Optional<String> typedExpression(String code, String signature) {
        if (signature == null || !signature.startsWith(code + ":")) {
            return Optional.empty();
        }
        return Optional.of(signature.substring(code.length() + 1).strip());
    }

    /** A qualified type name, possibly with type parameters ({@code java.util.List<E>}); not a method's signature. */
    private static boolean isTypeName(String signature) {
        if (signature == null) {
            return false;
        }
        String plain = DocLibrary.withoutTypeArguments(signature);
        return !plain.isEmpty() && plain.chars().allMatch(c -> c == '.' || Character.isJavaIdentifierPart(c))
                && Character.isJavaIdentifierStart(plain.charAt(0));
    }
}
