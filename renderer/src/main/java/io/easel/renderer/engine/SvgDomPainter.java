package io.easel.renderer.engine;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.jetbrains.letsPlot.awt.util.RGBEncoderAwt;
import org.jetbrains.letsPlot.datamodel.svg.dom.SvgAttributeSpec;
import org.jetbrains.letsPlot.datamodel.svg.dom.SvgElement;
import org.jetbrains.letsPlot.datamodel.svg.dom.SvgImageElementEx;
import org.jetbrains.letsPlot.datamodel.svg.dom.SvgNode;
import org.jetbrains.letsPlot.datamodel.svg.dom.SvgStyleElement;
import org.jetbrains.letsPlot.datamodel.svg.dom.SvgSvgElement;
import org.jetbrains.letsPlot.datamodel.svg.dom.SvgTextNode;
import org.jetbrains.letsPlot.datamodel.svg.dom.slim.SvgSlimNode;

import com.github.weisj.jsvg.geometry.path.BuildHistory;
import com.github.weisj.jsvg.geometry.path.PathCommand;
import com.github.weisj.jsvg.geometry.path.PathParser;
import com.github.weisj.jsvg.parser.css.StyleProperty;

/**
 * Paints Lets-Plot's SVG DOM straight onto a Graphics2D: no SVG text, no XML parse, no second DOM. It draws what
 * Lets-Plot draws (svg, g, rect, circle, ellipse, line, path, text and tspan, image, clip paths, transforms, the
 * scoped CSS of its text) the way the JSVG path draws it, so either path gives the same picture within
 * antialiasing noise (SvgDomPainterTest, DirectPaintCorpusTest).
 *
 * <p>It never guesses. An element, attribute or value it does not know, a CSS rule it would have to apply to a
 * marker, a clip path it cannot find: each throws {@link UnsupportedSvgException} before the picture is returned,
 * and the engine paints the figure through SVG text and JSVG instead. Images are drawn from data: URIs only, as
 * the published SVG keeps them (docs/SECURITY.md); other references draw nothing, as in the published SVG.
 *
 * <p>Text is set as JSVG sets it ({@link SvgTextLayout}) and drawn as glyph outlines on raster targets, or with
 * drawString on vector ones ({@link TextMode#STRINGS}), where the PDF writer turns it into real text.
 *
 * <p>Why one class of about 900 lines: it is one walk of one tree, and every element's painting reads the same
 * state (the CSS sheet, the clip paths, the sprite cache, the element budget); the pieces with a life of their own
 * already live apart ({@code SvgTextLayout}, {@code SvgPaintState}, {@code SvgTransforms}, {@code MarkerSprites},
 * {@code SvgNumbers}).
 */
final class SvgDomPainter {
    /** How text reaches the target. */
    enum TextMode {
        /** Filled glyph outlines, as JSVG draws them: raster targets. */
        OUTLINES,
        /** drawString with the resolved font, glyph by glyph positions left to the target: PDF text. */
        STRINGS
    }

    private static final Pattern DATA_IMAGE = Pattern.compile("(?i)data:image/(png|jpeg|jpg|gif|bmp);base64,.*",
            Pattern.DOTALL);
    private static final CssStyleSheet NO_RULES = new CssStyleSheet(List.of());

    private final TextMode textMode;
    private final boolean stampMarkers;
    private final int maxElements;
    private final CssStyleSheet sheet;
    private final Map<String, SvgElement> clipPaths;
    private final SvgTextLayout text = new SvgTextLayout();
    private MarkerSprites sprites;
    private int elements;

    private SvgDomPainter(TextMode textMode, boolean stampMarkers, int maxElements, CssStyleSheet sheet,
                          Map<String, SvgElement> clipPaths) {
        this.textMode = textMode;
        this.stampMarkers = stampMarkers;
        this.maxElements = maxElements;
        this.sheet = sheet;
        this.clipPaths = clipPaths;
    }

