package io.easel.renderer.engine;

import java.io.IOException;
import java.net.URI;

import com.github.weisj.jsvg.parser.DomDocument;
import com.github.weisj.jsvg.parser.resources.RenderableResource;
import com.github.weisj.jsvg.parser.resources.ResourceLoader;
import com.github.weisj.jsvg.parser.resources.ResourceSupplier;
import com.github.weisj.jsvg.parser.resources.impl.SynchronousResourceLoader;

/**
 * Loads only images embedded in the document as data: URIs (Lets-Plot's raster layers). The loader's resource
 * policy already refuses other URIs; this is the second lock, so a figure can never make the renderer read a
 * file or fetch a URL, whatever a later JSVG policy change lets through.
 */
final class EmbeddedDataOnlyResourceLoader implements ResourceLoader {
    private final ResourceLoader delegate = new SynchronousResourceLoader();

    @Override
    public ResourceSupplier<RenderableResource> loadImage(DomDocument document, URI uri) throws IOException {
        if (!"data".equalsIgnoreCase(uri.getScheme())) {
            throw new IOException("Not loading " + uri + ": figures may only embed images as data: URIs.");
        }
        return delegate.loadImage(document, uri);
    }
}
