package io.easel.protocol;

import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

class SocketLoopTest {
    @Test
    void manyThreadsSendThroughOneLoopAndEveryEchoComesBack() throws Exception {
        int threads = 16;
        int perThread = 50;
        try (ZContext context = new ZContext()) {
            ZMQ.Socket router = context.createSocket(SocketType.ROUTER);
            router.setLinger(0);
            int port = router.bindToRandomPort("tcp://127.0.0.1");
            SocketLoop[] server = new SocketLoop[1];
            server[0] = new SocketLoop("test-router", context, router, frames -> server[0].send(frames));
            server[0].start();

            ZMQ.Socket dealer = context.createSocket(SocketType.DEALER);
            dealer.setLinger(0);
            dealer.setHandshakeIvl(1_000); // JeroMQ 0.6.0 connect race: reconnect a stalled handshake quickly
            dealer.connect("tcp://127.0.0.1:" + port);
            Set<Long> received = ConcurrentHashMap.newKeySet();
            CountDownLatch all = new CountDownLatch(threads * perThread);
            SocketLoop client = new SocketLoop("test-dealer", context, dealer, frames -> {
                assertEquals(2, frames.size());
                if (received.add(ByteBuffer.wrap(frames.get(0)).getLong())) {
                    all.countDown();
                }
            }).start();

            List<Thread> senders = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long base = t * 1000L;
                Thread sender = new Thread(() -> {
                    for (int i = 0; i < perThread; i++) {
                        byte[] id = ByteBuffer.allocate(8).putLong(base + i).array();
                        client.send(List.of(id, new byte[]{(byte) i}));
                    }
                });
                senders.add(sender);
                sender.start();
            }
            for (Thread sender : senders) {
                sender.join();
            }
            assertTrue(all.await(30, TimeUnit.SECONDS), "echoes received: " + received.size());
            assertEquals(threads * perThread, received.size());
            client.close();
            server[0].close();
            assertFalse(client.isRunning());
            assertFalse(client.send(List.of(new byte[1])), "a closed loop refuses to send");
        }
    }

    @Test
    void closingAnUnstartedLoopReleasesItsSockets() {
        try (ZContext context = new ZContext()) {
            ZMQ.Socket s = context.createSocket(SocketType.DEALER);
            SocketLoop loop = new SocketLoop("never-started", context, s, frames -> { });
            loop.close();
            assertTrue(context.getSockets().isEmpty(), "sockets left: " + context.getSockets().size());
            assertThrows(IllegalStateException.class, loop::start);
        }
    }
}
