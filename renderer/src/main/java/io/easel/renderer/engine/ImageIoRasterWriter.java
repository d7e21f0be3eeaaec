package io.easel.renderer.engine;

import io.easel.plot.FigureErrorKind;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageOutputStream;

import io.easel.plot.Format;

/** A raster format written by an ImageIO writer (the JDK's, or one a library registers). */
abstract class ImageIoRasterWriter extends RasterWriter {
    private final Format format;
    private final String writerFormatName;

    ImageIoRasterWriter(Format format, String writerFormatName) {
        this.format = format;
        this.writerFormatName = writerFormatName;
    }

    /** Parameters for the writer, or null for its defaults. */
    ImageWriteParam parameters(ImageWriter writer) {
        return null;
    }

    /** Adds the resolution to the writer's metadata; dpi is positive. Formats without a resolution field skip it. */
    abstract void addResolution(IIOMetadata metadata, int dpi) throws IOException;

    @Override
    byte[] write(BufferedImage image, int dpi) throws RenderException {
        ImageWriter writer = findWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(1024, image.getWidth() * image.getHeight() / 8));
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam parameters = parameters(writer);
            IIOMetadata metadata = null;
            if (dpi > 0) {
                metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), parameters);
                if (metadata != null) {
                    addResolution(metadata, dpi);
                }
            }
            writer.write(null, new IIOImage(image, null, metadata), parameters);
        } catch (IOException | RuntimeException e) {
            throw new RenderException(FigureErrorKind.INTERNAL,
                    "Encoding the figure as " + format + " failed: " + e.getMessage(), e);
        } catch (UnsatisfiedLinkError e) {
            throw new RenderException(FigureErrorKind.UNSUPPORTED, "The " + format
                    + " encoder's native library does not load on this machine (" + e.getMessage()
                    + "). Use png or jpeg instead.", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private ImageWriter findWriter() throws RenderException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(writerFormatName);
        if (!writers.hasNext()) {
            throw new RenderException(FigureErrorKind.UNSUPPORTED, "No " + format
                    + " encoder is installed in the renderer. Use png or svg instead.");
        }
        return writers.next();
    }
}