    /**
     * Paints the figure into the rectangle (0, 0, size) of g's current user space.
     *
     * @param stampMarkers draw repeated point markers from sprites (raster targets only)
     * @param canvas       the image g paints into, whose pixels the sprites may be written into straight; null to
     *                     stamp them through g only
     */
    static void paint(SvgSvgElement root, FigureSize size, Graphics2D g, TextMode textMode, boolean stampMarkers,
                      BufferedImage canvas, int maxElements) throws RenderException, UnsupportedSvgException {
        double width = attributeNumber(root, "width", size.width());
        double height = attributeNumber(root, "height", size.height());
        if (Math.abs(width - size.width()) > 0.5 || Math.abs(height - size.height()) > 0.5) {
            throw new UnsupportedSvgException("a root of " + width + " x " + height + " in a " + size + " viewport");
        }
        List<String> css = new ArrayList<>();
        Map<String, SvgElement> clipPaths = new HashMap<>();
        index(root, css, clipPaths);
        CssStyleSheet sheet = NO_RULES;
        if (!css.isEmpty()) {
            String text = String.join("\n", css);
            PublishedSvg.checkCss(text, "the figure's style sheet");
            sheet = new CssParserForSvg().parse(text);
        }
        SvgDomPainter painter = new SvgDomPainter(textMode, stampMarkers, maxElements, sheet, clipPaths);
        Graphics2D own = (Graphics2D) g.create();
        try {
            own.clip(new Rectangle2D.Double(0, 0, size.width(), size.height()));
            painter.sprites = stampMarkers ? new MarkerSprites(own, canvas) : null;
            DomTarget rootTarget = painter.target(root, null);
            Map<String, String> rootAttributes = attributes(root);
            SvgPaintState rootState = painter.resolve(new SvgPaintState(), rootAttributes, rootTarget);
            rootAttributes.keySet().removeAll(List.of("width", "height", "x", "y"));
            allowOnly("svg", rootAttributes);
            painter.paintChildren(root, own, rootState, rootTarget);
        } finally {
            own.dispose();
        }
    }

    /** Style sheets and clip paths, wherever they are (CSS applies document-wide, references may point forward). */
    private static void index(SvgNode node, List<String> css, Map<String, SvgElement> clipPaths) {
        for (SvgNode child : node.children()) {
            if (child instanceof SvgStyleElement style) {
                css.add(style.getResource().css());
            } else if (child instanceof SvgElement element && !(child instanceof SvgSlimNode)) {
                if (element.getElementName().equals("clipPath")) {
                    String id = element.id().get();
                    if (id != null) {
                        clipPaths.put(id, element);
                    }
                }
                if (!element.isPrebuiltSubtree()) {
                    index(element, css, clipPaths);
                }
            }
        }
    }

    /** An element as CSS selectors see it. */
    private record DomTarget(String tagName, String id, List<String> classNames, CssSelector.Target parent)
            implements CssSelector.Target {
    }

    private DomTarget target(SvgElement element, CssSelector.Target parent) {
        Object classes = element.getAttribute("class").get();
        List<String> names = classes == null ? List.of() : List.of(classes.toString().trim().split("\\s+"));
        return new DomTarget(element.getElementName(), element.id().get(), names, parent);
    }

    private void count() throws RenderException {
        if (++elements > maxElements) {
            throw ElementBudget.tooMany(maxElements);
        }
    }

    private void paintChildren(SvgNode parent, Graphics2D g, SvgPaintState state, CssSelector.Target target)
            throws RenderException, UnsupportedSvgException {
        for (SvgNode child : parent.children()) {
            paintNode(child, g, state, target);
        }
    }

    private void paintNode(SvgNode node, Graphics2D g, SvgPaintState state, CssSelector.Target parent)
            throws RenderException, UnsupportedSvgException {
        if (node instanceof SvgSlimNode slim) {
            paintSlim(slim, g, state);
        } else if (node instanceof SvgElement element) {
            paintElement(element, g, state, parent);
        } else if (node instanceof SvgTextNode textNode) {
            if (!textNode.textContent().get().isBlank()) {
                throw new UnsupportedSvgException("text outside a text element");
            }
        } else {
            throw new UnsupportedSvgException("node " + node.getClass().getSimpleName());
        }
    }

    // ---- elements of the full DOM ----

