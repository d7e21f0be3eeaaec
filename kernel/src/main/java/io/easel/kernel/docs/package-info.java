/**
 * Javadoc for inspect (Shift-Tab) and {@code name?} / {@code name??}: the signatures and documentation of what a
 * name in a cell stands for, as plain text and as HTML.
 *
 * <p>Where documentation comes from ({@link io.easel.kernel.docs.DocLibrary}):
 * <ul>
 *   <li><b>Easel's API</b> ({@code ApiSources}): the plot and notebook-api jars carry their own Java sources as
 *       resources below {@code META-INF/easel/sources/}, copied there by their builds. Sources rather than a doc
 *       index built by a doclet: copying files costs the build nothing, needs no plugin or second compile, and the
 *       API jars stay JDK only; the parsing happens here, where javac is at hand anyway (JShell runs on it).</li>
 *   <li><b>The JDK</b> ({@code JdkSources}): its {@code lib/src.zip}, when the JDK has one (Debian's
 *       openjdk-17-source package brings it). Without it, JDK classes show their signatures only, from JShell.</li>
 * </ul>
 *
 * <p>How a page is made:
 * <ol>
 *   <li><b>The name</b> ({@code NameAtCursor}): the name the cursor is on or right after, or the call whose
 *       arguments it is among, and the expression before its dot.</li>
 *   <li><b>What it means</b> ({@code NameResolver}): the session's JShell says which type a name is
 *       ({@code Plot} is {@code io.easel.plot.Plot}) or has ({@code fig}); an unqualified method is looked for in
 *       the static imports ({@code display} in {@code io.easel.notebook.Notebook}).</li>
 *   <li><b>The documentation</b> ({@code DocExtractor}, {@code JavadocText}): the type's source file is parsed by
 *       javac alone (no attribution, no class path), its doc comments read with {@code DocTrees} and turned into
 *       plain text: inline tags become their text, HTML becomes paragraphs, lists and preformatted blocks,
 *       {@code @param}, {@code @return} and {@code @throws} become sections
 *       ({@code JavadocHtml} makes the HTML form, keeping the comment's markup). Members come with every overload
 *       and their parameter names; inherited ones are found through the supertypes the kernel's loader reports.
 *       </li>
 * </ol>
 *
 * <p>Speed: a file is parsed once per kernel and kept ({@code DocLibrary}); a name costs one or two questions to
 * JShell, whose answers are kept until the session changes (a cell runs, a jar is added). What has no documentation here ({@code SessionDocs} answers empty) is left to JShell's signatures.
 */
package io.easel.kernel.docs;
