package io.easel.rendermanager;

import io.easel.plot.FigureErrorKind;
import io.easel.protocol.Message;
import io.easel.protocol.MessageHeader;
import io.easel.protocol.MessageType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.*;

class FrameLimitTest {
    private static Message request(byte[] spec, byte[]... columns) {
        return new Message(MessageHeader.of("r", MessageType.RENDER), spec, List.of(columns));
    }

    @Test
    void defaultsTo64MibAndReadsThePropertyBeforeTheEnvironment() {
        assertEquals(64L << 20, FrameLimit.bytes(new Properties(), Map.of()));
        assertEquals(8L << 20, FrameLimit.bytes(new Properties(), Map.of(FrameLimit.ENVIRONMENT_VARIABLE, "8")));
        Properties properties = new Properties();
        properties.setProperty(FrameLimit.PROPERTY, "128");
        assertEquals(128L << 20, FrameLimit.bytes(properties, Map.of(FrameLimit.ENVIRONMENT_VARIABLE, "8")));
    }

    @Test
    void aBadValueNamesBothSpellingsAndTheRange() {
        RenderFailedException e = assertThrows(RenderFailedException.class,
                () -> FrameLimit.bytes(new Properties(), Map.of(FrameLimit.ENVIRONMENT_VARIABLE, "1024")));
        assertTrue(e.getMessage().contains(FrameLimit.PROPERTY) && e.getMessage().contains("1 to 512"), e.getMessage());
    }

    @Test
    void theOversizedPartIsNamed() {
        RenderFailedException e = assertThrows(RenderFailedException.class,
                () -> FrameLimit.check(request(new byte[2048]), 1024));
        assertEquals(FigureErrorKind.TOO_LARGE, e.kind());
        assertTrue(e.getMessage().contains("its spec"), e.getMessage());
        e = assertThrows(RenderFailedException.class,
                () -> FrameLimit.check(request(new byte[10], new byte[10], new byte[4096]), 1024));
        assertTrue(e.getMessage().contains("512 values"), e.getMessage());
    }
}