    private void paintElement(SvgElement element, Graphics2D g, SvgPaintState inherited, CssSelector.Target parent)
            throws RenderException, UnsupportedSvgException {
        count();
        String tag = element.getElementName();
        switch (tag) {
            case "style", "defs", "clipPath" -> {
                return; // read up front (index), drawn only through what refers to them
            }
            default -> {
                // drawn below
            }
        }
        Map<String, String> attributes = attributes(element);
        DomTarget target = target(element, parent);
        SvgPaintState state = resolve(inherited, attributes, target);
        Graphics2D own = null;
        try {
            Graphics2D local = g;
            String transform = attributes.remove("transform");
            String clip = attributes.remove("clip-path");
            if (tag.equals("svg")) {
                double x = number(attributes, "x", 0);
                double y = number(attributes, "y", 0);
                double w = number(attributes, "width", Double.NaN);
                double h = number(attributes, "height", Double.NaN);
                allowOnly(tag, attributes, "x", "y", "width", "height");
                if (!(w > 0 && h > 0)) {
                    return;
                }
                own = (Graphics2D) g.create();
                local = own;
                local.translate(x, y);
                local.clip(new Rectangle2D.Double(0, 0, w, h)); // a nested svg clips to its viewport
            } else if (transform != null || clip != null) {
                own = (Graphics2D) g.create();
                local = own;
            }
            if (transform != null) {
                AffineTransform at = SvgTransforms.parse(transform);
                if (at != null) {
                    local.transform(at);
                }
            }
            if (clip != null) {
                local.clip(clipShape(clip));
            }
            switch (tag) {
                case "svg" -> paintChildren(element, local, state, target);
                case "g" -> {
                    allowOnly(tag, attributes);
                    if (element.isPrebuiltSubtree()) {
                        for (SvgNode child : element.children()) {
                            paintNode(child, local, state, target);
                        }
                    } else {
                        paintChildren(element, local, state, target);
                    }
                }
                case "rect", "circle", "ellipse", "line", "path" -> {
                    noChildren(element);
                    paintShape(tag, attributes, local, state);
                }
                case "text" -> paintText(element, attributes, local, state, target);
                case "image" -> paintImage(element, attributes, local);
                default -> throw new UnsupportedSvgException("element <" + tag + ">");
            }
        } finally {
            if (own != null) {
                own.dispose();
            }
        }
    }

    /** Attribute name to value as SvgToString writes them; presentation attributes stay in the map too. */
    private static Map<String, String> attributes(SvgElement element) {
        Map<String, String> out = new LinkedHashMap<>();
        for (SvgAttributeSpec<?> key : element.getAttributeKeys()) {
            Object value = element.getAttribute(key.getName()).get();
            if (value != null) {
                out.put(key.getName(), value.toString());
            }
        }
        return out;
    }

    /**
     * The element's state: inherited, then its presentation attributes, overridden by matching CSS rules, overridden
     * by its style attribute. The presentation attributes, class, id and style are removed from the map.
     */
    private SvgPaintState resolve(SvgPaintState inherited, Map<String, String> attributes, DomTarget target)
            throws UnsupportedSvgException, RenderException {
        Map<String, String> declared = new LinkedHashMap<>();
        String style = attributes.remove("style");
        if (style != null) {
            PublishedSvg.checkCss(style, "a style attribute");
            List<StyleProperty> normal = new ArrayList<>();
            List<StyleProperty> important = new ArrayList<>();
            CssParserForSvg.readDeclarations(style, normal, important);
            for (StyleProperty p : important) {
                declared.putIfAbsent(p.name(), p.value());
            }
            for (StyleProperty p : normal) {
                declared.putIfAbsent(p.name(), p.value());
            }
        }
        sheet.forEachMatchingDeclaration(target, p -> declared.putIfAbsent(p.name(), p.value()));
        attributes.remove("class");
        attributes.remove("id");
        for (var it = attributes.entrySet().iterator(); it.hasNext(); ) {
            var attribute = it.next();
            if (SvgPaintState.isPresentation(attribute.getKey())) {
                declared.putIfAbsent(attribute.getKey(), attribute.getValue());
                it.remove();
            }
        }
        if (declared.isEmpty()) {
            return inherited;
        }
        SvgPaintState state = inherited.copy();
        if (declared.containsKey("opacity")) {
            // opacity is not inherited: it multiplies into what the element and its children draw
            state.apply("opacity", declared.remove("opacity"));
        }
        for (Map.Entry<String, String> d : declared.entrySet()) {
            state.apply(d.getKey(), d.getValue());
        }
        return state;
    }

    private void paintShape(String tag, Map<String, String> a, Graphics2D g, SvgPaintState state)
            throws UnsupportedSvgException {
        Shape shape;
        switch (tag) {
            case "rect" -> {
                allowOnly(tag, a, "x", "y", "width", "height", "rx", "ry");
                if (number(a, "rx", 0) != 0 || number(a, "ry", 0) != 0) {
                    throw new UnsupportedSvgException("a rounded rect");
                }
                double w = number(a, "width", 0);
                double h = number(a, "height", 0);
                if (!(w > 0 && h > 0)) {
                    return;
                }
                shape = new Rectangle2D.Double(number(a, "x", 0), number(a, "y", 0), w, h);
            }
            case "circle" -> {
                allowOnly(tag, a, "cx", "cy", "r");
                double r = number(a, "r", 0);
                if (!(r > 0)) {
                    return;
                }
                if (stampCircle(g, number(a, "cx", 0), number(a, "cy", 0), r, state)) {
                    return;
                }
                shape = circle(number(a, "cx", 0), number(a, "cy", 0), r);
            }
            case "ellipse" -> {
                allowOnly(tag, a, "cx", "cy", "rx", "ry");
                double rx = number(a, "rx", 0);
                double ry = number(a, "ry", 0);
                if (!(rx > 0 && ry > 0)) {
                    return;
                }
                shape = new Ellipse2D.Double(number(a, "cx", 0) - rx, number(a, "cy", 0) - ry, 2 * rx, 2 * ry);
            }
            case "line" -> {
                allowOnly(tag, a, "x1", "y1", "x2", "y2");
                shape = new Line2D.Double(number(a, "x1", 0), number(a, "y1", 0), number(a, "x2", 0),
                        number(a, "y2", 0));
            }
            case "path" -> {
                allowOnly(tag, a, "d");
                String d = a.get("d");
                if (d == null || d.isBlank()) {
                    return;
                }
                shape = path(d, state.evenOdd);
            }
            default -> throw new UnsupportedSvgException("element <" + tag + ">");
        }
        fillAndStroke(g, shape, state, !tag.equals("line"));
    }

