package io.easel.protocol;

import io.easel.plot.FigureErrorKind;
import io.easel.plot.spi.RenderedImage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outputs of a render, in the order they were asked for. Image bytes travel as raw frames, never as
 * base64 inside JSON.
 *
 * @param queueNanos time the request waited in the renderer before a worker took it
 * @param totalNanos time from the renderer receiving the request to the reply being ready
 */
public record RenderReply(List<RenderedImage> images, long queueNanos, long totalNanos) {
    public RenderReply {
        images = List.copyOf(images);
    }

    public Message toMessage(String id, Json json) {
        List<Map<String, Object>> meta = new ArrayList<>(images.size());
        List<byte[]> buffers = new ArrayList<>(images.size());
        for (RenderedImage image : images) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("format", WireNames.of(image.format()));
            m.put("width", image.pixelWidth());
            m.put("height", image.pixelHeight());
            m.put("renderNanos", image.renderNanos());
            if (image.isLeftOut()) {
                m.put("left_out_bytes", image.leftOutBytes());
            }
            meta.add(m);
            buffers.add(image.bytes());
        }
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("images", meta);
        content.put("queueNanos", queueNanos);
        content.put("totalNanos", totalNanos);
        return new Message(MessageHeader.of(id, MessageType.RENDER_REPLY), json.write(content), buffers);
    }

    public static RenderReply fromMessage(Message message, Json json) throws ProtocolException {
        Map<String, Object> content = json.readObject(message.content(), "render reply");
        if (!(content.get("images") instanceof List<?> meta) || meta.size() != message.buffers().size()) {
            throw new ProtocolException(FigureErrorKind.BAD_REQUEST, "The render reply lists a different number of images "
                    + "than it carries frames.");
        }
        List<RenderedImage> images = new ArrayList<>(meta.size());
        for (int i = 0; i < meta.size(); i++) {
            if (!(meta.get(i) instanceof Map<?, ?> m) || !(m.get("format") instanceof String format)) {
                throw new ProtocolException(FigureErrorKind.BAD_REQUEST, "Image " + i + " of the render reply has no format.");
            }
            long leftOut = longField(m, "left_out_bytes");
            if (leftOut != 0 && (leftOut < RenderedImage.NOT_MADE || message.buffers().get(i).length != 0)) {
                throw new ProtocolException(FigureErrorKind.BAD_REQUEST, "Image " + i + " of the render reply is"
                        + " marked left out but has bytes, or a size below -1.");
            }
            images.add(new RenderedImage(WireNames.format(format), message.buffers().get(i),
                    intField(m, "width"), intField(m, "height"), longField(m, "renderNanos"), leftOut));
        }
        return new RenderReply(images, longField(content, "queueNanos"), longField(content, "totalNanos"));
    }

    private static int intField(Map<?, ?> map, String name) {
        return map.get(name) instanceof Number n ? n.intValue() : 0;
    }

    private static long longField(Map<?, ?> map, String name) {
        return map.get(name) instanceof Number n ? n.longValue() : 0;
    }
}
