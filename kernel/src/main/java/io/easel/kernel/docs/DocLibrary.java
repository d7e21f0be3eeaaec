package io.easel.kernel.docs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The documentation of types by name, parsed from their sources on first use and kept: a file is parsed once per
 * kernel, so inspecting the same API again costs a map look-up.
 */
public final class DocLibrary {

    private final List<SourceFiles> sources;
    private final ClassLoader types;
    private final DocExtractor extractor = new DocExtractor();
    /** Parsed files by path below their source root: every type a file declares, by canonical name. */
    private final Map<String, Map<String, TypeDoc>> files = new ConcurrentHashMap<>();

    /**
     * @param sources where to look for a type's source file, in this order
     * @param types   the loader whose classes say what a type extends, for inherited members
     */
    DocLibrary(List<SourceFiles> sources, ClassLoader types) {
        this.sources = List.copyOf(sources);
        this.types = types;
    }

    /**
     * Easel's API (the sources its jars carry) and the JDK (its src.zip, when there is one).
     *
     * @param apiLoader the kernel's loader, which holds the API jars
     */
    public static DocLibrary forKernel(ClassLoader apiLoader) {
        return new DocLibrary(List.of(new ApiSources(apiLoader), JdkSources.ofRunningJdk()), apiLoader);
    }

    /**
     * True when the running JDK has its src.zip: without it, JShell's own search for JDK Javadoc finds nothing either,
     * and need not be asked to look.
     */
    public static boolean jdkSourcesPresent() {
        return JdkSources.ofRunningJdk().present();
    }

    /** @param canonicalName {@code io.easel.plot.Plot}, {@code io.easel.plot.Geom.Point}; type arguments are ignored */
    public Optional<TypeDoc> type(String canonicalName) {
        String name = withoutTypeArguments(canonicalName);
        String[] parts = name.split("\\.");
        // which part is the top-level class is not known from the name: try io/easel/plot/Geom/Point.java, then
        // io/easel/plot/Geom.java, and so on
        for (int top = parts.length - 1; top >= 0; top--) {
            String path = String.join("/", List.of(parts).subList(0, top + 1)) + ".java";
            Map<String, TypeDoc> declared = file(path);
            if (!declared.isEmpty()) {
                return Optional.ofNullable(declared.get(name));
            }
        }
        return Optional.empty();
    }

    /**
     * The members of that name of a type and of its supertypes (an override hides what it overrides): all the
     * overloads of a method, or one field. Empty when no source of the type says anything.
     */
    public List<MemberDoc> members(String canonicalName, String memberName) {
        List<MemberDoc> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String type : withSupertypes(withoutTypeArguments(canonicalName))) {
            Optional<TypeDoc> doc = type(type);
            if (doc.isEmpty()) {
                continue;
            }
            for (MemberDoc member : doc.get().members(memberName)) {
                if (member.kind() == MemberKind.CONSTRUCTOR && !type.equals(withoutTypeArguments(canonicalName))) {
                    continue; // constructors are not inherited
                }
                if (seen.add(member.kind() + member.parameters().stream().map(DocLibrary::simpleType)
                        .collect(Collectors.joining(",", "(", ")")))) {
                    found.add(member);
                }
            }
        }
        return found;
    }

    private Map<String, TypeDoc> file(String path) {
        return files.computeIfAbsent(path, p -> {
            for (SourceFiles place : sources) {
                Optional<String> text = place.read(p);
                if (text.isPresent()) {
                    return extractor.extract(p, text.get()).stream()
                            .collect(Collectors.toUnmodifiableMap(TypeDoc::name, Function.identity(), (a, b) -> a));
                }
            }
            return Map.of();
        });
    }

    /** The type, then its superclasses and interfaces breadth first, as far as the loader knows them. */
    private List<String> withSupertypes(String canonicalName) {
        List<String> names = new ArrayList<>();
        names.add(canonicalName);
        Optional<Class<?>> start = load(canonicalName);
        if (start.isEmpty()) {
            return names;
        }
        Deque<Class<?>> queue = new ArrayDeque<>(List.of(start.get()));
        Set<Class<?>> visited = new HashSet<>(queue);
        while (!queue.isEmpty()) {
            Class<?> type = queue.poll();
            List<Class<?>> supers = new ArrayList<>(List.of(type.getInterfaces()));
            if (type.getSuperclass() != null) {
                supers.add(0, type.getSuperclass());
            }
            for (Class<?> s : supers) {
                if (visited.add(s)) {
                    queue.add(s);
                    if (s.getCanonicalName() != null) {
                        names.add(s.getCanonicalName());
                    }
                }
            }
        }
        return names;
    }

    /** A nested type's binary name has '$' where its canonical name has '.': try each way of reading the dots. */
    private Optional<Class<?>> load(String canonicalName) {
        String binary = canonicalName;
        while (true) {
            try {
                return Optional.of(Class.forName(binary, false, types));
            } catch (ClassNotFoundException | LinkageError e) {
                int dot = binary.lastIndexOf('.');
                if (dot < 0) {
                    return Optional.empty();
                }
                binary = binary.substring(0, dot) + "$" + binary.substring(dot + 1);
            }
        }
    }

    /** {@code java.util.List<E>} is {@code java.util.List}. */
    static String withoutTypeArguments(String type) {
        int lt = type.indexOf('<');
        return (lt < 0 ? type : type.substring(0, lt)).strip();
    }

    /** Types as written in different files may be qualified or not: java.nio.file.Path and Path are one type. */
    private static String simpleType(String type) {
        String erased = type;
        for (String less = erased.replaceAll("<[^<>]*>", ""); !less.equals(erased); less = erased.replaceAll("<[^<>]*>", "")) {
            erased = less;
        }
        return erased.replaceAll("(?:[\\w$]+\\.)+([\\w$]+)", "$1").replace(" ", "");
    }
}
