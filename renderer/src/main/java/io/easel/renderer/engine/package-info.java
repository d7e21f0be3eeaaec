/**
 * The render engine: one Lets-Plot raw spec in, every requested image format out.
 *
 * <p>Pipeline of one {@link io.easel.renderer.engine.RenderEngine#render render} call:
 * <ol>
 *   <li><b>Spec snapshot</b> ({@code SpecSnapshot}): a private deep copy, double[] columns turned into lists
 *       (the only column form Lets-Plot reads), depth capped. The request's size, the only one read (not
 *       the spec's ggsize), checked against {@link io.easel.renderer.engine.RenderLimits} ({@code FigureSize})
 *       before anything big is allocated.</li>
 *   <li><b>Lets-Plot layout</b> ({@code LetsPlotSvg}, {@code LaidOutFigure}): Lets-Plot 4.1.0 lays the figure out
 *       once, into its own SVG DOM (the steps of PlotSvgExport without the last, SvgToString). It reports a bad
 *       spec by throwing; that becomes {@code bad_spec} with Lets-Plot's own message. A GGBunch, which Lets-Plot
 *       only joins as text, comes as SVG text and takes the JSVG path below.</li>
 *   <li><b>Point clouds</b> ({@code PointCloudLayer}, {@code AffineFit}, {@code PointCloudNode}): for a big point layer
 *       Lets-Plot's layout is most of the render (one slim node of decimal strings per point), yet a layer with
 *       only x and y mapped, on linear cartesian axes, puts point i at an affine function of its data and draws every
 *       point alike. So such a layer is laid out cut down to the rows that keep the scales (extremes, first, middle,
 *       last), the map is read off their markers and checked on all of them, and one node holding every centre
 *       replaces those markers in the DOM; everything downstream reads it as Lets-Plot's own group. What qualifies is
 *       an allow-list; anything else, or markers that miss the map, is laid out in full.</li>
 *   <li><b>Raster outputs and the PDF, direct</b> ({@code SvgDomPainter}, through {@code RasterPainter},
 *       {@code PdfWriter#writeDirect} and {@code FigurePictures}): the DOM is painted straight into a buffer of
 *       round(size x scale) pixels (premultiplied while painting, then plain ARGB for the encoders) or onto
 *       PDFBox's Graphics2D, with text as drawString so the PDF keeps it as text: no SVG text, no XML parse, no
 *       second DOM. Point markers are stamped from sprites drawn once per marker and
 *       sub-pixel phase ({@code MarkerSprites}), composited into the buffer's pixels directly where a stamp lies inside
 *       a rectangular clip (Java2D's drawImage costs more per call than a marker's pixels); text is set glyph by glyph as JSVG sets it
 *       ({@code SvgTextLayout}); the scoped CSS of the text is matched by the same cascade as below. The
 *       painter draws only what it knows exactly: any other element, attribute or value
 *       ({@code UnsupportedSvgException}) sends the figure down the JSVG path instead, logged at debug.
 *       Images are drawn from data: URIs only, and the figure's CSS is checked as the published SVG's is.</li>
 *   <li><b>Vector outputs with a size limit</b> ({@code RenderEngine}, {@code OutputRequest#maxBytes}): a notebook
 *       keeps neither the SVG nor the PDF of a figure when one is over its limit, and a 100k-point scatter's PDF
 *       takes seconds to draw. So those outputs are made together, cheapest first, and left out together as soon as
 *       one is over, the rest unmade; a point cloud whose markers alone are over the SVG's limit
 *       ({@code PointCloudNode#minimumSvgBytes}) makes none of them.</li>
 *   <li><b>SVG text, only when an output needs it</b>: SvgToString of the same DOM, then deterministic ids
 *       ({@code DeterministicIds}): Lets-Plot's random ids (clip paths, the plot root its CSS is scoped to) are
 *       renamed to a content hash plus order of appearance, with every reference, so one spec always gives the
 *       same SVG bytes; then {@code PublishedSvg} strips external references and refuses loading CSS. This text
 *       is the SVG output.</li>
 *   <li><b>JSVG path</b> (EPS, a GGBunch, and figures the direct painter declines): the published text is parsed once
 *       per render ({@code SvgDocumentLoader}) with no external resources (data: URIs only,
 *       {@code EmbeddedDataOnlyResourceLoader}), our element cap ({@code ElementBudget}) instead of JSVG's 2,000,
 *       no base URI. Its CSS is resolved by our parser ({@code CssParserForSvg}, {@code CssStyleSheet},
 *       {@code CssSelector}, {@code FontFamilyList}): Lets-Plot styles its text with scoped rules
 *       ("#plot .axis-text-x") that JSVG's own parser drops; ours matches them properly (descendant and child
 *       combinators, specificity, source order, !important) and JSVG writes the winning declarations into each
 *       element's attributes; font-family lists are tidied so "sans-serif" is found.</li>
 *   <li><b>Encoders</b>: {@code PngWriter} is our own encoder (Up filter, deflate level 3 in bands on both cores
 *       ({@code BandedDeflate}), pHYs DPI; many times faster than ImageIO's), {@code JpegWriter} (on white, JFIF DPI) and {@code WebpWriter} (lossless) use ImageIO.
 *       The PDF is PDFBox's Graphics2D ({@code PdfWriter}); text reaches it as drawString (from the direct
 *       painter, or from JSVG through {@code TextPreservingOutput}), so it stays searchable, in the face the PNG
 *       shows, embedded as a subset ({@code EmbeddedFonts}); the EPS draws it onto VectorGraphics2D
 *       ({@code EpsWriter}) with text as glyph outlines (it cannot embed a font) and translucent colours
 *       blended onto white. JSVG output goes through {@code FigureOutput}, which honours zero-width strokes.</li>
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
 * waiting for its turn can be interrupted. The direct painter shares nothing between renders (its sprites, fonts
 * and glyphs are per painting), so it needs no lock.
 */
package io.easel.renderer.engine;
