package io.easel.protocol;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns messages into signed multipart frames and back: {@code [signature, header, content, buffers...]}.
 * The signature is checked before any byte of the message is parsed.
 *
 * <p>On the wire no frame is larger than {@link #WIRE_FRAME_BYTES}: a longer content or buffer travels as
 * several consecutive frames, and the header then lists how many frames each part took ({@code "frames"}).
 * ZeroMQ reserves a frame's announced size before any byte of it arrives, and before a connection has
 * finished its CURVE handshake, so the socket limit ({@link #SOCKET_FRAME_LIMIT}) is what a stranger can
 * make either end reserve per connection; whole figures stay as large as {@link #DEFAULT_MAX_FRAME_BYTES}
 * per part. The signature covers the wire frames as sent, each prefixed by its length, so the split is
 * signed too.
 */
public final class MessageCodec {
    /** Frames before the buffers: signature, header, content. */
    public static final int FIXED_FRAMES = 3;
    /**
     * Default largest single frame either end of the renderer socket accepts. ZeroMQ reserves a frame's
     * announced size before any byte of it (or its signature) arrives, so this caps what a stranger who
     * merely connects can make the renderer allocate; it matches the spec JSON limit, and one data column
     * of 8 million values, far more than a figure can usefully draw.
     */
    public static final long DEFAULT_MAX_FRAME_BYTES = 64L * 1024 * 1024;
    /** The most the frame limit may be raised to. */
    public static final long MAX_FRAME_BYTES = 512L * 1024 * 1024;
    /** The largest frame on the wire; longer parts are split into frames of this size. */
    public static final int WIRE_FRAME_BYTES = 1024 * 1024;
    /**
     * ZeroMQ's maximum message size for the renderer socket, both ends: one wire frame plus what CURVE adds
     * around it (33 bytes: the MESSAGE command name, a nonce, a flags byte and the authenticator).
     */
    public static final long SOCKET_FRAME_LIMIT = WIRE_FRAME_BYTES + 64;
    private static final int MAX_HEADER_BYTES = 16 * 1024;
    private static final String FRAMES_FIELD = "frames";

    private final MessageSigner signer;
    private final Json json;

    private final long maxPartBytes;

    public MessageCodec(SigningKey key, Json json) {
        this(key, json, MAX_FRAME_BYTES);
    }

    /** @param maxPartBytes the largest content or buffer {@link #decode} accepts (a message's parts, not its wire frames) */
    public MessageCodec(SigningKey key, Json json, long maxPartBytes) {
        this.signer = new MessageSigner(key);
        this.json = json;
        this.maxPartBytes = maxPartBytes;
    }

    public Json json() {
        return json;
    }

    public List<byte[]> encode(Message message) {
        List<byte[]> parts = new ArrayList<>(message.buffers().size() + 1);
        parts.add(message.content());
        parts.addAll(message.buffers());
        Map<String, Object> header = headerFields(message.header());
        List<Integer> counts = new ArrayList<>(parts.size());
        boolean split = false;
        for (byte[] part : parts) {
            int count = framesFor(part.length);
            counts.add(count);
            split |= count > 1;
        }
        if (split) {
            header.put(FRAMES_FIELD, counts);
        }
        List<byte[]> signed = new ArrayList<>(parts.size() + 2);
        signed.add(json.write(header));
        for (byte[] part : parts) {
            WireFrames.split(part, WIRE_FRAME_BYTES, signed);
        }
        List<byte[]> frames = new ArrayList<>(signed.size() + 1);
        frames.add(signer.sign(signed));
        frames.addAll(signed);
        return frames;
    }

    private static int framesFor(int length) {
        return Math.max(1, (int) ((length + (long) WIRE_FRAME_BYTES - 1) / WIRE_FRAME_BYTES));
    }

    /**
     * Verifies and parses the frames of one message as they came off the socket.
     *
     * @throws RejectedMessageException for anything but a well-formed message signed with this codec's key;
     *                                  nothing else escapes, whatever the frames hold
     */
    public Message decode(List<byte[]> frames) throws RejectedMessageException {
        if (frames.size() < FIXED_FRAMES) {
            throw new RejectedMessageException(RejectedMessageException.Reason.UNSIGNED,
                    "message has " + frames.size() + " frames; a signed message has at least " + FIXED_FRAMES);
        }
        byte[] signature = frames.get(0);
        if (signature.length != MessageSigner.SIGNATURE_BYTES) {
            throw new RejectedMessageException(RejectedMessageException.Reason.UNSIGNED,
                    "first frame is " + signature.length + " bytes, not a " + MessageSigner.SIGNATURE_BYTES
                            + "-byte signature");
        }
        List<byte[]> signed = frames.subList(1, frames.size());
        if (!signer.verify(signature, signed)) {
            throw new RejectedMessageException(RejectedMessageException.Reason.BAD_SIGNATURE,
                    "signature does not match the message");
        }
        Map<String, Object> fields = parseHeaderFields(frames.get(1));
        MessageHeader header = parseHeader(fields, frames.get(1));
        List<byte[]> parts = WireFrames.join(frames.subList(2, frames.size()),
                frameCounts(fields.get(FRAMES_FIELD), frames.size() - 2, header.id()), maxPartBytes);
        return new Message(header, parts.get(0), parts.subList(1, parts.size()));
    }

    /** How many wire frames each part took: one each when the header says nothing. */
    private static int[] frameCounts(Object field, int wireFrames, String id) throws RejectedMessageException {
        if (field == null) {
            int[] ones = new int[wireFrames];
            java.util.Arrays.fill(ones, 1);
            return ones;
        }
        if (!(field instanceof List<?> list) || list.isEmpty() || list.size() > wireFrames) {
            throw malformed("header of " + id + " has a frames list that does not fit its " + wireFrames + " frames");
        }
        int[] counts = new int[list.size()];
        long total = 0;
        for (int i = 0; i < counts.length; i++) {
            if (!(list.get(i) instanceof Integer n) || n < 1) {
                throw malformed("header of " + id + " has a frame count that is not a positive whole number");
            }
            counts[i] = n;
            total += n;
        }
        if (total != wireFrames) {
            throw malformed("header of " + id + " counts " + total + " frames, but " + wireFrames + " came");
        }
        return counts;
    }

    private static Map<String, Object> headerFields(MessageHeader header) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", header.id());
        fields.put("type", header.type().wireName());
        fields.put("protocol", header.protocol());
        if (header.timeoutMillis() > 0) {
            fields.put("timeoutMillis", header.timeoutMillis());
        }
        return fields;
    }

    private Map<String, Object> parseHeaderFields(byte[] bytes) throws RejectedMessageException {
        if (bytes.length > MAX_HEADER_BYTES) {
            throw malformed("header is " + bytes.length + " bytes, over " + MAX_HEADER_BYTES);
        }
        try {
            return json.readObject(bytes, "message header");
        } catch (ProtocolException e) {
            throw malformed(e.getMessage());
        }
    }

    private static MessageHeader parseHeader(Map<String, Object> fields, byte[] bytes) throws RejectedMessageException {
        if (!(fields.get("id") instanceof String id) || id.isEmpty()) {
            throw malformed("header has no id: " + new String(bytes, StandardCharsets.UTF_8));
        }
        if (!(fields.get("type") instanceof String typeName)) {
            throw malformed("header of " + id + " has no type");
        }
        MessageType type = MessageType.fromWireName(typeName)
                .orElseThrow(() -> malformed("header of " + id + " has unknown type '" + typeName + "'"));
        if (!(fields.get("protocol") instanceof Integer protocol)) {
            throw malformed("header of " + id + " has no protocol version");
        }
        long timeout = 0;
        Object timeoutField = fields.get("timeoutMillis");
        if (timeoutField instanceof Number n && n.longValue() > 0) {
            timeout = n.longValue();
        } else if (timeoutField != null && !(timeoutField instanceof Number)) {
            throw malformed("header of " + id + " has a timeoutMillis that is not a number");
        }
        return new MessageHeader(id, type, protocol, timeout);
    }

    private static RejectedMessageException malformed(String detail) {
        return new RejectedMessageException(RejectedMessageException.Reason.MALFORMED, detail);
    }
}
