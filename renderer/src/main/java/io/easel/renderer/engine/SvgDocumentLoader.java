package io.easel.renderer.engine;

import io.easel.plot.FigureErrorKind;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.DocumentLimits;
import com.github.weisj.jsvg.parser.DomProcessor;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.parser.resources.ResourcePolicy;

/**
 * Turns SVG text into a JSVG document configured for untrusted figures: the CSS cascade resolved with real
 * selectors, no external resources, our own element cap instead of JSVG's 2,000.
 */
final class SvgDocumentLoader {
    private static final int MAX_NESTING_DEPTH = 128;
    private static final int MAX_USE_NESTING_DEPTH = DocumentLimits.DEFAULT_MAX_USE_NESTING_DEPTH;

    private final int maxElements;

    SvgDocumentLoader(int maxElements) {
        this.maxElements = maxElements;
    }

    SVGDocument load(String svg) throws RenderException {
        return load(svg, null);
    }

    /**
     * @param inspector sees the parsed elements before styles are applied; the elements it keeps show the
     *                  resolved attributes once this returns (tests use it to check the cascade)
     */
    SVGDocument load(String svg, DomProcessor inspector) throws RenderException {
        ElementBudget.check(svg, maxElements);
        DomProcessor preProcessor = root -> {
            FontFamilyList.normalizeAttributes(root);
            if (inspector != null) {
                inspector.process(root);
            }
        };
        LoaderContext context = LoaderContext.builder()
                .cssParser(new CssParserForSvg())
                .externalResourcePolicy(ResourcePolicy.DENY_EXTERNAL)
                .resourceLoader(new EmbeddedDataOnlyResourceLoader())
                .documentLimits(new DocumentLimits(MAX_NESTING_DEPTH, MAX_USE_NESTING_DEPTH, maxElements))
                .preProcessor(preProcessor)
                .build();
        SVGDocument document;
        try {
            // No base URI: relative references have nothing to resolve against and stay unloaded.
            document = new SVGLoader().load(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)), null, context);
        } catch (RuntimeException e) {
            throw new RenderException(FigureErrorKind.INTERNAL,
                    "The SVG Lets-Plot produced could not be loaded for drawing: " + e.getMessage(), e);
        }
        if (document == null) {
            // JSVG logs the cause (malformed XML, a document limit) and returns null.
            throw new RenderException(FigureErrorKind.INTERNAL, "The SVG Lets-Plot produced could not be loaded for"
                    + " drawing (see the renderer log for JSVG's reason). The SVG output itself is unaffected.");
        }
        return document;
    }
}
