package io.easel.kernel.docs;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Documentation read from sources packed as an API jar packs them (META-INF/easel/sources), and from a JDK-style
 * src.zip; the classes are compiled for real, so that inherited members are found through the loader.
 */
class DocLibraryTest {

    private static final String SHAPE = """
            package demo;

            /** Something with an area. */
            public interface Shape {

                /**
                 * The area, in square units.
                 *
                 * @return never negative
                 */
                double area();

                /** The name to show; {@code "shape"} unless a shape says otherwise. */
                default String label() {
                    return "shape";
                }
            }
            """;

    private static final String RECTANGLE = """
            package demo;

            import java.util.List;

            /**
             * A rectangle, axis-aligned.
             *
             * <p>Made with {@link #of(double, double)} or {@link Rectangle#square(double) square}:
             * <ul>
             *   <li>sides are {@code >= 0};</li>
             *   <li>a zero side gives an empty rectangle &amp; area 0.</li>
             * </ul>
             *
             * <pre>{@code
             * Rectangle r = Rectangle.of(2, 3);
             *     r.area();
             * }</pre>
             */
            public final class Rectangle implements Shape {

                /** How many sides it has. */
                public static final int SIDES = 4;

                private final double width;
                private final double height;

                /** A rectangle from its sides. */
                public Rectangle(double width, double height) {
                    this.width = width;
                    this.height = height;
                }

                /**
                 * A rectangle of two sides, as {@code of(2, 3)}: see {@link Shape#area()}.
                 *
                 * @param width  the side along x, in units
                 * @param height the side along y
                 * @return a new rectangle
                 * @throws IllegalArgumentException when a side is negative
                 */
                public static Rectangle of(double width, double height) {
                    if (width < 0 || height < 0) {
                        throw new IllegalArgumentException("negative side");
                    }
                    return new Rectangle(width, height);
                }

                /** A rectangle of one side repeated. */
                public static Rectangle of(double side) {
                    return of(side, side);
                }

                public static Rectangle square(double side) {
                    return of(side);
                }

                /** All of them side by side. */
                public static double totalWidth(List<Rectangle> row, Rectangle... more) {
                    return 0;
                }

                @Override
                public double area() {
                    return width * height;
                }

                private void secret() {
                }

                /** The corners. */
                public enum Corner {
                    /** Top left. */
                    TOP_LEFT,
                    BOTTOM_RIGHT
                }

                /**
                 * A rectangle's size.
                 *
                 * @param width  the side along x
                 * @param height the side along y
                 */
                public record Size(double width, double height) { }
            }
            """;

    @TempDir
    static Path dir;
    private static DocLibrary library;

