package io.easel.plot.spi;

import io.easel.plot.ExportOptions;
import io.easel.plot.Format;

import java.util.Map;

/**
 * Turns a figure's Lets-Plot raw spec into file bytes.
 *
 * <p>The plot module only describes figures; painting happens elsewhere. {@link io.easel.plot.Figure#save},
 * {@code toBytes} and {@code writeTo} find an implementation with {@link java.util.ServiceLoader} (register it in
 * {@code META-INF/services/io.easel.plot.spi.FigureRenderer}); easel-renderer-manager provides one that talks to the
 * warm renderer process.
 */
public interface FigureRenderer {

    /**
     * Renders one figure.
     *
     * @param spec    the figure's raw spec as {@link io.easel.plot.Figure#toSpec()} gives it (a fresh copy the
     *                implementation may change; numeric data columns are {@code double[]}); its {@code ggsize} is
     *                the figure's own size and must not be consulted: the options carry the size to render
     * @param format  the wanted format
     * @param options the size in CSS pixels (never 0 here: {@link ExportOptions#resolvedFor} filled in the figure's
     *                own) and the raster scale
     * @return the encoded file
     * @throws Exception when rendering fails; the message should say what happened and what to do
     */
    byte[] render(Map<String, Object> spec, Format format, ExportOptions options) throws Exception;
}
