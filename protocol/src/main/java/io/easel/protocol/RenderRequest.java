package io.easel.protocol;

import io.easel.plot.FigureErrorKind;
import io.easel.plot.Format;
import io.easel.plot.spi.OutputRequest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A figure to render: a Lets-Plot raw spec, its size in CSS pixels and the outputs wanted.
 * On the wire the spec's numeric arrays travel as binary frames (see {@link BinaryColumns}).
 *
 * @param width  CSS pixels, positive. The size travels here and only here: the client resolves it (a figure's own
 *               size, or the spec's {@code ggsize} for a foreign spec) and the renderer does not read {@code ggsize}
 * @param height likewise
 */
public record RenderRequest(Map<String, Object> spec, double width, double height, List<OutputRequest> outputs) {
    /**
     * How long one render may take when nobody says otherwise: the renderer manager's default and the renderer's
     * own for a request whose header names no timeout, so the two never disagree.
     */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public RenderRequest {
        Objects.requireNonNull(spec, "spec");
        checkSize("width", width);
        checkSize("height", height);
        Objects.requireNonNull(outputs, "outputs");
        if (outputs.isEmpty()) {
            throw new IllegalArgumentException("Ask for at least one output format (e.g. PNG).");
        }
        outputs = List.copyOf(outputs);
    }

    private static void checkSize(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("The figure " + name + " must be a positive number of CSS pixels, got "
                    + value + ".");
        }
    }

    /** Builds the wire message; this copies the columns, so the caller may change its arrays afterwards. */
    public Message toMessage(String id, long timeoutMillis, Json json) throws ProtocolException {
        return toMessage(id, timeoutMillis, json, null);
    }

    /**
     * Builds the wire message, its columns in a file of {@code files} when they are big ({@link ColumnFiles}), else
     * as frames.
     *
     * @param files the directory the renderer was launched with, or null to send every column as a frame
     */
    public Message toMessage(String id, long timeoutMillis, Json json, ColumnFiles files) throws ProtocolException {
        BinaryColumns.Extracted extracted = BinaryColumns.extract(spec, json.limits().maxDepth());
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("width", width);
        content.put("height", height);
        List<Map<String, Object>> outputList = new ArrayList<>();
        for (OutputRequest output : outputs) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("format", WireNames.of(output.format()));
            o.put("scale", output.scale());
            o.put("dpi", output.dpi());
            if (output.maxBytes() > 0) {
                o.put("max_bytes", output.maxBytes());
            }
            outputList.add(o);
        }
        content.put("outputs", outputList);
        content.put("spec", extracted.tree());
        long columnBytes = 0;
        for (double[] column : extracted.columns()) {
            if ((long) column.length * Double.BYTES > MessageCodec.MAX_FRAME_BYTES) {
                throw new ProtocolException(FigureErrorKind.TOO_LARGE, "A data column has " + column.length
                        + " values; one column may hold at most " + MessageCodec.MAX_FRAME_BYTES / Double.BYTES
                        + ". Sample or aggregate the data first.");
            }
            columnBytes += (long) column.length * Double.BYTES;
        }
        List<byte[]> buffers = new ArrayList<>(extracted.columns().size());
        if (files != null && ColumnFiles.worthIt(columnBytes)) {
            content.put(ColumnFiles.CONTENT_KEY, files.write(id, extracted.columns()));
        } else {
            for (double[] column : extracted.columns()) {
                buffers.add(Float64Frames.encode(column));
            }
        }
        byte[] contentBytes;
        try {
            contentBytes = json.writeLimited(content, "figure spec");
        } catch (ProtocolException | RuntimeException e) {
            if (files != null) {
                files.delete(id);
            }
            throw e;
        }
        return new Message(MessageHeader.of(id, MessageType.RENDER, timeoutMillis), contentBytes, buffers);
    }

    public static RenderRequest fromMessage(Message message, Json json) throws ProtocolException {
        return fromMessage(message, json, null);
    }

    /**
     * Reads a render request; a request whose columns come by file takes them from {@code files} (and deletes the
     * file), after the checks of {@link ColumnFiles}.
     *
     * @param files the directory this renderer was launched with, or null when it was given none
     */
    public static RenderRequest fromMessage(Message message, Json json, ColumnFiles files) throws ProtocolException {
        Map<String, Object> content = json.readObject(message.content(), "figure spec");
        List<byte[]> frames = message.buffers();
        if (content.containsKey(ColumnFiles.CONTENT_KEY)) {
            if (files == null) {
                throw new ProtocolException(FigureErrorKind.BAD_REQUEST, "The request's columns come by file, but this"
                        + " renderer was started without a column directory (--column-dir).");
            }
            if (!frames.isEmpty()) {
                throw new ProtocolException(FigureErrorKind.BAD_REQUEST, "The request carries column frames as well as"
                        + " a column file; it may carry one or the other.");
            }
            frames = files.take(message.header().id(), content.get(ColumnFiles.CONTENT_KEY),
                    MessageCodec.MAX_FRAME_BYTES);
        }
        double width = number(content, "width");
        double height = number(content, "height");
        if (!(content.get("spec") instanceof Map<?, ?> specMap)) {
            throw new ProtocolException(FigureErrorKind.BAD_SPEC, "The request has no spec object.");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> spec = (Map<String, Object>) BinaryColumns.restore(specMap, frames);
        if (!(content.get("outputs") instanceof List<?> outputList)) {
            throw new ProtocolException(FigureErrorKind.BAD_REQUEST, "The request has no outputs list.");
        }
        List<OutputRequest> outputs = new ArrayList<>(outputList.size());
        for (Object item : outputList) {
            outputs.add(output(item));
        }
        try {
            return new RenderRequest(spec, width, height, outputs);
        } catch (IllegalArgumentException e) {
            throw new ProtocolException(FigureErrorKind.BAD_SPEC, e.getMessage(), e);
        }
    }

    private static OutputRequest output(Object item) throws ProtocolException {
        if (!(item instanceof Map<?, ?> map) || !(map.get("format") instanceof String formatName)) {
            throw new ProtocolException(FigureErrorKind.BAD_REQUEST, "An output entry lacks a format name: " + item);
        }
        Format format = WireNames.format(formatName);
        double scale = map.get("scale") instanceof Number n ? n.doubleValue() : 1.0;
        int dpi = map.get("dpi") instanceof Number n ? n.intValue() : 0;
        long maxBytes = map.get("max_bytes") instanceof Number n ? n.longValue() : 0;
        try {
            return new OutputRequest(format, scale, dpi, maxBytes);
        } catch (IllegalArgumentException e) {
            throw new ProtocolException(FigureErrorKind.BAD_SPEC, e.getMessage(), e);
        }
    }

    private static double number(Map<String, Object> content, String field) throws ProtocolException {
        if (!(content.get(field) instanceof Number n)) {
            throw new ProtocolException(FigureErrorKind.BAD_REQUEST, "The request has no numeric " + field + ".");
        }
        return n.doubleValue();
    }
}
