package io.easel.protocol;

import java.util.List;
import java.util.Objects;

/**
 * One protocol message before signing or after verification.
 *
 * @param header  the envelope
 * @param content the JSON body (for a render request, the spec and its sizes)
 * @param buffers raw binary frames: float64 columns in a request, encoded images in a reply
 */
public record Message(MessageHeader header, byte[] content, List<byte[]> buffers) {
    public Message {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(content, "content");
        buffers = List.copyOf(buffers);
    }

    public String id() {
        return header.id();
    }

    public MessageType type() {
        return header.type();
    }
}