    @BeforeAll
    static void compileAndPack() throws IOException {
        Path sources = dir.resolve("src/demo");
        Files.createDirectories(sources);
        Files.writeString(sources.resolve("Shape.java"), SHAPE);
        Files.writeString(sources.resolve("Rectangle.java"), RECTANGLE);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int exit = javac.run(null, null, null, "-d", classes.toString(),
                sources.resolve("Shape.java").toString(), sources.resolve("Rectangle.java").toString());
        assertEquals(0, exit, "the demo sources compile");
        Path packed = Files.createDirectories(classes.resolve(ApiSources.ROOT + "demo"));
        Files.copy(sources.resolve("Shape.java"), packed.resolve("Shape.java"));
        Files.copy(sources.resolve("Rectangle.java"), packed.resolve("Rectangle.java"));
        ClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null);
        library = new DocLibrary(List.of(new ApiSources(loader), new JdkSources(dir.resolve("no-src.zip"))), loader);
    }

    @Test
    void methodWithParamReturnThrowsCodeAndLinkReadsAsPlainText() {
        List<MemberDoc> of = library.members("demo.Rectangle", "of");
        assertEquals(2, of.size(), "both overloads");
        assertEquals("static Rectangle Rectangle.of(double width, double height)", of.get(0).signature());
        assertEquals("""
                A rectangle of two sides, as of(2, 3): see Shape.area().

                Parameters:
                  width - the side along x, in units
                  height - the side along y
                Returns:
                  a new rectangle
                Throws:
                  IllegalArgumentException - when a side is negative""", of.get(0).doc().text());
        assertEquals("static Rectangle Rectangle.of(double side)", of.get(1).signature());
        assertEquals("A rectangle of one side repeated.", of.get(1).doc().text());
        assertTrue(of.get(1).source().startsWith("public static Rectangle of(double side) {"), of.get(1).source());
    }

    @Test
    void theHtmlFormKeepsTheCommentsMarkupAndTurnsTagsIntoHtml() {
        MemberDoc of = library.members("demo.Rectangle", "of").get(0);
        assertEquals("A rectangle of two sides, as <code>of(2, 3)</code>: see <code>Shape.area()</code>."
                + "<dl><dt>Parameters:</dt><dd><code>width</code> - the side along x, in units</dd>"
                + "<dd><code>height</code> - the side along y</dd>"
                + "<dt>Returns:</dt><dd>a new rectangle</dd>"
                + "<dt>Throws:</dt><dd><code>IllegalArgumentException</code> - when a side is negative</dd></dl>",
                of.doc().html());
        String rectangle = library.type("demo.Rectangle").orElseThrow().doc().html();
        assertTrue(rectangle.contains("<li>sides are <code>&gt;= 0</code>;</li>"), rectangle);
        assertTrue(rectangle.contains("empty rectangle &amp; area 0."), rectangle);
        assertTrue(rectangle.contains("<pre><code>\n Rectangle r = Rectangle.of(2, 3);"), rectangle);
    }

    @Test
    void classDocTurnsHtmlIntoParagraphsListsAndPreformattedLines() {
        TypeDoc rectangle = library.type("demo.Rectangle").orElseThrow();
        assertEquals("public final class demo.Rectangle implements Shape", rectangle.signature());
        assertEquals("""
                A rectangle, axis-aligned.

                Made with of(double, double) or square:

                  - sides are >= 0;
                  - a zero side gives an empty rectangle & area 0.

                    Rectangle r = Rectangle.of(2, 3);
                        r.area();""", rectangle.doc().text());
    }

    @Test
    void missingDocIsEmptyAndPrivateMembersAreLeftOut() {
        assertEquals("", library.members("demo.Rectangle", "square").get(0).doc().text());
        assertTrue(library.members("demo.Rectangle", "secret").isEmpty());
        assertTrue(library.members("demo.Rectangle", "width").isEmpty(), "a private field");
        assertEquals(Optional.empty(), library.type("demo.Missing"));
        assertEquals(Optional.empty(), library.type("java.lang.String"), "no src.zip: no JDK docs");
    }

    @Test
    void overridesHideWhatTheyOverrideAndInheritedMembersAreFound() {
        List<MemberDoc> area = library.members("demo.Rectangle", "area");
        assertEquals(1, area.size(), area.toString());
        assertEquals("", area.get(0).doc().text(), "the override, which has no comment of its own");
        List<MemberDoc> label = library.members("demo.Rectangle", "label");
        assertEquals("String Shape.label()", label.get(0).signature());
        assertEquals("The name to show; \"shape\" unless a shape says otherwise.", label.get(0).doc().text());
    }

    @Test
    void constructorsFieldsVarargsNestedTypesAndRecordComponents() {
        MemberDoc constructor = library.members("demo.Rectangle", "Rectangle").get(0);
        assertEquals(MemberKind.CONSTRUCTOR, constructor.kind());
        assertEquals("Rectangle(double width, double height)", constructor.signature());
        assertEquals("static int Rectangle.SIDES", library.members("demo.Rectangle", "SIDES").get(0).signature());
        assertEquals("static double Rectangle.totalWidth(List<Rectangle> row, Rectangle... more)",
                library.members("demo.Rectangle", "totalWidth").get(0).signature());
        MemberDoc topLeft = library.members("demo.Rectangle.Corner", "TOP_LEFT").get(0);
        assertEquals(MemberKind.ENUM_CONSTANT, topLeft.kind());
        assertEquals("Top left.", topLeft.doc().text());
        assertEquals("public record demo.Rectangle.Size(double width, double height)",
                library.type("demo.Rectangle.Size").orElseThrow().signature());
        MemberDoc width = library.members("demo.Rectangle.Size", "width").get(0);
        assertEquals("double Rectangle.Size.width()", width.signature());
        assertEquals("the side along x", width.doc().text());
    }

    @Test
    void jdkSourcesComeFromAModularSrcZip() throws IOException {
        Path zip = dir.resolve("src.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("java.base/java/lang/Math.java"));
            out.write("""
                    package java.lang;
                    /** Numbers. */
                    public final class Math {
                        /**
                         * The greater of two ints.
                         * @param a one
                         * @param b another
                         * @return {@code a} or {@code b}
                         */
                        public static int max(int a, int b) { return a >= b ? a : b; }
                    }
                    """.getBytes());
            out.closeEntry();
        }
        DocLibrary jdk = new DocLibrary(List.of(new JdkSources(zip)), ClassLoader.getPlatformClassLoader());
        MemberDoc max = jdk.members("java.lang.Math", "max").get(0);
        assertEquals("static int Math.max(int a, int b)", max.signature());
        assertEquals("""
                The greater of two ints.

                Parameters:
                  a - one
                  b - another
                Returns:
                  a or b""", max.doc().text());
        assertTrue(jdk.type("java.util.List").isEmpty(), "a file the zip does not have");
    }

    @Test
    void theJdksHtmlStyleReadsWell() throws IOException {
        Path zip = dir.resolve("jdk-style-src.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("java.base/java/lang/StrictMath.java"));
            out.write("""
                    package java.lang;

                    /**
                     * Numbers, <i>strictly</i>.
                     *
                     * <h2><a id=Ops>Recommended
                     * Operations</a></h2>
                     *
                     * An {@linkplain #ulp(double) ulp} apart.
                     *
                     * @author  Somebody
                     * @since   1.3
                     */
                    public final class StrictMath {
                        /**
                         * Returns the natural logarithm.  Special cases:
                         * <ul><li>If the argument is NaN, then the result
                         * is NaN.
                         * <li>If the argument is {@code 1.0}, then the result is positive
                         * zero.
                         * </ul>
                         *
                         * <p>The value ln&nbsp;{@code a} is e<sup>{@code x}</sup> &lt; 3&#46;
                         *
                         * @param   a   a value
                         * @return  the value ln&nbsp;{@code a}, the natural logarithm of
                         *          {@code a}.
                         * @apiNote See {@link Math#log}.
                         */
                        public static native double log(double a);
                    }
                    """.getBytes());
            out.closeEntry();
        }
        DocLibrary jdk = new DocLibrary(List.of(new JdkSources(zip)), ClassLoader.getPlatformClassLoader());
        assertEquals("""
                Numbers, strictly.

                Recommended Operations

                An ulp apart.

                Since:
                  1.3""", jdk.type("java.lang.StrictMath").orElseThrow().doc().text());
        assertEquals("""
                Returns the natural logarithm. Special cases:

                  - If the argument is NaN, then the result is NaN.
                  - If the argument is 1.0, then the result is positive zero.

                The value ln a is e^x < 3.

                Parameters:
                  a - a value
                Returns:
                  the value ln a, the natural logarithm of a.
                API Note:
                  See Math.log.""", jdk.members("java.lang.StrictMath", "log").get(0).doc().text());
    }

    @Test
    void aSrcZipThatIsNoZipMeansNoJdkDocsRatherThanAFailure() throws IOException {
        Path notAZip = Files.writeString(dir.resolve("broken-src.zip"), "PK\u0003\u0004 cut short");
        JdkSources broken = new JdkSources(notAZip);
        assertEquals(Optional.empty(), broken.read("java/lang/String.java"));
        assertEquals(Optional.empty(), broken.read("java/lang/Math.java"), "and again, without trying to open it");
    }

    @Test
    void aDanglingSrcZipLinkMeansNoJdkDocs() throws IOException {
        Path link = dir.resolve("dangling-src.zip");
        Files.createSymbolicLink(link, dir.resolve("nowhere/src.zip"));
        assertFalse(Files.isReadable(link));
        assertEquals(Optional.empty(), new JdkSources(link).read("java/lang/String.java"));
    }
}
