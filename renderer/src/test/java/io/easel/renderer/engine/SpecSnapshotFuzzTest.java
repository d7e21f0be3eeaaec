package io.easel.renderer.engine;

import io.easel.protocol.Json;
import io.easel.protocol.Message;
import io.easel.protocol.MessageHeader;
import io.easel.protocol.MessageType;
import io.easel.protocol.ProtocolException;
import io.easel.protocol.RenderRequest;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A render request's content and binary columns as the renderer decodes them, fuzzed: {@link RenderRequest#fromMessage}
 * (JSON limits, the columns put back into the spec) and then {@link SpecSnapshot#of} (the private copy, every text
 * through {@link SpecText}). Only {@link ProtocolException} and {@link RenderException} may come out: anything else
 * would be an internal error where the user deserves a message naming the problem.
 *
 * <p>{@code mvn verify} runs the inputs under {@code SpecSnapshotFuzzTestInputs/} (regression mode);
 * {@code JAZZER_FUZZ=1} fuzzes for the test's {@code maxDuration} and adds what it finds there.
 */
class SpecSnapshotFuzzTest {
    private static final Json JSON = Json.withDefaults();

    /**
     * {@code input}: one byte giving the number of binary columns (at most 4), each a 2-byte big-endian length and
     * that many bytes, then the request content (JSON) to the end.
     */
    @FuzzTest(maxDuration = "30s")
    void requestContentAndColumns(byte[] input) {
        if (input.length == 0) {
            return;
        }
        int columns = (input[0] & 0xff) % 5;
        int at = 1;
        List<byte[]> buffers = new ArrayList<>(columns);
        for (int i = 0; i < columns && at + 2 <= input.length; i++) {
            int length = ((input[at] & 0xff) << 8) | (input[at + 1] & 0xff);
            at += 2;
            int end = Math.min(input.length, at + length);
            buffers.add(Arrays.copyOfRange(input, at, end));
            at = end;
        }
        byte[] content = Arrays.copyOfRange(input, Math.min(at, input.length), input.length);
        Message message = new Message(MessageHeader.of("fuzz", MessageType.RENDER), content, buffers);
        try {
            RenderRequest request = RenderRequest.fromMessage(message, JSON);
            SpecSnapshot.of(request.spec());
        } catch (ProtocolException | RenderException expected) {
            // refused with words
        }
    }
}
