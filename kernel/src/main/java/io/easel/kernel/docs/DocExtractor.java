package io.easel.kernel.docs;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeParameterTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;

import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the documentation out of one Java source file with javac's own parser ({@code DocTrees}): no attribution, no
 * class path, so a file parses alone and in milliseconds, whatever it imports.
 */
final class DocExtractor {

    private static final Set<Modifier> SHOWN_TYPE_MODIFIERS = EnumSet.of(Modifier.PUBLIC, Modifier.PROTECTED,
            Modifier.ABSTRACT, Modifier.STATIC, Modifier.FINAL, Modifier.SEALED, Modifier.NON_SEALED);

    private final JavaCompiler javac;
    /** One for all files: making a file manager costs more than parsing a file. */
    private final StandardJavaFileManager fileManager;

    DocExtractor() {
        this.javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("This Java runtime has no compiler (jdk.compiler), which the kernel's"
                    + " JShell needs too: run the kernel on a JDK, not a JRE.");
        }
        this.fileManager = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8);
    }

    /**
     * Every type the file declares, nested ones included, except private ones.
     *
     * @param path   the file's path below its source root ({@code io/easel/plot/Plot.java}), for messages
     * @param source the file's text
     */
    synchronized List<TypeDoc> extract(String path, String source) {
        JavaFileObject file = new SourceText(path, source);
        JavacTask task = (JavacTask) javac.getTask(null, fileManager, diagnostic -> { }, List.of("-proc:none"), null,
                List.of(file));
        DocTrees trees = DocTrees.instance(task);
        List<TypeDoc> types = new ArrayList<>();
        try {
            for (CompilationUnitTree unit : task.parse()) {
                String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
                FileReader reader = new FileReader(unit, trees, source, types);
                for (Tree decl : unit.getTypeDecls()) {
                    if (decl instanceof ClassTree type) {
                        reader.type(new TreePath(new TreePath(unit), type), pkg, "");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse " + path, e);
        }
        return types;
    }

    /** The types of one parsed file, read member by member. */
    private record FileReader(CompilationUnitTree unit, DocTrees trees, String source, List<TypeDoc> types) {

        void type(TreePath path, String pkg, String outer) {
            ClassTree type = (ClassTree) path.getLeaf();
            if (type.getModifiers().getFlags().contains(Modifier.PRIVATE) || type.getSimpleName().isEmpty()) {
                return;
            }
            String simple = outer.isEmpty() ? type.getSimpleName().toString() : outer + "." + type.getSimpleName();
            String name = pkg.isEmpty() ? simple : pkg + "." + simple;
            DocCommentTree typeDoc = trees.getDocCommentTree(path);
            boolean implicitlyPublic = type.getKind() == Tree.Kind.INTERFACE || type.getKind() == Tree.Kind.ANNOTATION_TYPE;
            List<MemberDoc> members = new ArrayList<>();
            List<VariableTree> components = new ArrayList<>();
            for (Tree member : type.getMembers()) {
                TreePath memberPath = new TreePath(path, member);
                if (member instanceof ClassTree) {
                    type(memberPath, pkg, simple);
                } else if (member instanceof MethodTree method && visible(method.getModifiers().getFlags(), implicitlyPublic)) {
                    members.add(method(memberPath, method, simple));
                } else if (member instanceof VariableTree variable) {
                    if (type.getKind() == Tree.Kind.RECORD && !variable.getModifiers().getFlags().contains(Modifier.STATIC)) {
                        components.add(variable);
                        members.add(component(variable, simple, typeDoc));
                    } else if (isEnumConstant(type, variable)) {
                        members.add(new MemberDoc(MemberKind.ENUM_CONSTANT, variable.getName().toString(), List.of(),
                                simple + "." + variable.getName(), doc(memberPath), text(variable)));
                    } else if (visible(variable.getModifiers().getFlags(), implicitlyPublic)) {
                        members.add(field(memberPath, variable, simple));
                    }
                }
            }
            types.add(new TypeDoc(name, typeSignature(type, name, components), javadoc(typeDoc), members, text(type)));
        }

        private static boolean visible(Set<Modifier> flags, boolean implicitlyPublic) {
            if (flags.contains(Modifier.PRIVATE)) {
                return false;
            }
            return implicitlyPublic || flags.contains(Modifier.PUBLIC) || flags.contains(Modifier.PROTECTED);
        }

        /** javac writes an enum constant as a field initialised with a new instance, starting at its name. */
        private boolean isEnumConstant(ClassTree type, VariableTree variable) {
            return type.getKind() == Tree.Kind.ENUM && variable.getInitializer() instanceof NewClassTree
                    && text(variable).startsWith(variable.getName().toString());
        }

        private MemberDoc method(TreePath path, MethodTree method, String owner) {
            boolean constructor = method.getName().contentEquals("<init>");
            StringBuilder signature = new StringBuilder();
            if (method.getModifiers().getFlags().contains(Modifier.STATIC)) {
                signature.append("static ");
            }
            if (!method.getTypeParameters().isEmpty()) {
                signature.append(typeParameters(method.getTypeParameters())).append(' ');
            }
            if (!constructor) {
                signature.append(method.getReturnType()).append(' ');
            }
            List<String> parameterTypes = new ArrayList<>();
            List<String> parameters = new ArrayList<>();
            for (VariableTree parameter : method.getParameters()) {
                String typeText = parameterType(parameter);
                parameterTypes.add(typeText);
                parameters.add(typeText + " " + parameter.getName());
            }
            signature.append(owner);
            if (!constructor) {
                signature.append('.').append(method.getName());
            }
            signature.append('(').append(String.join(", ", parameters)).append(')');
            if (!method.getThrows().isEmpty()) {
                signature.append(" throws ").append(method.getThrows().stream().map(Tree::toString)
                        .collect(Collectors.joining(", ")));
            }
            String name = constructor ? simpleName(owner) : method.getName().toString();
            return new MemberDoc(constructor ? MemberKind.CONSTRUCTOR : MemberKind.METHOD, name, parameterTypes,
                    signature.toString(), doc(path), text(method));
        }

        private MemberDoc field(TreePath path, VariableTree field, String owner) {
            String prefix = field.getModifiers().getFlags().contains(Modifier.STATIC) ? "static " : "";
            return new MemberDoc(MemberKind.FIELD, field.getName().toString(), List.of(),
                    prefix + field.getType() + " " + owner + "." + field.getName(), doc(path), text(field));
        }

        /** A record's component is documented by the record's {@code @param}; its accessor is what a cell calls. */
        private MemberDoc component(VariableTree component, String owner, DocCommentTree recordDoc) {
            String name = component.getName().toString();
            Javadoc doc = recordDoc == null ? Javadoc.NONE : new Javadoc(JavadocText.param(recordDoc, name).orElse(""),
                    JavadocHtml.param(recordDoc, name).orElse(""));
            return new MemberDoc(MemberKind.RECORD_COMPONENT, component.getName().toString(), List.of(),
                    component.getType() + " " + owner + "." + component.getName() + "()", doc, text(component));
        }

        /** Varargs read as written ({@code String... names}): javac's tree alone says String[]. */
        private String parameterType(VariableTree parameter) {
            String type = parameter.getType().toString();
            String written = text(parameter);
            if (written.contains("...") && type.endsWith("[]")) {
                return type.substring(0, type.length() - 2) + "...";
            }
            return type;
        }

        private String typeSignature(ClassTree type, String name, List<VariableTree> components) {
            StringBuilder signature = new StringBuilder();
            boolean isInterface = type.getKind() == Tree.Kind.INTERFACE || type.getKind() == Tree.Kind.ANNOTATION_TYPE;
            for (Modifier modifier : type.getModifiers().getFlags()) {
                if (SHOWN_TYPE_MODIFIERS.contains(modifier) && !(isInterface && modifier == Modifier.ABSTRACT)) {
                    signature.append(modifier).append(' ');
                }
            }
            signature.append(switch (type.getKind()) {
                case INTERFACE -> "interface";
                case ENUM -> "enum";
                case RECORD -> "record";
                case ANNOTATION_TYPE -> "@interface";
                default -> "class";
            }).append(' ').append(name);
            if (!type.getTypeParameters().isEmpty()) {
                signature.append(typeParameters(type.getTypeParameters()));
            }
            if (type.getKind() == Tree.Kind.RECORD) {
                signature.append('(').append(components.stream().map(c -> parameterType(c) + " " + c.getName())
                        .collect(Collectors.joining(", "))).append(')');
            }
            if (type.getExtendsClause() != null) {
                signature.append(" extends ").append(type.getExtendsClause());
            }
            if (!type.getImplementsClause().isEmpty()) {
                signature.append(isInterface ? " extends " : " implements ").append(type.getImplementsClause().stream()
                        .map(Tree::toString).collect(Collectors.joining(", ")));
            }
            return signature.toString();
        }

        private static String typeParameters(List<? extends TypeParameterTree> parameters) {
            return parameters.stream().map(Tree::toString).collect(Collectors.joining(", ", "<", ">"));
        }

        private static String simpleName(String owner) {
            return owner.substring(owner.lastIndexOf('.') + 1);
        }

        private Javadoc doc(TreePath path) {
            return javadoc(trees.getDocCommentTree(path));
        }

        private static Javadoc javadoc(DocCommentTree doc) {
            return doc == null ? Javadoc.NONE : new Javadoc(JavadocText.render(doc), JavadocHtml.render(doc));
        }

        /** The declaration as written, without its doc comment. */
        private String text(Tree tree) {
            SourcePositions positions = trees.getSourcePositions();
            long start = positions.getStartPosition(unit, tree);
            long end = positions.getEndPosition(unit, tree);
            if (start < 0 || end < start || end > source.length()) {
                return "";
            }
            // from the start of its line, so that the lines below keep their indentation relative to the first
            int from = (int) start;
            while (from > 0 && (source.charAt(from - 1) == ' ' || source.charAt(from - 1) == '\t')) {
                from--;
            }
            return source.substring(from, (int) end).stripIndent();
        }
    }

    /** A source file held in memory. */
    private static final class SourceText extends SimpleJavaFileObject {

        private final String text;

        SourceText(String path, String text) {
            super(URI.create("memory:///" + path.replace('\\', '/')), JavaFileObject.Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
