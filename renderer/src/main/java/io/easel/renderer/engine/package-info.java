/**
 * The render engine: one Lets-Plot raw spec in, every requested image format out.
 *
 * <p>Pipeline of one {@link io.easel.renderer.engine.RenderEngine#render render} call:
 * <ol>
 *   <li><b>Spec snapshot</b> ({@code SpecSnapshot}): a private deep copy, double[] columns turned into lists
 *       (the only column form Lets-Plot reads), depth capped. The request's size, the only one read (not
 *       the spec's ggsize), checked against {@link io.easel.renderer.engine.RenderLimits} ({@code FigureSize})
 *       before anything big is allocated.</li>
 *   <li><b>Lets-Plot SVG</b> ({@code LetsPlotSvg}): Lets-Plot 4.1.0 lays the figure out once and writes SVG.
 *       It reports a bad spec by throwing; that becomes {@code bad_spec} with Lets-Plot's own message.</li>
 *   <li><b>Deterministic ids</b> ({@code DeterministicIds}): Lets-Plot's random ids (clip paths, the plot
 *       root its CSS is scoped to) are renamed to a content hash plus order of appearance, with every
 *       reference, so one spec always gives the same SVG bytes. This text is the SVG output.</li>
 *   <li><b>CSS resolved</b> ({@code CssParserForSvg}, {@code CssStyleSheet}, {@code CssSelector},
 *       {@code FontFamilyList}): Lets-Plot styles its text with scoped rules ("#plot .axis-text-x") that
 *       JSVG's own CSS parser drops. Our parser matches them properly (descendant and child combinators,
 *       specificity, source order, !important) and JSVG writes the winning declarations into each
 *       element's attributes; font-family lists are tidied so "sans-serif" is found.</li>
 *   <li><b>JSVG document</b> ({@code SvgDocumentLoader}): parsed once per render for all non-SVG outputs, with
 *       no external resources (data: URIs only, {@code EmbeddedDataOnlyResourceLoader}), our element cap
 *       ({@code ElementBudget}) instead of JSVG's 2,000, no base URI.</li>
 *   <li><b>Encoders</b>: raster formats are painted into a buffer of round(size x scale) pixels
 *       ({@code RasterPainter}, through {@code FigureOutput}, which honours zero-width strokes) and encoded:
 *       {@code PngWriter} is our own encoder (Up filter, deflate level 3 in bands on both cores, pHYs DPI; faster than
 *       ImageIO's), {@code JpegWriter} (on white, JFIF DPI) and {@code WebpWriter} (lossless) use ImageIO.
 *       The PDF draws the same document onto PDFBox's Graphics2D ({@code PdfWriter}) through
 *       {@code TextPreservingOutput}, which writes text as text so it stays searchable, in the face the PNG
 *       shows, embedded as a subset ({@code EmbeddedFonts}); the EPS draws it onto VectorGraphics2D
 *       ({@code EpsWriter}) with text as glyph outlines (it cannot embed a font) and translucent colours
 *       blended onto white.</li>
 *   <li><b>Fonts</b> ({@code FontFaces}): every font-family list resolves to one installed face, DejaVu Sans
 *       by default; a family the machine lacks falls back to it (never to Java's serif default), a monospace
 *       one to DejaVu Sans Mono. So the PNG, PDF and EPS of a figure show the same letters.</li>
 * </ol>
 *
 * <p>Units: sizes are CSS pixels. PDF pages and the EPS bounding box are 0.75 pt per CSS pixel
 * (96 px = 72 pt = 1 inch), so a 600 x 400 figure is a 450 x 300 pt page in both.
 *
 * <p>Threads: render calls run in parallel. Only the JSVG painting step is serialised
 * ({@code JsvgPainting}), because JSVG keeps its font cache in an unsynchronised static map; a render
 * waiting for its turn can be interrupted.
 */
package io.easel.renderer.engine;
