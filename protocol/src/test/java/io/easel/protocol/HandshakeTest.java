package io.easel.protocol;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class HandshakeTest {
    @Test
    void lineRoundTrips() {
        Handshake h = new Handshake(45123, 9876, 1);
        assertEquals("EASEL-RENDERER READY port=45123 pid=9876 protocol=1", h.line());
        assertEquals(h, Handshake.parse(h.line()).orElseThrow());
    }

    @Test
    void otherLinesAreNotHandshakes() {
        assertTrue(Handshake.parse("SLF4J: no binding").isEmpty());
        assertTrue(Handshake.parse("EASEL-RENDERER READY port=99999 pid=1 protocol=1").isEmpty());
        assertTrue(Handshake.parse("EASEL-RENDERER READY port=0 pid=1 protocol=1").isEmpty());
        assertTrue(Handshake.parse("EASEL-RENDERER READY port=80 pid=x protocol=1").isEmpty());
    }
}
