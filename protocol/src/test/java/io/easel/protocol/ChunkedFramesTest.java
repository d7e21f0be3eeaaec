package io.easel.protocol;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** Parts longer than one wire frame travel split, signed as split, and come back whole. */
class ChunkedFramesTest {
    private final SigningKey key = SigningKey.random();
    private final Json json = Json.withDefaults();
    private final MessageCodec codec = new MessageCodec(key, json);

    private static byte[] random(int n, long seed) {
        byte[] bytes = new byte[n];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private Message image(byte[] content, byte[]... buffers) {
        return new Message(MessageHeader.of("r1", MessageType.RENDER_REPLY), content, List.of(buffers));
    }

    @Test
    void aLargeReplyIsSplitIntoBoundedFramesAndJoinedExactly() throws Exception {
        byte[] svg = random(MessageCodec.WIRE_FRAME_BYTES * 3 + 17, 1);
        byte[] png = random(1000, 2);
        byte[] exact = random(MessageCodec.WIRE_FRAME_BYTES, 3);
        List<byte[]> frames = codec.encode(image("{}".getBytes(), svg, png, exact, new byte[0]));
        // signature, header, content, 4 frames of svg, png, exact, the empty buffer
        assertEquals(2 + 1 + 4 + 1 + 1 + 1, frames.size());
        for (byte[] frame : frames) {
            assertTrue(frame.length <= MessageCodec.WIRE_FRAME_BYTES);
        }
        Message back = codec.decode(frames);
        assertEquals(4, back.buffers().size());
        assertArrayEquals(svg, back.buffers().get(0));
        assertArrayEquals(png, back.buffers().get(1));
        assertArrayEquals(exact, back.buffers().get(2));
        assertEquals(0, back.buffers().get(3).length);
    }

    @Test
    void movingBytesBetweenTheFramesOfOnePartBreaksTheSignature() {
        byte[] svg = random(MessageCodec.WIRE_FRAME_BYTES + 10, 4);
        List<byte[]> frames = new ArrayList<>(codec.encode(image("{}".getBytes(), svg)));
        byte[] first = frames.get(3);
        byte[] second = frames.get(4);
        byte[] shorter = java.util.Arrays.copyOf(first, first.length - 1);
        byte[] longer = new byte[second.length + 1];
        longer[0] = first[first.length - 1];
        System.arraycopy(second, 0, longer, 1, second.length);
        frames.set(3, shorter);
        frames.set(4, longer);
        RejectedMessageException e = assertThrows(RejectedMessageException.class, () -> codec.decode(frames));
        assertEquals(RejectedMessageException.Reason.BAD_SIGNATURE, e.reason());
    }

    @Test
    void frameCountsThatDoNotFitTheFramesAreMalformed() {
        MessageSigner signer = new MessageSigner(key);
        for (String counts : new String[]{"[1,5]", "[0,2]", "[]", "[1]", "\"x\"", "[1,1.5]", "[1,-1]", "[1,99999999999]"}) {
            List<byte[]> body = List.of(("{\"id\":\"q\",\"type\":\"render_reply\",\"protocol\":" + MessageHeader.PROTOCOL_VERSION
                    + ",\"frames\":" + counts + "}").getBytes(StandardCharsets.UTF_8), "{}".getBytes(), new byte[3]);
            List<byte[]> frames = new ArrayList<>();
            frames.add(signer.sign(body));
            frames.addAll(body);
            RejectedMessageException e = assertThrows(RejectedMessageException.class, () -> codec.decode(frames), counts);
            assertEquals(RejectedMessageException.Reason.MALFORMED, e.reason(), counts);
        }
    }

    @Test
    void aPartOverTheReceiversPieceLimitIsRefusedWithItsSize() {
        MessageCodec small = new MessageCodec(key, json, 1024);
        List<byte[]> frames = codec.encode(image("{}".getBytes(), new byte[2048]));
        RejectedMessageException e = assertThrows(RejectedMessageException.class, () -> small.decode(frames));
        assertEquals(RejectedMessageException.Reason.MALFORMED, e.reason());
        assertTrue(e.getMessage().contains("over the 1.0 KB"), e.getMessage());
    }

    @Test
    void keyPairsFromTheJdkAreTheCurve25519KeysJeroMqExpects() {
        for (int i = 0; i < 20; i++) {
            CurveKeyPair pair = CurveKeyPair.random();
            byte[] derived = new byte[32];
            com.neilalexander.jnacl.crypto.curve25519.crypto_scalarmult_base(derived,
                    org.zeromq.ZMQ.Curve.z85Decode(pair.secretKey()));
            assertEquals(pair.publicKey(), org.zeromq.ZMQ.Curve.z85Encode(derived), "NaCl derives the same public key");
        }
    }

    @Test
    void launchKeysTravelAsOneLineThatNeverPrintsASecret() {
        LaunchKeys keys = LaunchKeys.random();
        RendererKeys line = RendererKeys.fromLine(keys.forRenderer().toLine());
        assertEquals(keys.manager().publicKey(), line.managerPublicKey());
        assertEquals(keys.renderer().publicKey(), line.serverPublicKey());
        assertEquals(keys.renderer().secretKey(), line.serverSecretKey());
        assertEquals(keys.signingKey(), line.signingKey());
        for (String printed : new String[]{keys.toString(), line.toString()}) {
            assertFalse(printed.contains(keys.renderer().secretKey()), printed);
            assertFalse(printed.contains(keys.manager().secretKey()), printed);
            assertFalse(printed.contains(keys.signingKey().toText()), printed);
        }
        assertNotEquals(keys.renderer().publicKey(), LaunchKeys.random().renderer().publicKey(), "fresh keys each launch");
    }
}