    private static void fillAndStroke(Graphics2D g, Shape shape, SvgPaintState state, boolean fills) {
        Color fill = fills ? state.fillPaint() : null;
        if (fill != null) {
            g.setColor(fill);
            g.fill(shape);
        }
        Color stroke = state.strokePaint();
        if (stroke != null) {
            g.setColor(stroke);
            g.setStroke(state.basicStroke());
            g.draw(shape);
        }
    }

    private static Ellipse2D circle(double cx, double cy, double r) {
        return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
    }

    /** Path data through JSVG's own parser, so both paths build the same geometry. */
    static Path2D path(String d, boolean evenOdd) throws UnsupportedSvgException {
        PathCommand[] commands;
        try {
            commands = new PathParser(d).parsePathCommand();
        } catch (RuntimeException e) {
            throw new UnsupportedSvgException("path data \"" + abbreviate(d) + "\"");
        }
        Path2D.Float path = new Path2D.Float(evenOdd ? Path2D.WIND_EVEN_ODD : Path2D.WIND_NON_ZERO);
        BuildHistory history = new BuildHistory();
        for (PathCommand command : commands) {
            command.appendPath(path, history);
        }
        return path;
    }

    private Shape clipShape(String reference) throws UnsupportedSvgException {
        String r = reference.trim();
        if (!r.startsWith("url(#") || !r.endsWith(")")) {
            throw new UnsupportedSvgException("clip-path " + reference);
        }
        SvgElement clip = clipPaths.get(r.substring(5, r.length() - 1).trim());
        if (clip == null) {
            throw new UnsupportedSvgException("clip-path " + reference + " naming no clip path");
        }
        Map<String, String> clipAttributes = attributes(clip);
        clipAttributes.remove("id");
        AffineTransform clipTransform = null;
        String t = clipAttributes.remove("transform");
        if (t != null) {
            clipTransform = SvgTransforms.parse(t);
        }
        allowOnly("clipPath", clipAttributes);
        Area area = null;
        Shape single = null;
        for (SvgNode child : clip.children()) {
            if (!(child instanceof SvgElement element) || child instanceof SvgSlimNode) {
                if (child instanceof SvgTextNode text && text.textContent().get().isBlank()) {
                    continue;
                }
                throw new UnsupportedSvgException("clip path content " + child.getClass().getSimpleName());
            }
            Map<String, String> a = attributes(element);
            a.remove("id");
            String childTransform = a.remove("transform");
            Shape shape = switch (element.getElementName()) {
                case "rect" -> {
                    allowOnly("rect", a, "x", "y", "width", "height");
                    yield new Rectangle2D.Double(number(a, "x", 0), number(a, "y", 0), number(a, "width", 0),
                            number(a, "height", 0));
                }
                case "circle" -> {
                    allowOnly("circle", a, "cx", "cy", "r");
                    yield circle(number(a, "cx", 0), number(a, "cy", 0), number(a, "r", 0));
                }
                case "path" -> {
                    allowOnly("path", a, "d");
                    yield path(a.getOrDefault("d", ""), false);
                }
                default -> throw new UnsupportedSvgException("clip path content <" + element.getElementName() + ">");
            };
            if (childTransform != null) {
                AffineTransform at = SvgTransforms.parse(childTransform);
                if (at != null) {
                    shape = at.createTransformedShape(shape);
                }
            }
            if (single == null && area == null) {
                single = shape;
            } else {
                if (area == null) {
                    area = new Area(single);
                }
                area.add(new Area(shape));
            }
        }
        Shape shape = area != null ? area : single != null ? single : new Rectangle2D.Double();
        return clipTransform == null ? shape : clipTransform.createTransformedShape(shape);
    }

