package io.easel.renderer;

import io.easel.protocol.Message;

/** Where workers hand finished replies; the implementation passes them to the socket's own thread. */
interface ReplySender {
    void reply(byte[] peer, Message message);
}
