package io.easel.protocol;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.util.ArrayList;
import java.util.List;

/**
 * What a socket hands the decoder, fuzzed: any frames, and half the time signed with the key, so the fuzzer gets past
 * the signature into the header, the frame counts and each message type's own decoding. Only the documented
 * exceptions ({@link RejectedMessageException}, {@link ProtocolException}) may come out.
 *
 * <p>{@code mvn verify} runs the inputs under {@code MessageDecodingFuzzTestInputs/} (regression mode, fast);
 * {@code JAZZER_FUZZ=1} fuzzes for the test's {@code maxDuration} and adds what it finds to that folder.
 */
class MessageDecodingFuzzTest {
    private static final SigningKey KEY = SigningKey.fromText("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    private static final Json JSON = Json.withDefaults();
    private static final MessageCodec CODEC = new MessageCodec(KEY, JSON, 1 << 20);
    private static final MessageSigner SIGNER = new MessageSigner(KEY);

    /**
     * {@code input}: one flags byte (bit 0: sign the frames with the key), then frames, each a 3-byte big-endian
     * length and that many bytes (the last one takes what is left). A plain format, so seeds can be written by hand.
     */
    @FuzzTest(maxDuration = "30s")
    void framesOffTheSocket(byte[] input) {
        if (input.length == 0) {
            return;
        }
        List<byte[]> body = frames(input);
        List<byte[]> frames = body;
        if ((input[0] & 1) != 0 && !body.isEmpty()) {
            frames = new ArrayList<>(body.size() + 1);
            frames.add(SIGNER.sign(body));
            frames.addAll(body);
        }
        try {
            readAsItsType(CODEC.decode(frames));
        } catch (RejectedMessageException | ProtocolException expected) {
            // refused with words: the documented outcome for anything malformed
        }
    }

    static List<byte[]> frames(byte[] input) {
        List<byte[]> frames = new ArrayList<>();
        int at = 1;
        while (at < input.length && frames.size() < 64) {
            if (at + 3 > input.length) {
                frames.add(java.util.Arrays.copyOfRange(input, at, input.length));
                break;
            }
            int length = ((input[at] & 0xff) << 16) | ((input[at + 1] & 0xff) << 8) | (input[at + 2] & 0xff);
            at += 3;
            int end = (int) Math.min(input.length, (long) at + length);
            frames.add(java.util.Arrays.copyOfRange(input, at, end));
            at = end;
        }
        return frames;
    }

    private static void readAsItsType(Message message) throws ProtocolException {
        switch (message.type()) {
            case RENDER -> RenderRequest.fromMessage(message, JSON);
            case RENDER_REPLY -> RenderReply.fromMessage(message, JSON);
            case ERROR -> ErrorReply.fromMessage(message, JSON);
            case CANCEL -> CancelRequest.fromMessage(message, JSON);
            case PONG -> Pong.fromMessage(message, JSON);
            case STATS_REPLY -> RendererStats.fromMessage(message, JSON);
            default -> JSON.readObject(message.content(), "content of a " + message.type().wireName());
        }
    }
}
