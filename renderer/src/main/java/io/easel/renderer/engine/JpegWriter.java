package io.easel.renderer.engine;

import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;

import org.w3c.dom.Node;

import io.easel.plot.Format;

/** Baseline JPEG at high quality (plots are flat colour and thin lines, which low quality smears), DPI in JFIF. */
final class JpegWriter extends ImageIoRasterWriter {
    private static final String NATIVE_FORMAT = "javax_imageio_jpeg_image_1.0";
    static final float QUALITY = 0.92f;

    JpegWriter() {
        super(Format.JPEG, "jpeg");
    }

    @Override
    boolean isOpaque() {
        return true;
    }

    @Override
    ImageWriteParam parameters(ImageWriter writer) {
        ImageWriteParam parameters = writer.getDefaultWriteParam();
        parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        parameters.setCompressionQuality(QUALITY);
        return parameters;
    }

    @Override
    void addResolution(IIOMetadata metadata, int dpi) throws IIOInvalidTreeException {
        Node root = metadata.getAsTree(NATIVE_FORMAT);
        IIOMetadataNode jfif = findJfif(root);
        if (jfif == null) {
            return;
        }
        int density = Math.min(dpi, 0xFFFF); // JFIF stores densities in 16 bits
        jfif.setAttribute("resUnits", "1"); // dots per inch
        jfif.setAttribute("Xdensity", Integer.toString(density));
        jfif.setAttribute("Ydensity", Integer.toString(density));
        metadata.setFromTree(NATIVE_FORMAT, root);
    }

    private static IIOMetadataNode findJfif(Node node) {
        if ("app0JFIF".equals(node.getNodeName())) {
            return (IIOMetadataNode) node;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            IIOMetadataNode found = findJfif(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