    // ---- text ----

    private record TextPiece(String text, SvgPaintState state, double dx, double dy) {
    }

    private void paintText(SvgElement element, Map<String, String> a, Graphics2D g, SvgPaintState state,
                           DomTarget target) throws RenderException, UnsupportedSvgException {
        allowOnly("text", a, "x", "y", "dx", "dy");
        List<TextPiece> pieces = new ArrayList<>();
        double x = number(a, "x", 0);
        double y = number(a, "y", 0);
        double dx = length(a, "dx", state);
        double dy = length(a, "dy", state);
        collectText(element, state, target, pieces, dx, dy);
        // strip trailing space of the whole text, as SVG's white-space handling does
        boolean afterSpace = true;
        List<TextPiece> collapsed = new ArrayList<>();
        for (TextPiece p : pieces) {
            String t = SvgTextLayout.collapse(p.text(), afterSpace);
            if (!t.isEmpty()) {
                afterSpace = t.endsWith(" ");
            }
            collapsed.add(new TextPiece(t, p.state(), p.dx(), p.dy()));
        }
        for (int i = collapsed.size() - 1; i >= 0; i--) {
            TextPiece p = collapsed.get(i);
            if (p.text().isEmpty()) {
                continue;
            }
            if (p.text().endsWith(" ")) {
                collapsed.set(i, new TextPiece(p.text().substring(0, p.text().length() - 1), p.state(), p.dx(),
                        p.dy()));
            }
            break;
        }
        List<SvgTextLayout.Run> runs = new ArrayList<>();
        List<SvgPaintState> states = new ArrayList<>();
        double cursorX = x;
        double cursorY = y;
        for (TextPiece p : collapsed) {
            cursorX += p.dx();
            cursorY += p.dy();
            if (p.text().isEmpty()) {
                continue;
            }
            SvgPaintState s = p.state();
            if (s.fontFamily == null || !(s.fontSize > 0)) {
                throw new UnsupportedSvgException("text without a font family and size");
            }
            if (s.strokePaint() != null) {
                throw new UnsupportedSvgException("stroked text");
            }
            SvgTextLayout.Run run = text.layout(p.text(), text.font(s.fontFamily, s.fontSize, s.bold, s.italic),
                    cursorX, cursorY);
            runs.add(run);
            states.add(s);
            cursorX += run.advance();
        }
        double advance = cursorX - x - collapsed.stream().mapToDouble(TextPiece::dx).sum();
        double offset = switch (state.anchor) {
            case START -> 0;
            case MIDDLE -> advance / 2;
            case END -> advance;
        };
        for (int i = 0; i < runs.size(); i++) {
            Color fill = states.get(i).fillPaint();
            if (fill == null) {
                continue;
            }
            SvgTextLayout.Run run = runs.get(i);
            g.setColor(fill);
            if (textMode == TextMode.OUTLINES) {
                g.fill(offset == 0 ? run.outline()
                        : AffineTransform.getTranslateInstance(-offset, 0).createTransformedShape(run.outline()));
            } else {
                drawString(g, run, -offset);
            }
        }
    }

    /** The run with drawString at its first glyph's origin; the target sets the glyphs with the font's advances. */
    private static void drawString(Graphics2D g, SvgTextLayout.Run run, double shift) {
        if (run.text().isBlank()) {
            return;
        }
        Graphics2D glyphs = (Graphics2D) g.create();
        try {
            glyphs.translate(run.originX() + shift, run.originY());
            TextPreservingOutput.setFont(glyphs, run.font());
            glyphs.drawString(run.text(), 0f, 0f);
        } finally {
            glyphs.dispose();
        }
    }

    private void collectText(SvgElement element, SvgPaintState state, DomTarget target, List<TextPiece> pieces,
                             double dx, double dy) throws RenderException, UnsupportedSvgException {
        double pendingDx = dx;
        double pendingDy = dy;
        for (SvgNode child : element.children()) {
            if (child instanceof SvgTextNode textNode) {
                pieces.add(new TextPiece(textNode.textContent().get(), state, pendingDx, pendingDy));
                pendingDx = 0;
                pendingDy = 0;
            } else if (child instanceof SvgElement span && !(child instanceof SvgSlimNode)
                    && span.getElementName().equals("tspan")) {
                count();
                Map<String, String> a = attributes(span);
                DomTarget spanTarget = target(span, target);
                SvgPaintState spanState = resolve(state, a, spanTarget);
                allowOnly("tspan", a, "dx", "dy");
                collectText(span, spanState, spanTarget, pieces, pendingDx + length(a, "dx", spanState),
                        pendingDy + length(a, "dy", spanState));
                pendingDx = 0;
                pendingDy = 0;
            } else {
                throw new UnsupportedSvgException("text content " + child.getClass().getSimpleName());
            }
        }
        if (pendingDx != 0 || pendingDy != 0) {
            pieces.add(new TextPiece("", state, pendingDx, pendingDy));
        }
    }

