package io.easel.rendermanager;

import io.easel.plot.FigureErrorKind;
import io.easel.protocol.JsonLimits;
import io.easel.protocol.Message;
import io.easel.protocol.MessageCodec;

import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The largest single piece of a message (the spec JSON, one data column, one output image) either end of the
 * renderer socket accepts, set with {@value #PROPERTY} / {@value #ENVIRONMENT_VARIABLE} in MiB (default 64, at
 * most 512). On the wire a piece travels as frames of at most {@link MessageCodec#WIRE_FRAME_BYTES}, so this
 * limit is about what an authenticated peer may send, not what a stranger can make either end reserve. A
 * request over it is refused here, with words, rather than sent and dropped by the renderer.
 */
final class FrameLimit {
    static final String PROPERTY = "easel.renderer.maxFrameMb";
    static final String ENVIRONMENT_VARIABLE = "EASEL_RENDERER_MAX_FRAME_MB";
    private static final long MIB = 1024 * 1024;

    private FrameLimit() {
    }

    static long configuredBytes() {
        return bytes(System.getProperties(), System.getenv());
    }

    static long bytes(Properties properties, Map<String, String> environment) {
        String text = properties.getProperty(PROPERTY);
        if (text == null || text.isBlank()) {
            text = environment.get(ENVIRONMENT_VARIABLE);
        }
        if (text == null || text.isBlank()) {
            return MessageCodec.DEFAULT_MAX_FRAME_BYTES;
        }
        long most = MessageCodec.MAX_FRAME_BYTES / MIB;
        try {
            long mib = Long.parseLong(text.trim());
            if (mib >= 1 && mib <= most) {
                return mib * MIB;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new RenderFailedException(FigureErrorKind.START_FAILED, "Renderer setting " + PROPERTY + " / "
                + ENVIRONMENT_VARIABLE + " is '" + text + "'; it must be a whole number of MiB from 1 to " + most
                + " (default " + MessageCodec.DEFAULT_MAX_FRAME_BYTES / MIB + ").");
    }

    /** Throws TOO_LARGE naming the part of the figure that is over the limit. */
    static void check(Message request, long limit) {
        List<byte[]> parts = new java.util.ArrayList<>(request.buffers().size() + 1);
        parts.add(request.content());
        parts.addAll(request.buffers());
        for (int i = 0; i < parts.size(); i++) {
            long size = parts.get(i).length;
            if (size > limit) {
                String part = i == 0 ? "its spec (as JSON, without the numeric columns)"
                        : "one numeric data column (" + size / Double.BYTES + " values)";
                throw new RenderFailedException(FigureErrorKind.TOO_LARGE, "This figure is too large to send to "
                        + "the renderer: " + part + " is " + JsonLimits.describeBytes(size) + ", over the "
                        + JsonLimits.describeBytes(limit)
                        + " limit for one piece. Draw fewer points (sample or aggregate the data), or raise the limit "
                        + "with " + PROPERTY + " / " + ENVIRONMENT_VARIABLE + " (in MiB, at most "
                        + MessageCodec.MAX_FRAME_BYTES / MIB + ").");
            }
        }
    }

}
