package io.easel.protocol;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class MessageSigningTest {
    private final Json json = Json.withDefaults();
    private final SigningKey key = SigningKey.random();
    private final MessageCodec codec = new MessageCodec(key, json);

    private List<byte[]> signedPing() {
        return new ArrayList<>(codec.encode(new Message(MessageHeader.of("p1", MessageType.PING), "{}".getBytes(),
                List.of(new byte[]{1, 2, 3}, new byte[]{4, 5}))));
    }

    @Test
    void signedMessageIsAccepted() throws Exception {
        Message m = codec.decode(signedPing());
        assertEquals("p1", m.id());
        assertEquals(MessageType.PING, m.type());
        assertEquals(MessageHeader.PROTOCOL_VERSION, m.header().protocol());
    }

    @Test
    void everyTamperedByteBreaksTheSignature() {
        List<byte[]> original = signedPing();
        for (int frame = 1; frame < original.size(); frame++) {
            for (int i = 0; i < original.get(frame).length; i++) {
                List<byte[]> frames = signedPing();
                frames.get(frame)[i] ^= 0x01;
                RejectedMessageException e = assertThrows(RejectedMessageException.class, () -> codec.decode(frames));
                assertEquals(RejectedMessageException.Reason.BAD_SIGNATURE, e.reason(), "frame " + frame + " byte " + i);
            }
        }
    }

    @Test
    void movingBytesAcrossAFrameBoundaryBreaksTheSignature() {
        List<byte[]> frames = signedPing();
        frames.set(3, new byte[]{1, 2});
        frames.set(4, new byte[]{3, 4, 5});
        assertEquals(RejectedMessageException.Reason.BAD_SIGNATURE,
                assertThrows(RejectedMessageException.class, () -> codec.decode(frames)).reason());
    }

    @Test
    void anotherKeysSignatureIsRejected() {
        MessageCodec stranger = new MessageCodec(SigningKey.random(), json);
        List<byte[]> frames = stranger.encode(new Message(MessageHeader.of("x", MessageType.SHUTDOWN), "{}".getBytes(),
                List.of()));
        assertEquals(RejectedMessageException.Reason.BAD_SIGNATURE,
                assertThrows(RejectedMessageException.class, () -> codec.decode(frames)).reason());
    }

    @Test
    void unsignedAndGarbageMessagesAreRejectedAsUnsigned() {
        List<byte[]> unsigned = List.of(new byte[0], "{\"id\":\"x\",\"type\":\"shutdown\",\"protocol\":1}".getBytes(),
                "{}".getBytes());
        assertTrue(assertThrows(RejectedMessageException.class, () -> codec.decode(unsigned)).isUnauthenticated());
        assertEquals(RejectedMessageException.Reason.UNSIGNED,
                assertThrows(RejectedMessageException.class, () -> codec.decode(List.of(new byte[]{7}))).reason());
    }

    @Test
    void signedButMalformedHeaderIsReportedAsMalformed() {
        MessageSigner signer = new MessageSigner(key);
        List<byte[]> body = List.of("not json".getBytes(StandardCharsets.UTF_8), "{}".getBytes());
        List<byte[]> frames = new ArrayList<>();
        frames.add(signer.sign(body));
        frames.addAll(body);
        RejectedMessageException e = assertThrows(RejectedMessageException.class, () -> codec.decode(frames));
        assertEquals(RejectedMessageException.Reason.MALFORMED, e.reason());
        assertFalse(e.isUnauthenticated());

        List<byte[]> unknownType = List.of("{\"id\":\"q\",\"type\":\"teleport\",\"protocol\":1}".getBytes(), "{}".getBytes());
        List<byte[]> frames2 = new ArrayList<>();
        frames2.add(signer.sign(unknownType));
        frames2.addAll(unknownType);
        RejectedMessageException e2 = assertThrows(RejectedMessageException.class, () -> codec.decode(frames2));
        assertTrue(e2.getMessage().contains("teleport"), e2.getMessage());
    }

    @Test
    void keyTextRoundTripsAndNeverPrints() {
        SigningKey back = SigningKey.fromText(key.toText());
        assertEquals(key, back);
        assertFalse(key.toString().contains(key.toText()));
        assertEquals(64, key.toText().length());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SigningKey.fromText("zz"));
        assertTrue(e.getMessage().contains("hexadecimal"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SigningKey.fromText("abcd"));
    }
}