    /** dx/dy: user units, px, or em of the element's font size. */
    private static double length(Map<String, String> a, String name, SvgPaintState state)
            throws UnsupportedSvgException {
        String value = a.get(name);
        if (value == null) {
            return 0;
        }
        String v = value.trim();
        if (v.endsWith("em")) {
            if (!(state.fontSize > 0)) {
                throw new UnsupportedSvgException(name + " in em without a font size");
            }
            return SvgPaintState.number(v.substring(0, v.length() - 2).trim(), name) * state.fontSize;
        }
        return SvgPaintState.length(v, name);
    }

    // ---- images ----

    private void paintImage(SvgElement element, Map<String, String> a, Graphics2D g) throws UnsupportedSvgException {
        Map<String, String> attributes = a;
        if (element instanceof SvgImageElementEx raster) {
            // a raster layer keeps its pixels until written; encode them as SvgToString would
            attributes = attributes(raster.asImageElement(new RGBEncoderAwt()));
            attributes.remove("style");
        }
        String href = attributes.containsKey("href") ? attributes.get("href") : attributes.get("xlink:href");
        allowOnly("image", attributes, "x", "y", "width", "height", "href", "xlink:href", "preserveAspectRatio");
        String aspect = attributes.getOrDefault("preserveAspectRatio", "none").trim();
        if (!aspect.equals("none")) {
            throw new UnsupportedSvgException("image preserveAspectRatio " + aspect);
        }
        double w = number(attributes, "width", 0);
        double h = number(attributes, "height", 0);
        if (href == null || !(w > 0 && h > 0) || !DATA_IMAGE.matcher(href.trim()).matches()) {
            return; // nothing, or a reference the published SVG drops: drawn as nothing there too
        }
        BufferedImage image = decode(href.trim());
        Graphics2D own = (Graphics2D) g.create();
        try {
            // Lets-Plot embeds images only for raster layers, one pixel per cell, marked pixelated
            own.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            own.translate(number(attributes, "x", 0), number(attributes, "y", 0));
            own.scale(w / image.getWidth(), h / image.getHeight());
            own.drawImage(image, 0, 0, null);
        } finally {
            own.dispose();
        }
    }

