package io.easel.protocol;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns messages into signed multipart frames and back: {@code [signature, header, content, buffers...]}.
 * The signature is checked before any byte of the message is parsed.
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
    private static final int MAX_HEADER_BYTES = 16 * 1024;

    private final MessageSigner signer;
    private final Json json;

    public MessageCodec(SigningKey key, Json json) {
        this.signer = new MessageSigner(key);
        this.json = json;
    }

    public Json json() {
        return json;
    }

    public List<byte[]> encode(Message message) {
        List<byte[]> signed = new ArrayList<>(message.buffers().size() + 2);
        signed.add(json.write(headerFields(message.header())));
        signed.add(message.content());
        signed.addAll(message.buffers());
        List<byte[]> frames = new ArrayList<>(signed.size() + 1);
        frames.add(signer.sign(signed));
        frames.addAll(signed);
        return frames;
    }

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
        MessageHeader header = parseHeader(frames.get(1));
        return new Message(header, frames.get(2), frames.subList(FIXED_FRAMES, frames.size()));
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

    private MessageHeader parseHeader(byte[] bytes) throws RejectedMessageException {
        if (bytes.length > MAX_HEADER_BYTES) {
            throw malformed("header is " + bytes.length + " bytes, over " + MAX_HEADER_BYTES);
        }
        Map<String, Object> fields;
        try {
            fields = json.readObject(bytes, "message header");
        } catch (ProtocolException e) {
            throw malformed(e.getMessage());
        }
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
