package io.easel.protocol;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Cuts a message part into wire frames of bounded size, and puts parts back together on arrival. */
final class WireFrames {
    private WireFrames() {
    }

    /** Appends {@code part} to {@code into} as frames of at most {@code frameBytes}; an empty part is one empty frame. */
    static void split(byte[] part, int frameBytes, List<byte[]> into) {
        if (part.length <= frameBytes) {
            into.add(part);
            return;
        }
        for (int from = 0; from < part.length; from += frameBytes) {
            into.add(Arrays.copyOfRange(part, from, Math.min(part.length, from + frameBytes)));
        }
    }

    /**
     * The parts, each the concatenation of its {@code counts[i]} consecutive frames; a part of one frame is that
     * frame itself, not a copy. The counts must add up to the number of frames (checked by the caller); a part over
     * {@code maxPartBytes} is refused.
     */
    static List<byte[]> join(List<byte[]> frames, int[] counts, long maxPartBytes) throws RejectedMessageException {
        List<byte[]> parts = new ArrayList<>(counts.length);
        int next = 0;
        for (int count : counts) {
            long length = 0;
            for (int i = next; i < next + count; i++) {
                length += frames.get(i).length;
            }
            if (length > maxPartBytes) {
                throw new RejectedMessageException(RejectedMessageException.Reason.MALFORMED, "part " + parts.size()
                        + " of the message is " + JsonLimits.describeBytes(length) + ", over the "
                        + JsonLimits.describeBytes(maxPartBytes) + " allowed for one piece");
            }
            if (count == 1) {
                parts.add(frames.get(next++));
                continue;
            }
            if (length > Integer.MAX_VALUE - 8) {
                throw new RejectedMessageException(RejectedMessageException.Reason.MALFORMED,
                        "a message part of " + length + " bytes cannot be held in one array");
            }
            byte[] part = new byte[(int) length];
            int at = 0;
            for (int i = next; i < next + count; i++) {
                byte[] frame = frames.get(i);
                System.arraycopy(frame, 0, part, at, frame.length);
                at += frame.length;
            }
            parts.add(part);
            next += count;
        }
        return parts;
    }
}