    private static BufferedImage decode(String dataUri) throws UnsupportedSvgException {
        int comma = dataUri.indexOf(',');
        try {
            byte[] bytes = Base64.getMimeDecoder().decode(dataUri.substring(comma + 1));
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image != null && image.getWidth() > 0 && image.getHeight() > 0) {
                return image;
            }
        } catch (IOException | IllegalArgumentException e) {
            // reported below
        }
        throw new UnsupportedSvgException("an embedded image that does not decode");
    }

    // ---- slim nodes: the prebuilt subtrees Lets-Plot writes its geometry into ----

    /** One slim node's attributes, read once. */
    private static final class Slim {
        final String tag;
        SvgPaintState state;
        String transform;
        double cx;
        double cy;
        double r;
        double x;
        double y;
        double w;
        double h;
        double x1;
        double y1;
        double x2;
        double y2;
        String d;

        Slim(SvgSlimNode node, SvgPaintState inherited, Map<String, SvgPaintState> styles)
                throws UnsupportedSvgException {
            tag = node.getElementName();
            state = inherited;
            StringBuilder style = null;
            for (SvgSlimNode.Attr attribute : node.getAttributes()) {
                String key = attribute.getKey();
                String value = attribute.getValue();
                switch (key) {
                    case "transform" -> transform = value;
                    case "cx" -> cx = SvgPaintState.number(value, key);
                    case "cy" -> cy = SvgPaintState.number(value, key);
                    case "r" -> r = SvgPaintState.number(value, key);
                    case "x" -> x = SvgPaintState.number(value, key);
                    case "y" -> y = SvgPaintState.number(value, key);
                    case "width" -> w = SvgPaintState.number(value, key);
                    case "height" -> h = SvgPaintState.number(value, key);
                    case "x1" -> x1 = SvgPaintState.number(value, key);
                    case "y1" -> y1 = SvgPaintState.number(value, key);
                    case "x2" -> x2 = SvgPaintState.number(value, key);
                    case "y2" -> y2 = SvgPaintState.number(value, key);
                    case "d" -> d = value;
                    default -> {
                        if (!SvgPaintState.isPresentation(key)) {
                            throw new UnsupportedSvgException("attribute " + key + " of a <" + tag + "> marker");
                        }
                        if (style == null) {
                            style = new StringBuilder(64);
                        }
                        style.append(key).append('\u0001').append(value).append('\u0000');
                    }
                }
            }
            if (style != null) {
                // markers repeat a handful of styles a hundred thousand times: resolve each once per parent state
                String declarations = style.toString();
                SvgPaintState resolved = styles.get(declarations);
                if (resolved == null) {
                    resolved = inherited.copy();
                    for (String declaration : declarations.split("\u0000")) {
                        int colon = declaration.indexOf('\u0001');
                        resolved.apply(declaration.substring(0, colon), declaration.substring(colon + 1));
                    }
                    if (styles.size() < MAX_MARKER_STYLES) {
                        styles.put(declarations, resolved);
                    }
                }
                state = resolved;
            }
        }
    }

    private static final int MAX_MARKER_STYLES = 4096;
    /** Resolved marker styles, per parent state (identity: states are not changed once made). */
    private final Map<SvgPaintState, Map<String, SvgPaintState>> markerStyles = new java.util.IdentityHashMap<>();

    private Map<String, SvgPaintState> markerStyles(SvgPaintState parent) {
        return markerStyles.computeIfAbsent(parent, p -> new HashMap<>());
    }

    private void paintSlim(SvgSlimNode node, Graphics2D g, SvgPaintState inherited)
            throws RenderException, UnsupportedSvgException {
        count();
        String tag = node.getElementName();
        if (sheet.hasRulesFor(tag)) {
            throw new UnsupportedSvgException("a CSS rule for <" + tag + "> markers");
        }
        Slim slim = new Slim(node, inherited, markerStyles(inherited));
        if (!tag.equals("g")) {
            paintSlimShape(slim, g);
            return;
        }
        AffineTransform before = applyTransform(g, slim.transform);
        try {
            paintSlimChildren(node, g, slim.state);
        } finally {
            if (before != null) {
                g.setTransform(before);
            }
        }
    }

    /**
     * A slim group's children. Circles are stamped in device space, so the transform is switched to the identity
     * once for a run of them rather than once per circle (a hundred thousand switches cost as much as the stamps).
     */
    private void paintSlimChildren(SvgSlimNode group, Graphics2D g, SvgPaintState state)
            throws RenderException, UnsupportedSvgException {
        AffineTransform device = g.getTransform();
        boolean stamping = sprites != null && MarkerSprites.canStamp(device);
        Map<String, SvgPaintState> styles = markerStyles(state);
        if (stamping && group instanceof PointCloudNode cloud && stampCloud(cloud, g, device, state, styles)) {
            return;
        }
        boolean inDevice = false;
        try {
            for (SvgSlimNode child : group.getSlimChildren()) {
                if (stamping && child.getElementName().equals("circle")) {
                    count();
                    if (sheet.hasRulesFor("circle")) {
                        throw new UnsupportedSvgException("a CSS rule for <circle> markers");
                    }
                    Slim circle = new Slim(child, state, styles);
                    if (circle.transform == null && circle.state.dashes == null) {
                        if (!(circle.r > 0)) {
                            continue;
                        }
                        Color fill = circle.state.fillPaint();
                        Color stroke = circle.state.strokePaint();
                        if (fill == null && stroke == null) {
                            continue;
                        }
                        if (!inDevice) {
                            g.setTransform(new AffineTransform());
                            inDevice = true;
                        }
                        if (sprites.stampCircle(g, device, circle.cx, circle.cy, circle.r, fill, stroke,
                                (float) circle.state.strokeWidth)) {
                            continue;
                        }
                    }
                    if (inDevice) {
                        g.setTransform(device);
                        inDevice = false;
                    }
                    paintSlimShape(circle, g); // own transform or dashes: drawn as any marker
                    continue;
                }
                if (inDevice) {
                    g.setTransform(device);
                    inDevice = false;
                }
                paintSlim(child, g, state);
            }
        } finally {
            if (inDevice) {
                g.setTransform(device);
            }
        }
    }

    /**
     * A point cloud's markers stamped from its arrays of centres, its one marker's style resolved once; false, with
     * nothing drawn, when that marker is not a plain circle (then each point is painted as a node of its own).
     */
    private boolean stampCloud(PointCloudNode cloud, Graphics2D g, AffineTransform device, SvgPaintState state,
                               Map<String, SvgPaintState> styles) throws RenderException, UnsupportedSvgException {
        if (sheet.hasRulesFor("circle")) {
            throw new UnsupportedSvgException("a CSS rule for <circle> markers");
        }
        Slim marker = new Slim(cloud.marker(), state, styles);
        if (!marker.tag.equals("circle") || marker.transform != null || marker.state.dashes != null) {
            return false;
        }
        Color fill = marker.state.fillPaint();
        Color stroke = marker.state.strokePaint();
        boolean visible = marker.r > 0 && (fill != null || stroke != null);
        float strokeWidth = (float) marker.state.strokeWidth;
        AffineTransform identity = new AffineTransform();
        g.setTransform(identity);
        try {
            for (int i = 0; i < cloud.size(); i++) {
                count();
                if (visible && !sprites.stampCircle(g, device, cloud.cx(i), cloud.cy(i), marker.r, fill, stroke,
                        strokeWidth)) {
                    g.setTransform(device);
                    fillAndStroke(g, circle(cloud.cx(i), cloud.cy(i), marker.r), marker.state, true);
                    g.setTransform(identity);
                }
            }
        } finally {
            g.setTransform(device);
        }
        return true;
    }

    /** Applies an SVG transform attribute (null: none) and returns the transform to restore, or null if unchanged. */
    private static AffineTransform applyTransform(Graphics2D g, String transform) throws UnsupportedSvgException {
        if (transform == null) {
            return null;
        }
        AffineTransform at = SvgTransforms.parse(transform);
        if (at == null) {
            return null;
        }
        AffineTransform before = g.getTransform();
        g.transform(at);
        return before;
    }

    private void paintSlimShape(Slim slim, Graphics2D g) throws UnsupportedSvgException {
        AffineTransform before = applyTransform(g, slim.transform);
        try {
            SvgPaintState state = slim.state;
            switch (slim.tag) {
                case "circle" -> {
                    if (slim.r > 0 && !stampCircle(g, slim.cx, slim.cy, slim.r, state)) {
                        fillAndStroke(g, circle(slim.cx, slim.cy, slim.r), state, true);
                    }
                }
                case "rect" -> {
                    if (slim.w > 0 && slim.h > 0) {
                        fillAndStroke(g, new Rectangle2D.Double(slim.x, slim.y, slim.w, slim.h), state, true);
                    }
                }
                case "line" -> fillAndStroke(g, new Line2D.Double(slim.x1, slim.y1, slim.x2, slim.y2), state, false);
                case "path" -> {
                    if (slim.d != null && !slim.d.isBlank()) {
                        fillAndStroke(g, path(slim.d, state.evenOdd), state, true);
                    }
                }
                default -> throw new UnsupportedSvgException("marker <" + slim.tag + ">");
            }
        } finally {
            if (before != null) {
                g.setTransform(before);
            }
        }
    }

    /** Stamps the circle from a sprite when it can be stamped exactly; false when the caller must draw it. */
    private boolean stampCircle(Graphics2D g, double cx, double cy, double r, SvgPaintState state) {
        if (sprites == null || state.dashes != null) {
            return false;
        }
        AffineTransform device = g.getTransform();
        if (!MarkerSprites.canStamp(device)) {
            return false;
        }
        Color fill = state.fillPaint();
        Color stroke = state.strokePaint();
        if (fill == null && stroke == null) {
            return true; // nothing to draw
        }
        g.setTransform(new AffineTransform());
        try {
            return sprites.stampCircle(g, device, cx, cy, r, fill, stroke, (float) state.strokeWidth);
        } finally {
            g.setTransform(device);
        }
    }

    // ---- attribute helpers ----

    private static void allowOnly(String tag, Map<String, String> attributes, String... geometry)
            throws UnsupportedSvgException {
        outer:
        for (String name : attributes.keySet()) {
            for (String allowed : geometry) {
                if (allowed.equals(name)) {
                    continue outer;
                }
            }
            throw new UnsupportedSvgException("attribute " + name + " of <" + tag + ">");
        }
    }

    private static void noChildren(SvgElement element) throws UnsupportedSvgException {
        for (SvgNode child : element.children()) {
            if (!(child instanceof SvgTextNode text) || !text.textContent().get().isBlank()) {
                throw new UnsupportedSvgException("content inside <" + element.getElementName() + ">");
            }
        }
    }

    private static double number(Map<String, String> a, String name, double absent) throws UnsupportedSvgException {
        String value = a.get(name);
        return value == null ? absent : SvgPaintState.length(value.trim(), name);
    }

    private static double attributeNumber(SvgElement element, String name, double absent)
            throws UnsupportedSvgException {
        Object value = element.getAttribute(name).get();
        return value == null ? absent : SvgPaintState.length(value.toString().trim(), name);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
